// SPDX-License-Identifier: Apache-2.0
// Fixes for a target that sets its platform or architecture twice: one `Keep …` action per
// key. Keeping one removes the others, except that what they also carry stays: dropping
// `platform: qemu/x86_64` for `arch: arm64` only cuts `/x86_64`, and dropping it for
// `plat: fc` keeps the architecture as `arch: x86_64`. Preferred only where nothing
// changes for `kraft`: the values are equal (keep the key the spec documents: `platform`
// and `architecture`, or `plat` and `arch` in v0.7), or spec v0.7, which reads the short key.
import { isArchKey, isPlatformKey, isShortKey, keyFor } from '../../data/target-keys';
import { isMap, isScalar, type Scalar, type YAMLMap } from 'yaml';
import { isV07 } from '../spec';
import type { TargetModel } from '../model';
import { contentStart, stringValue, type MapEntry } from '../yaml-nodes';
import type { Fix, FixContext, FixProvider, TextEdit } from './fix';
import { removeMapPairs } from './yaml-edits';

type Group = { what: 'platform' | 'architecture'; entries: MapEntry[]; values: string[] };

export const conflictingKeyFixes: FixProvider = {
	codes: ['conflicting-keys'],
	fixes(ctx, d) {
		const data = d.data;
		if (data?.kind !== 'conflict') return [];
		const t = ctx.analysis.model.targets[data.target];
		if (!t || t.form !== 'map' || t.viaAlias || !isMap(t.node)) return [];
		// A key that comes through a `<<` merge is not this map's to remove.
		const group = groupsOf(t).find((g) => g.what === data.half);
		if (!group || group.entries.length < 2 || group.entries.some((e) => e.mergedAt)) return [];
		// Only where nothing changes for `kraft`, one fix is preferred: the key the spec documents.
		const certain = new Set(group.values).size === 1 || isV07(ctx.analysis.spec);
		const rank = (e: MapEntry) => (isCombined(e, group) ? 2 : isShortKey(e.key) === isV07(ctx.analysis.spec) ? 0 : 1);
		const best = certain ? [...group.entries].sort((a, b) => rank(a) - rank(b))[0] : undefined;
		return group.entries.flatMap((keep, i): Fix[] => {
			const edits = keepOnly(ctx, t, group, i);
			return edits ? [{ title: `Keep \`${keep.key}: ${str(keep)}\``, kind: 'quickfix', preferred: keep === best, edits, diagnosticCode: d.code }] : [];
		});
	},
};

function groupsOf(t: TargetModel): Group[] {
	const plats = t.entries.filter((e) => isPlatformKey(e.key));
	const archs = t.entries.filter((e) => isArchKey(e.key));
	const slashed = plats.filter((e) => str(e).includes('/'));
	return [
		{ what: 'platform', entries: plats, values: plats.map((e) => str(e).split('/')[0]!) },
		{ what: 'architecture', entries: [...slashed, ...archs], values: [...slashed.map((e) => str(e).slice(str(e).indexOf('/') + 1)), ...archs.map(str)] },
	];
}

/** The edits that keep entry `keep` of the group and drop the others. */
function keepOnly(ctx: FixContext, t: TargetModel, group: Group, keep: number): TextEdit[] | undefined {
	const text = ctx.analysis.parsed.text;
	const map = t.node as YAMLMap;
	const kept = group.entries[keep]!;
	const remove: number[] = [];
	const edits: TextEdit[] = [];
	const hasArchKey = t.entries.some((e) => isArchKey(e.key));
	let archCarried = group.what === 'architecture' || hasArchKey || str(kept).includes('/');
	for (const e of group.entries) {
		if (e === kept) continue;
		const slash = str(e).indexOf('/');
		const start = isScalar(e.value) ? contentStart(text, e.value as Scalar) : undefined;
		if (group.what === 'architecture' && slash >= 0 && !isArchKey(e.key)) {
			// `platform: qemu/x86_64`: keep the platform, cut the architecture.
			if (start === undefined) return undefined;
			edits.push({ span: { start: start + slash, end: start + str(e).length }, newText: '' });
		} else if (group.what === 'platform' && slash >= 0 && !archCarried) {
			// The only architecture is in this value: keep it under its own key.
			if (start === undefined) return undefined;
			archCarried = true;
			const key = keyFor('architecture', isShortKey(kept.key));
			edits.push({ span: { start: e.keySpan.start, end: start + str(e).length }, newText: `${key}: ${str(e).slice(slash + 1)}` });
		} else {
			remove.push(map.items.indexOf(e.pair));
		}
	}
	const removals = removeMapPairs(text, map, remove);
	return removals ? [...edits, ...removals] : undefined;
}

function isCombined(e: MapEntry, group: Group): boolean {
	return group.what === 'architecture' && isPlatformKey(e.key);
}

function str(e: MapEntry): string {
	return stringValue(e.value) ?? '';
}
