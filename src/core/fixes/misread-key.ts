// SPDX-License-Identifier: Apache-2.0
// Fixes for a key `kraft` reads as something else: a target's `kernel`, which names the
// target, becomes `name` (what `kraft` does with it already; not preferred, since the
// writer may have meant a kernel path). Not offered when the target has a `name` too, or
// when the key comes through an alias or a `<<` merge.
import { isMap, isScalar, type Node } from 'yaml';
import { quickFix, type FixProvider } from './fix';
import { replaceScalar } from './text-edits';

export const misreadKeyFixes: FixProvider = {
	codes: ['misread-key'],
	fixes(ctx, d) {
		const data = d.data;
		if (data?.kind !== 'misread-key' || data.pair < 0) return [];
		const t = ctx.analysis.model.targets[data.target];
		if (!t || t.viaAlias || !isMap(t.node) || t.entries.some((e) => e.key === 'name')) return [];
		const key = t.node.items[data.pair]?.key as Node | null | undefined;
		if (!isScalar(key) || key.value !== data.key || !key.range) return [];
		return [quickFix(d, 'Rename to `name`', false, [replaceScalar(ctx.analysis.parsed.text, { start: key.range[0], end: key.range[1] }, 'name')])];
	},
};
