// SPDX-License-Identifier: Apache-2.0
import { analyze, applyEdits, fixAll, type Analysis, type AnalysisOptions } from '../core';

/** How many rounds `--fix` makes at most, as `eslint --fix` does: a fix can uncover another. */
const MAX_ROUNDS = 10;

/**
 * Applies the preferred fixes of `text` until none is left (or `MAX_ROUNDS`), and returns
 * the fixed text, its analysis and how many edits were made.
 */
export function fixText(text: string, options: AnalysisOptions): { text: string; analysis: Analysis; edits: number } {
	let current = text;
	let analysis = analyze(current, options);
	let edits = 0;
	for (let round = 0; round < MAX_ROUNDS; round++) {
		const todo = fixAll(analysis, options.host);
		if (todo.length === 0) break;
		const next = applyEdits(current, todo);
		if (next === current) break;
		edits += todo.length;
		current = next;
		analysis = analyze(current, options);
	}
	return { text: current, analysis, edits };
}
