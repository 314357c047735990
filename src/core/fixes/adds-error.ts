// SPDX-License-Identifier: Apache-2.0
// For a fix that makes `kraft` read text no rule has checked yet (the earlier of two keys,
// a key renamed to `targets`): whether the text after it has an error the text before did
// not. The fix is then not offered: it would trade one error for another.
import { analyze, type Analysis } from '../analyze';
import type { DiagnosticCode } from '../types';
import type { TextEdit } from './fix';
import { applyEdits } from './text-edits';

/** True when the text after `edits` has more errors of some code than before. */
export function addsError(analysis: Analysis, edits: readonly TextEdit[]): boolean {
	const after = analyze(applyEdits(analysis.parsed.text, edits), analysis.options);
	const before = errorCounts(analysis);
	return [...errorCounts(after)].some(([code, n]) => n > (before.get(code) ?? 0));
}

function errorCounts(a: Analysis): Map<DiagnosticCode, number> {
	const n = new Map<DiagnosticCode, number>();
	for (const d of a.diagnostics) if (d.severity === 'error') n.set(d.code, (n.get(d.code) ?? 0) + 1);
	return n;
}
