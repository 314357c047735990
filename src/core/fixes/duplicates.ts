// SPDX-License-Identifier: Apache-2.0
// Fixes for things written twice:
// - duplicate-target: remove this list item, with its lines (comments on other lines
//   stay). Preferred when the item holds nothing but its platform, architecture and name,
//   so nothing is lost; one that also has a `kconfig` is left to the user.
// - duplicate-key: remove the earlier key, which `kraft` ignores (preferred when both have
//   the same value: then nothing changes), or this one (then the earlier value counts).
import { isMap } from 'yaml';
import type { Diagnostic } from '../types';
import { nodeAt } from '../yaml-nodes';
import { quickFix, type Fix, type FixProvider } from './fix';
import { removeTarget } from './target-support';
import { isPlain } from './targets';
import { removeMapPair } from './yaml-edits';

export const duplicateFixes: FixProvider = {
	codes: ['duplicate-target', 'duplicate-key'],
	fixes(ctx, d) {
		const data = d.data;
		if (data?.kind === 'duplicate-target') {
			const t = ctx.analysis.model.targets[data.target];
			const edit = t && removeTarget(ctx, t);
			if (!t || !edit) return [];
			return [fix(d, 'Remove this duplicate target', isPlain(t), edit)];
		}
		const doc = ctx.analysis.parsed.doc;
		if (data?.kind !== 'duplicate-key' || !doc) return [];
		const map = nodeAt(doc, data.map);
		if (!isMap(map)) return [];
		const { pair: index, key } = data;
		const out: Fix[] = [];
		const a = removeMapPair(ctx.analysis.parsed.text, map, data.earlier);
		if (a) out.push(fix(d, `Remove the earlier \`${key}\` (ignored by kraft)`, d.severity === 'information', a));
		const b = removeMapPair(ctx.analysis.parsed.text, map, index);
		if (b) out.push(fix(d, `Remove this \`${key}\``, false, b));
		return out;
	},
};

function fix(d: Diagnostic, title: string, preferred: boolean, edit: Fix['edits'][number]): Fix {
	return quickFix(d, title, preferred, [edit]);
}
