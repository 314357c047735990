// SPDX-License-Identifier: Apache-2.0
// Fixes of duplicate-key (see rules/duplicate-key.ts): remove the earlier key, which
// `kraft` ignores (preferred when both have the same value: then nothing changes), or
// this one (then the earlier value counts; not offered when that value is an error).
import { isMap } from 'yaml';
import { nodeAt } from '../yaml-nodes';
import { quickFix, type Fix, type FixProvider } from './fix';
import { addsNoError } from './verify';
import { removeMapPair } from './yaml-edits';

export const duplicateKeyFixes: FixProvider = {
	codes: ['duplicate-key'],
	fixes(ctx, d) {
		const data = d.data;
		const doc = ctx.analysis.parsed.doc;
		if (data?.kind !== 'duplicate-key' || !doc) return [];
		const map = nodeAt(doc, data.map);
		if (!isMap(map)) return [];
		const { pair: index, key } = data;
		const out: Fix[] = [];
		const a = removeMapPair(ctx.analysis.parsed.text, map, data.earlier);
		if (a) out.push(quickFix(d, `Remove the earlier \`${key}\` (ignored by kraft)`, d.severity === 'information', [a]));
		// Removing this one makes the earlier value count, which may be one `kraft` cannot read.
		const b = removeMapPair(ctx.analysis.parsed.text, map, index);
		if (b && addsNoError(ctx.analysis, [b])) out.push(quickFix(d, `Remove this \`${key}\``, false, [b]));
		return out;
	},
};

