// SPDX-License-Identifier: Apache-2.0
// Diagnostic: invalid-document (error). The file is YAML but not a map of keys (a list,
// or a single value): KraftKit's loader stops with QUOTES.topLevelNotMapping.
// An empty file, or one with only comments, gets nothing, on purpose: `kraft` does fail on
// it (QUOTES.topLevelNotMapping in 2024; the missing spec in 2026), but two files of the
// official catalog are such empty test files, and a linter should not flag them.
import { isMap } from 'yaml';
import { firstLine } from '../text';
import { describeNode, spanOf } from '../yaml-nodes';
import type { Rule } from './rule';
import { q, QUOTES } from '../../data/quotes';

export const invalidDocument: Rule = {
	codes: ['invalid-document'],
	check({ parsed, model, report }) {
		const root = model.top.root;
		if (model.top.entries || root == null || isMap(root) || parsed.syntaxProblems.length > 0) return;
		if ((root as { value?: unknown }).value === null) return;
		report({
			code: 'invalid-document',
			severity: 'error',
			message: `A Kraftfile must be a map of keys (\`spec:\`, \`name:\`, \`targets:\` …), but this one is ${describeNode(root)}; \`kraft\` stops with ${q(QUOTES.topLevelNotMapping)}.`,
			span: firstLine(parsed.text, spanOf(root)),
		});
	},
};
