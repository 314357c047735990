// SPDX-License-Identifier: Apache-2.0
// Fixes for targets `kraft` cannot read:
// - `targets: qemu/x86_64` (one string, not a list) → `targets: [qemu/x86_64]` (preferred);
// - a lone name (`- qemu`, `- arm64`) → the pair it is half of, and an empty half
//   (`- qemu/`, `- /x86_64`) → the missing half: the host's architecture where the
//   platform supports it, else the first it supports; for an architecture, the platform
//   the matrix says builds there (`qemu`, `xen` for `arm`);
// - a map without `architecture` or `platform` → that key added, named like its partner
//   (`plat` → `arch`).
// Each guesses the missing half, so only the list fix is preferred, and the two that
// guess nothing (target-shapes.ts): `qemu-x86_64` → `qemu/x86_64`, and the map
// `- qemu: x86_64` → `- qemu/x86_64`.
import { isArchKey, isPlatformKey, isShortKey, keyFor } from '../../data/target-keys';
import { isMap, isScalar } from 'yaml';
import type { ArchId } from '../../data/architectures';
import type { PlatformRow } from '../../data/platforms';
import { vmPlatformFor } from '../debug-build';
import type { TargetModel } from '../model';
import { ARCH_NAMES, architecturesFor, lookupArchitecture, lookupPlatform } from '../support-matrix';
import type { Diagnostic, Span, TargetHalf } from '../types';
import { quickFix, type Fix, type FixContext, type FixProvider, type TextEdit } from './fix';
import { insertMapEntry } from './yaml-edits';
import { pairVerdict, wouldDuplicate } from './targets';
import { joinedWrongly, platformAsKey } from '../target-shapes';

export const invalidTargetFixes: FixProvider = {
	codes: ['invalid-target'],
	fixes(ctx, d) {
		const { model } = ctx.analysis;
		const entry = model.targetsEntry;
		const fix = (title: string, preferred: boolean, edit: TextEdit | undefined): Fix[] => (edit ? [quickFix(d, title, preferred, [edit])] : []);
		const data = d.data;
		if (data?.kind === 'targets-not-list' && entry) {
			const v = entry.value;
			if (!isScalar(v) || typeof v.value !== 'string' || !v.value.includes('/') || !v.range) return [];
			const written = ctx.analysis.parsed.text.slice(v.range[0], v.range[1]);
			// Only a target that reads as one: `qemu/x86_64- - -` in a list is an unknown architecture, an error again.
			const [plat, arch, ...rest] = v.value.split('/');
			if (rest.length > 0 || lookupPlatform(plat ?? '').kind !== 'platform' || lookupArchitecture(arch ?? '').kind !== 'architecture') return [];
			return fix(`Make it a list: \`[${written}]\``, true, { span: { start: v.range[0], end: v.range[1] }, newText: `[${written}]` });
		}
		if (data?.kind === 'platform-as-key') {
			const t = model.targets[data.target];
			const asKey = t && platformAsKey(t);
			if (!t || !asKey || !asKey.alone) return [];
			return pairFix(ctx, d, t, asKey.platform, asKey.architecture, asKey.span);
		}
		if (data?.kind !== 'lone-name' && data?.kind !== 'missing-half') return [];
		const t = model.targets[data.target];
		if (!t || t.viaAlias) return [];
		const joined = t.form === 'shorthand' && data.kind === 'lone-name' && isScalar(t.node) && typeof t.node.value === 'string' && t.node.range ? joinedWrongly(t.node.value) : undefined;
		// The whole scalar, quotes included: `qemu/x86_64` needs none.
		if (joined) return pairFix(ctx, d, t, joined[0], joined[1], { start: t.node!.range![0], end: t.node!.range![1] });
		if (t.form === 'shorthand') return shorthandFixes(ctx, t).flatMap(([title, edit]) => fix(title, false, edit));
		if (t.form === 'map' && isMap(t.node) && data.kind === 'missing-half') return missingKeyFixes(ctx, t, data.half).flatMap(([title, edit]) => fix(title, false, edit));
		return [];
	},
};

/**
 * `span` written as `platform/arch` (`qemu-x86_64`, `- qemu: x86_64`): nothing is guessed,
 * so preferred, unless the pair does not build (no fix then: the target's own check says
 * why once it reads) or builds with a caveat, or the file has that target already.
 */
function pairFix(ctx: FixContext, d: Diagnostic, t: TargetModel, platform: string, arch: string, span: Span): Fix[] {
	const verdict = pairVerdict(platform, arch, ctx.analysis.release);
	if (verdict === 'error') return [];
	const pair = `${platform}/${arch}`;
	const preferred = verdict === 'ok' && !wouldDuplicate(ctx.analysis, t, platform, arch);
	return [quickFix(d, `Change to \`${pair}\``, preferred, [{ span, newText: pair }])];
}

function shorthandFixes(ctx: FixContext, t: TargetModel): [string, TextEdit | undefined][] {
	const node = t.node;
	if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return [];
	const value = node.value;
	const plat = t.platform?.text ?? (value.includes('/') ? undefined : value);
	const arch = t.architecture?.text;
	const valueEnd = node.range[1] - (node.type === 'PLAIN' ? 0 : 1);
	const valueStart = node.range[0] + (node.type === 'PLAIN' ? 0 : 1);
	if (ctx.analysis.parsed.text.slice(valueStart, valueEnd) !== value) return [];
	if (!value.includes('/') || arch === '') {
		const p = t.platform ? t.platform.found : plat ? lookupPlatform(plat) : undefined;
		const a = !value.includes('/') ? lookupArchitecture(value) : undefined;
		if (p?.kind === 'platform') {
			const missing = archFor(ctx, p.row);
			return missing ? [[`Change to \`${plat}/${missing}\``, { span: { start: valueEnd, end: valueEnd }, newText: `${value.includes('/') ? '' : '/'}${missing}` }]] : [];
		}
		if (a?.kind === 'architecture') {
			const vm = vmPlatformFor(a.row.id, ctx.analysis.release);
			return vm ? [[`Change to \`${vm.id}/${value}\``, { span: { start: valueStart, end: valueStart }, newText: `${vm.id}/` }]] : [];
		}
		return [];
	}
	if (plat === '' && arch) {
		const a = t.architecture!.found;
		const vm = a.kind === 'architecture' ? vmPlatformFor(a.row.id, ctx.analysis.release) : undefined;
		return vm ? [[`Change to \`${vm.id}/${arch}\``, { span: { start: valueStart, end: valueStart }, newText: vm.id }]] : [];
	}
	return [];
}

function missingKeyFixes(ctx: FixContext, t: TargetModel, half: TargetHalf): [string, TextEdit | undefined][] {
	if (t.viaAlias || !isMap(t.node) || t.entries.some((e) => e.mergedAt)) return [];
	const keys = t.entries.map((e) => e.key);
	const short = keys.some(isShortKey);
	const hasPlat = keys.some(isPlatformKey);
	const hasArch = keys.some(isArchKey);
	const release = ctx.analysis.release;
	const out: [string, TextEdit | undefined][] = [];
	// Both halves missing gives two diagnostics at one place: each adds its own half.
	if (!hasArch && half === 'architecture') {
		const p = t.platform?.found;
		const arch = p?.kind === 'platform' ? archFor(ctx, p.row) : (ctx.host?.arch ?? 'x86_64');
		const key = keyFor('architecture', short);
		if (arch) out.push([`Add \`${key}: ${arch}\``, insertMapEntry(ctx.analysis.parsed.text, t.node, key, arch, ctx.eol)]);
	}
	if (!hasPlat && half === 'platform') {
		const a = t.architecture?.found;
		const vm = vmPlatformFor(a?.kind === 'architecture' ? a.row.id : (ctx.host?.arch ?? 'x86_64'), release);
		const key = keyFor('platform', short);
		if (vm) out.push([`Add \`${key}: ${vm.id}\``, insertMapEntry(ctx.analysis.parsed.text, t.node, key, vm.id, ctx.eol)]);
	}
	return out;
}

/** The architecture to pair with a platform: the host's if it supports it, else its first. */
function archFor(ctx: FixContext, platform: PlatformRow): ArchId | undefined {
	const archs = architecturesFor(platform, ctx.analysis.release);
	const host = ctx.host?.arch;
	if (host && archs.includes(host)) return host;
	return ARCH_NAMES.find((a) => a === 'x86_64' && archs.includes(a)) ?? archs[0];
}
