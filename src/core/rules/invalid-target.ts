// SPDX-License-Identifier: Apache-2.0
// Diagnostic: invalid-target (error). A target `kraft` cannot read: `targets` is not a
// list; an entry is neither a `plat/arch` string nor a map; a string without `/`
// (QUOTES.invalidTargetFormat); an empty side (`qemu/`: QUOTES.architectureMustBeSpecified);
// a map without a platform or an architecture; a value of the wrong type
// (`platform: 5`, which makes the 2024 loader panic); `targets:` left empty (every entry
// commented out: SECTION_FACTS.targetsEmpty). Two shapes whose meaning is plain get
// one diagnostic and the fix (target-shapes.ts): `- qemu: x86_64` (the platform as a key:
// not also an unknown key and two missing halves) and `- qemu-x86_64`. Source: unikraft/kraftkit
// unikraft/target/transform.go, unikraft/app/loader.go.
import { ARCH_KEYS, NAME_KEYS, PLATFORM_KEYS } from '../../data/target-keys';
import { isMap, isScalar, isSeq } from 'yaml';
import { lookupArchitecture, lookupPlatform } from '../support-matrix';
import { isV07 } from '../spec';
import type { TargetModel } from '../model';
import { joinedWrongly, platformAsKey } from '../target-shapes';
import { code } from '../words';
import type { Diagnostic, DiagnosticData, Span } from '../types';
import { describeNode, isEmptyValue, spanOf, stringValue, type MapEntry } from '../yaml-nodes';
import type { Rule, RuleContext } from './rule';
import { q, QUOTES } from '../../data/quotes';
import { SECTION_FACTS } from '../../data/section-values';

const EXAMPLE = '`qemu/x86_64`';

export const invalidTarget: Rule = {
	codes: ['invalid-target'],
	check(ctx) {
		const { model, report } = ctx;
		const entry = model.targetsEntry;
		if (!entry) return;
		if (isEmptyValue(entry.value)) {
			// The v0.7 parser reads an empty `targets` as none.
			if (isV07(ctx.spec)) return;
			report({
				code: 'invalid-target',
				severity: 'error',
				message: `\`targets\` is empty (are all its entries commented out?): ${SECTION_FACTS.targetsEmpty.does}. List at least one target (\`- qemu/x86_64\`), or remove the key.`,
				span: entry.keySpan,
				data: { kind: 'targets-not-list' },
			});
			return;
		}
		if (entry.value != null && !isSeq(entry.value) && !isEmptyValue(entry.value)) {
			report({
				code: 'invalid-target',
				severity: 'error',
				message: `\`targets\` must be a list, but it is ${describeNode(entry.value)}; \`kraft\` cannot read it (older versions crash). Write each target as a list item: \`- ${isScalar(entry.value) ? String(entry.value.value) : 'qemu/x86_64'}\`.`,
				span: isMap(entry.value) ? entry.keySpan : entry.valueSpan,
				data: { kind: 'targets-not-list' },
			});
			return;
		}
		for (const t of model.targets) checkTarget(ctx, t).forEach(report);
	},
};

type Report = (message: string, span: Span, data: DiagnosticData, suggestions?: Diagnostic['suggestions']) => Diagnostic;


function checkTarget(_ctx: RuleContext, t: TargetModel): Diagnostic[] {
	const err: Report = (message, span, data, suggestions = []) => ({ code: 'invalid-target', severity: 'error', message, span, suggestions, data });
	// An alias to no anchor is a YAML error already (yaml-syntax).
	if (t.form === 'other' && t.viaAlias && t.node == null) return [];
	if (t.form === 'other') {
		return [err(`A target must be a \`plat/arch\` string such as ${EXAMPLE} or a map with \`platform\` and \`architecture\`, but this one is ${describeNode(t.node)}: \`kraft\` stops with an ${q(QUOTES.invalidTargetType)} error for the target.`, t.head, { kind: 'not-a-target', target: t.index })];
	}
	if (t.form === 'shorthand') return checkShorthand(t, err);
	const typeErrors = t.entries.flatMap((e) => checkEntryType(t, e, err));
	if (typeErrors.length > 0) return typeErrors;
	const asKey = platformAsKey(t);
	if (asKey) {
		const { entry, platform, architecture, alone } = asKey;
		const pair = `${platform}/${architecture}`;
		const span = { start: entry.keySpan.start, end: Math.max(entry.keySpan.end, entry.valueSpan.end) };
		const write = alone ? `Write ${code(`- ${pair}`)}.` : `Write ${code(`platform: ${platform}`)} and ${code(`architecture: ${architecture}`)}, or the target as ${code(`- ${pair}`)}.`;
		return [
			err(
				`${code(`${platform}: ${architecture}`)} makes a map with the key ${code(platform)}, which \`kraft\` ignores in a target: this target names no platform, and \`kraft\` stops with ${q(QUOTES.platformMustBeSpecified)}. ${write}`,
				span,
				{ kind: 'platform-as-key', target: t.index },
				alone ? [{ span: asKey.span, text: pair }] : [],
			),
		];
	}
	return checkMissing(t, err);
}

/** A value of the wrong type or an empty side, for the keys `kraft` reads as strings. */
function checkEntryType(t: TargetModel, e: MapEntry, err: Report): Diagnostic[] {
	const key = e.key ?? '';
	const span = t.viaAlias ? t.span : (e.mergedAt ?? e.valueSpan);
	const text = stringValue(e.value);
	const bad: DiagnosticData = { kind: 'bad-value', target: t.index, key };
	if ([...PLATFORM_KEYS, ...ARCH_KEYS, ...NAME_KEYS].includes(key) && text === undefined) {
		const what = PLATFORM_KEYS.includes(key) ? 'a platform name such as `qemu`' : NAME_KEYS.includes(key) ? 'a name' : 'an architecture name such as `x86_64`';
		const crash = ARCH_KEYS.includes(key) ? '' : ' (the 2024 loader crashes on it)';
		const at = isEmptyValue(e.value) ? (t.viaAlias ? t.span : e.keySpan) : span;
		return [err(`\`${key}\` must be ${what}, but it is ${describeNode(e.value)}; \`kraft\` cannot read this target${crash}.`, at, bad)];
	}
	if (PLATFORM_KEYS.includes(key) && text?.includes('/')) {
		const [p, a] = text.split(/\/(.*)/s);
		const out: Diagnostic[] = [];
		if (!p) out.push(err(`\`${key}: ${text}\` has no platform before the \`/\`: \`kraft\` stops with ${q(QUOTES.platformMustBeSpecified)}.`, span, bad));
		if (!a) out.push(err(`\`${key}: ${text}\` has no architecture after the \`/\`: \`kraft\` stops with ${q(QUOTES.architectureMustBeSpecified)}.`, span, bad));
		return out;
	}
	if ([...PLATFORM_KEYS, ...ARCH_KEYS].includes(key) && text === '') {
		return [err(`\`${key}\` is empty: \`kraft\` stops with ${q(PLATFORM_KEYS.includes(key) ? QUOTES.platformMustBeSpecified : QUOTES.architectureMustBeSpecified)}.`, span, bad)];
	}
	return [];
}

/** A map target without a platform or without an architecture. */
function checkMissing(t: TargetModel, err: Report): Diagnostic[] {
	const has = (keys: readonly string[]) => t.entries.some((e) => keys.includes(e.key ?? ''));
	const out: Diagnostic[] = [];
	const noPlatform = !t.platform && !has(PLATFORM_KEYS);
	const noArch = !t.architecture && !has(ARCH_KEYS);
	if (noPlatform) {
		out.push(err(`This target names no platform: \`kraft\` stops with ${q(QUOTES.platformMustBeSpecified)}. Add \`platform: qemu\` (or \`fc\`, \`xen\` …).`, t.head, { kind: 'missing-half', target: t.index, half: 'platform' }));
	}
	if (noArch) {
		// Point at the platform entry, where `architecture:` belongs next to it.
		const entry = t.platform && t.entries.find((e) => e.key === t.platform!.key);
		const at = t.viaAlias || !entry ? t.head : (entry.mergedAt ?? { start: entry.keySpan.start, end: entry.valueSpan.end });
		out.push(err(`This target names no architecture${noPlatform ? '' : `: \`kraft\` stops with ${q(QUOTES.architectureMustBeSpecified)}`}. Add \`architecture: x86_64\` (or \`arm64\`, \`arm\`).`, at, { kind: 'missing-half', target: t.index, half: 'architecture' }));
	}
	return out;
}

function checkShorthand(t: TargetModel, err: Report): Diagnostic[] {
	const value = (t.node as { value: string }).value;
	const joined = joinedWrongly(value);
	if (joined) {
		const pair = `${joined[0]}/${joined[1]}`;
		return [
			err(
				`${code(value)} is not a \`plat/arch\` target: \`kraft\` splits a target at \`/\` and stops with ${q(QUOTES.invalidTargetFormat)}. Write ${code(pair)}.`,
				t.head,
				{ kind: 'lone-name', target: t.index },
				t.viaAlias ? [] : [{ span: spanOf(t.node!), text: pair }],
			),
		];
	}
	if (!value.includes('/')) {
		// A lone name: say which half it looks like, and offer the other half.
		const asPlat = lookupPlatform(value);
		const asArch = lookupArchitecture(value);
		const fix = asPlat.kind === 'platform' ? `${value}/x86_64` : asArch.kind === 'architecture' ? `qemu/${value}` : undefined;
		return [
			err(
				`\`${value}\` is not a \`plat/arch\` target: \`kraft\` stops with ${q(QUOTES.invalidTargetFormat)}. Write the platform and the architecture, e.g. ${fix ? `\`${fix}\`` : EXAMPLE}.`,
				t.head,
				{ kind: 'lone-name', target: t.index },
				fix && !t.viaAlias ? [{ span: spanOf(t.node!), text: fix }] : [],
			),
		];
	}
	const out: Diagnostic[] = [];
	if (t.platform && t.platform.text === '') {
		out.push(err(`\`${value}\` has no platform before the \`/\`: \`kraft\` stops with ${q(QUOTES.platformMustBeSpecified)}. Write e.g. \`qemu${value}\`.`, t.head, { kind: 'missing-half', target: t.index, half: 'platform' }));
	}
	if (t.architecture && t.architecture.text === '') {
		out.push(err(`\`${value}\` has no architecture after the \`/\`: \`kraft\` stops with ${q(QUOTES.architectureMustBeSpecified)}. Write e.g. \`${value}x86_64\`.`, t.head, { kind: 'missing-half', target: t.index, half: 'architecture' }));
	}
	return out;
}
