// SPDX-License-Identifier: Apache-2.0
// Fixes for things written twice:
// - duplicate-target: remove this list item, with its lines (comments on other lines
//   stay). Preferred when the item holds nothing but its platform, architecture and name,
//   so nothing is lost; one that also has a `kconfig` is left to the user.
// - duplicate-key: remove the earlier key, which `kraft` ignores (preferred when both have
//   the same value: then nothing changes), or this one (then the earlier value counts).
import { isMap, isScalar, visit, type Document, type Node, type YAMLMap } from 'yaml';
import type { Diagnostic } from '../types';
import { quickFix, type Fix, type FixProvider } from './fix';
import { removeTarget } from './target-support';
import { isPlain } from './targets';
import { removeMapPair } from './yaml-edits';

export const duplicateFixes: FixProvider = {
	codes: ['duplicate-target', 'duplicate-key'],
	fixes(ctx, d) {
		if (d.code === 'duplicate-target') {
			const t = ctx.analysis.model.targets.find((x) => x.head.start === d.span.start && x.head.end === d.span.end);
			const edit = t && removeTarget(ctx, t);
			if (!t || !edit) return [];
			return [fix(d, 'Remove this duplicate target', isPlain(t), edit)];
		}
		const found = pairAt(ctx.analysis.k.doc, d);
		if (!found) return [];
		const { map, index, key } = found;
		const earlier = map.items.slice(0, index).map((p, i) => ({ p, i })).filter(({ p }) => isScalar(p.key) && String(p.key.value) === key).pop();
		const out: Fix[] = [];
		const a = earlier && removeMapPair(ctx.analysis.k.text, map, earlier.i);
		if (a) out.push(fix(d, `Remove the earlier \`${key}\` (ignored by kraft)`, d.severity === 'information', a));
		const b = removeMapPair(ctx.analysis.k.text, map, index);
		if (b) out.push(fix(d, `Remove this \`${key}\``, false, b));
		return out;
	},
};

function pairAt(doc: Document.Parsed | undefined, d: Diagnostic): { map: YAMLMap; index: number; key: string } | undefined {
	if (!doc) return undefined;
	let found: { map: YAMLMap; index: number; key: string } | undefined;
	visit(doc, {
		Map(_, map) {
			if (!isMap(map)) return undefined;
			const index = map.items.findIndex((p) => (p.key as Node | null)?.range?.[0] === d.span.start && (p.key as Node).range![1] === d.span.end);
			if (index < 0) return undefined;
			found = { map, index, key: String((map.items[index]!.key as { value: unknown }).value) };
			return visit.BREAK;
		},
	});
	return found;
}

function fix(d: Diagnostic, title: string, preferred: boolean, edit: Fix['edits'][number]): Fix {
	return quickFix(d, title, preferred, [edit]);
}
