// SPDX-License-Identifier: Apache-2.0
// Fixes of cloud-label (see rules/cloud-label.ts): rename a label Unikraft Cloud does not
// document to the documented one it most likely means. Not preferred: a close name is a
// guess.
import { isScalar } from 'yaml';
import { nodeAt, spanOf } from '../yaml-nodes';
import { quickFix, type FixProvider } from './fix';

export const cloudLabelFixes: FixProvider = {
	codes: ['cloud-label'],
	fixes(ctx, d) {
		const data = d.data;
		const doc = ctx.analysis.parsed.doc;
		if (data?.kind !== 'cloud-label' || !data.at || !doc) return [];
		const node = nodeAt(doc, data.at);
		if (!isScalar(node) || node.value !== data.label || !node.range) return [];
		return data.candidates.map((c) => quickFix(d, `Rename to \`${c}\``, false, [{ span: spanOf(node), newText: c }]));
	},
};
