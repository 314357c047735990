// SPDX-License-Identifier: Apache-2.0
import { analyze, applyEdits, fixAll, type Analysis, type AnalysisOptions, type FixFailure } from '../core';

/**
 * Applies the preferred fixes of `text` until none is left (fix-all runs to its fixed
 * point itself), and returns the fixed text, its analysis, how many edits were made and
 * the fix providers that failed on the way.
 */
export function fixText(text: string, options: AnalysisOptions): { text: string; analysis: Analysis; edits: number; failures: readonly FixFailure[] } {
	const before = analyze(text, options);
	const { edits, failures = [] } = fixAll(before);
	const fixed = edits.length > 0 ? applyEdits(text, edits) : text;
	if (fixed === text) return { text, analysis: before, edits: 0, failures };
	return { text: fixed, analysis: analyze(fixed, options), edits: edits.length, failures };
}
