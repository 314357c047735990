// SPDX-License-Identifier: Apache-2.0
// Fixes of duplicate-key (see rules/duplicate-key.ts): remove the earlier key, which
// `kraft` ignores (preferred when both have the same value: then nothing changes), or
// this one (then the earlier value counts; not offered when that value is an error of its own).
import { isMap } from 'yaml';
import { analyze } from '../analyze';
import { nodeAt } from '../yaml-nodes';
import { quickFix, type Fix, type FixContext, type FixProvider, type TextEdit } from './fix';
import { applyEdits } from './text-edits';
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
		const b = removeMapPair(ctx.analysis.parsed.text, map, index);
		// Removing the one kraft reads makes it read the earlier one, which may be wrong in its own way (`targets: 6`): not offered then.
		if (b && !addsError(ctx, b)) out.push(quickFix(d, `Remove this \`${key}\``, false, [b]));
		return out;
	},
};

/** Whether the text after `edit` has an error code the text before has not. */
function addsError(ctx: FixContext, edit: TextEdit): boolean {
	const codes = (ds: readonly { code: string; severity: string }[]) => new Set(ds.filter((x) => x.severity === 'error').map((x) => x.code));
	const before = codes(ctx.analysis.diagnostics);
	const after = codes(analyze(applyEdits(ctx.analysis.parsed.text, [edit]), ctx.analysis.options).diagnostics);
	return [...after].some((c) => !before.has(c));
}
