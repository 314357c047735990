// SPDX-License-Identifier: Apache-2.0
// Fixes for kconfig options `kraft` mangles: an unquoted hex number
// (`CONFIG_X: 0x400000000`) is quoted as written, so that `kraft` hands Kconfig the text
// instead of its decimal value. Not preferred: for an `int` option the decimal is right.
import { isMap, type Node } from 'yaml';
import { nodeAt } from '../yaml-nodes';
import { quickFix, type FixProvider } from './fix';
import { quotePlainScalar } from './quote-scalar';

export const invalidKconfigFixes: FixProvider = {
	codes: ['invalid-kconfig'],
	fixes(ctx, d) {
		const data = d.data;
		const doc = ctx.analysis.parsed.doc;
		if (data?.kind !== 'kconfig-number' || data.pair < 0 || data.map.length === 0 || !doc) return [];
		const map = nodeAt(doc, data.map);
		if (!isMap(map)) return [];
		const edit = quotePlainScalar(ctx.analysis.parsed.text, map.items[data.pair]?.value as Node | null | undefined);
		return edit ? [quickFix(d, `Quote it: \`${edit.newText}\``, false, [edit])] : [];
	},
};
