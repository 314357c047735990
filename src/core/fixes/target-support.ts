// SPDX-License-Identifier: Apache-2.0
// Fixes for targets the release cannot build:
// - platform-removed (`linuxu` from v0.17.0 on): switch to `qemu` on the same architecture
//   (preferred), or to what the matrix says builds there (`xen` for `arm`, not preferred:
//   `kraft run` cannot start it). When that target is already in the file, remove this
//   one instead (preferred when the item holds nothing else, such as a `kconfig`).
// - unsupported-target (a pair the matrix rules out): each supported pair (those the
//   diagnostic lists), none preferred, none that would duplicate another target.
import { isSeq } from 'yaml';
import type { ArchId } from '../../data/architectures';
import { archOf, vmPlatformFor } from '../debug-build';
import type { TargetModel } from '../model';
import { architecturesFor, platformsFor, supportInEffect } from '../support-matrix';
import type { Diagnostic } from '../types';
import { quickFix, type Fix, type FixContext, type FixProvider, type TextEdit } from './fix';
import { isPlain, setPlatform, setShorthand, wouldDuplicate } from './targets';
import { removeSeqItem } from './yaml-edits';

export const targetSupportFixes: FixProvider = {
	codes: ['platform-removed', 'unsupported-target'],
	fixes(ctx, d) {
		if (d.data?.kind !== 'target-support') return [];
		const t = d.data.targets.map((i) => ctx.analysis.model.targets[i]).find((x) => x && !x.viaAlias);
		const arch = t && archOf(t);
		if (!t || !arch) return [];
		return d.code === 'platform-removed' ? replaceRemoved(ctx, d, t, arch) : alternatives(ctx, d, t, arch);
	},
};

/**
 * Builds `t` on a hypervisor platform instead of `linuxu` (or drops it if that is already
 * built). Preferred only for `platform-removed`, where `linuxu` cannot build at all.
 */
export function replaceRemoved(ctx: FixContext, d: Diagnostic, t: TargetModel, arch: ArchId, verb = 'Change to'): Fix[] {
	const vm = vmPlatformFor(arch, ctx.analysis.release);
	if (!vm) return [];
	const twin = wouldDuplicate(ctx.analysis, t, vm.id, arch);
	if (twin) {
		const edit = removeTarget(ctx, t);
		return edit ? [quickFix(d, `Remove this target (\`${vm.id}/${arch}\` is already there)`, d.code === 'platform-removed' && isPlain(t), [edit])] : [];
	}
	const edit = setPlatform(ctx.analysis, t, vm.id);
	return edit ? [quickFix(d, `${verb} \`${vm.id}\``, d.code === 'platform-removed' && vm.localRun === 'yes', [edit])] : [];
}

function alternatives(ctx: FixContext, d: Diagnostic, t: TargetModel, arch: ArchId): Fix[] {
	const release = ctx.analysis.release;
	const p = t.platform?.found;
	if (p?.kind !== 'platform' || supportInEffect(p.row, arch, release).status !== 'unsupported') return [];
	const pairs: [string, string][] = [...architecturesFor(p.row, release).map((a): [string, string] => [t.platform!.text, a]), ...platformsFor(arch, release).map((r): [string, string] => [r.id, arch])];
	const out: Fix[] = [];
	for (const [plat, a] of pairs) {
		if (wouldDuplicate(ctx.analysis, t, plat, a)) continue;
		const edit = t.form === 'shorthand' ? setShorthand(ctx.analysis, t, plat, a) : plat !== t.platform!.text ? setPlatform(ctx.analysis, t, plat) : setArch(ctx, t, a);
		if (edit) out.push(quickFix(d, `Change to \`${plat}/${a}\``, false, [edit]));
	}
	return out;
}

function setArch(ctx: FixContext, t: TargetModel, arch: string): TextEdit | undefined {
	const a = t.architecture;
	const shared = ctx.analysis.model.targets.some((o) => o !== t && o.architecture?.span.start === a?.span.start);
	return a?.exact && !shared ? { span: a.span, newText: arch } : undefined;
}

/** Removes `t`'s whole list item. */
export function removeTarget(ctx: FixContext, t: TargetModel): TextEdit | undefined {
	const seq = ctx.analysis.model.targetsEntry?.value;
	return isSeq(seq) ? removeSeqItem(ctx.analysis.parsed.text, seq, t.index) : undefined;
}
