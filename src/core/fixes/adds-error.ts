// SPDX-License-Identifier: Apache-2.0
import { analyze, type Analysis } from '../analyze';
import type { Diagnostic } from '../types';
import type { TextEdit } from './fix';
import { applyEdits } from './text-edits';

/**
 * True when applying `edits` gives a file with more errors of some code than `analysis`
 * has: for the few providers whose fix makes `kraft` read a value it skipped before (a
 * renamed key, the earlier of two keys), which the value alone cannot tell.
 */
export function addsError(analysis: Analysis, edits: readonly TextEdit[]): boolean {
	const count = (ds: readonly Diagnostic[]) => {
		const by = new Map<string, number>();
		for (const d of ds) if (d.severity === 'error') by.set(d.code, (by.get(d.code) ?? 0) + 1);
		return by;
	};
	const before = count(analysis.diagnostics);
	const after = count(analyze(applyEdits(analysis.parsed.text, edits), analysis.options).diagnostics);
	return [...after].some(([code, n]) => n > (before.get(code) ?? 0));
}
