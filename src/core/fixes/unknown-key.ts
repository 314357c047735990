// SPDX-License-Identifier: Apache-2.0
// Fixes for a key `kraft` ignores: rename it to each known key the rule suggests (keeping
// its quotes), except to a key the same map already has (that would only make a
// duplicate). Preferred when there is exactly one candidate. A target `name` under spec
// v0.7, which the v0.7 parser drops, can be removed (not preferred: it is the user's text).
// Renaming a target's key to a platform or architecture key makes `kraft` read its value:
// not offered where that value would be an error (an unknown name, a pair that cannot
// build, a second platform), and not preferred where it would be a warning (a target the
// file already has).
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import { ARCH_KEYS, PLATFORM_KEYS } from '../../data/target-keys';
import type { Analysis } from '../analyze';
import { lookupArchitecture, lookupPlatform } from '../support-matrix';
import type { KeyLocation } from '../types';
import { mapEntries, stringValue } from '../yaml-nodes';
import { addsError } from './adds-error';
import type { Fix, FixProvider } from './fix';
import { pairVerdict, wouldDuplicate } from './targets';
import { replaceScalar } from './text-edits';
import { removeMapPair } from './yaml-edits';

export const unknownKeyFixes: FixProvider = {
	codes: ['unknown-key'],
	fixes(ctx, d) {
		const data = d.data;
		if (data?.kind !== 'unknown-key' || !data.at) return [];
		const text = ctx.analysis.parsed.text;
		const map = mapAt(ctx.analysis, data.at);
		const pair = map?.items[data.at.pair];
		if (!map || !pair || !isScalar(pair.key)) return [];
		const keys = new Set(map.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')));
		if (!pair.key.range) return [];
		const span = { start: pair.key.range[0], end: pair.key.range[1] };
		const out: Fix[] = [];
		for (const key of data.candidates) {
			if (keys.has(key)) continue;
			const verdict = data.at.owner === 'target' ? renameVerdict(ctx.analysis, data.at.target, data.at.pair, key) : 'ok';
			if (verdict === 'error') continue;
			const edits = [replaceScalar(text, span, key)];
			// A list renamed `targets` is read as targets for the first time: not when one is wrong.
			if (data.at.owner === 'top' && key === 'targets' && addsError(ctx.analysis, edits)) continue;
			out.push({ title: `Rename to \`${key}\``, kind: 'quickfix', preferred: data.candidates.length === 1 && verdict === 'ok', edits, diagnosticCode: d.code });
		}
		if (data.v07Name) {
			const edit = removeMapPair(text, map, data.at.pair);
			if (edit) out.push({ title: 'Remove `name`', kind: 'quickfix', preferred: false, edits: [edit], diagnosticCode: d.code });
		}
		return out;
	},
};

/** The map a key is written in, from the diagnostic's data. */
function mapAt(analysis: Analysis, at: KeyLocation): YAMLMap | undefined {
	const { model, parsed } = analysis;
	if (at.owner === 'top') return isMap(parsed.doc?.contents) ? parsed.doc.contents : undefined;
	if (at.owner === 'target') {
		const node = model.targets[at.target]?.node;
		return isMap(node) ? node : undefined;
	}
	const entry = model.top.entries?.[at.entry];
	if (!entry || !isMap(entry.value) || !parsed.doc) return undefined;
	if (at.library === undefined) return entry.value;
	const library = mapEntries(parsed.doc, entry.value)[at.library]?.value;
	return isMap(library) ? library : undefined;
}

/**
 * What renaming pair `pair` of target `index` to `key` does to the target: `error` when
 * `kraft` would then read a platform or architecture that fails (or one the target already
 * sets), `warning` when the target becomes one the file already has, else `ok`.
 */
function renameVerdict(analysis: Analysis, index: number, pair: number, key: string): 'ok' | 'warning' | 'error' {
	const t = analysis.model.targets[index];
	const isPlatform = PLATFORM_KEYS.includes(key);
	if (!t || (!isPlatform && !ARCH_KEYS.includes(key))) return 'ok';
	const own = (t.node as YAMLMap).items[pair];
	const value = stringValue((own?.value ?? null) as Node | null);
	if (value === undefined) return 'error';
	// A second key for the same half is a conflict `kraft` may resolve either way.
	const sameHalf = t.entries.some((e) => e.pair !== own && (isPlatform ? PLATFORM_KEYS.includes(e.key ?? '') : ARCH_KEYS.includes(e.key ?? '') || (PLATFORM_KEYS.includes(e.key ?? '') && (stringValue(e.value) ?? '').includes('/'))));
	if (sameHalf) return 'error';
	const slash = isPlatform ? value.indexOf('/') : -1;
	const platform = isPlatform ? (slash < 0 ? value : value.slice(0, slash)) : t.platform?.text;
	const arch = isPlatform ? (slash < 0 ? t.architecture?.text : value.slice(slash + 1)) : value;
	if (platform === '' || arch === '') return 'error';
	const known = (name: string | undefined, found: (n: string) => boolean) => name === undefined || name.includes('${') || found(name);
	if (!known(platform, (n) => lookupPlatform(n).kind === 'platform') || !known(arch, (n) => lookupArchitecture(n).kind === 'architecture')) return 'error';
	if (platform === undefined || arch === undefined) return 'ok';
	const verdict = pairVerdict(platform, arch, analysis.release);
	if (verdict !== 'ok') return verdict;
	return wouldDuplicate(analysis, t, platform, arch) ? 'warning' : 'ok';
}
