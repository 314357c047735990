// SPDX-License-Identifier: Apache-2.0
// A last check for fixes whose result depends on more than the text they replace (a value
// that starts being read under a new key, an earlier duplicate that starts to count, a
// string that becomes a flow list): the edited text is analysed again, and the fix is
// offered only if that adds no error. Run only when fixes are asked for, never per keystroke.
import { analyze, type Analysis } from '../analyze';
import type { TextEdit } from './fix';
import { applyEdits } from './text-edits';

/** True when applying `edits` to the analysed text gives no error of a code more often than before. */
export function addsNoError(analysis: Analysis, edits: readonly TextEdit[]): boolean {
	const count = (a: Analysis) => {
		const m = new Map<string, number>();
		for (const d of a.diagnostics) if (d.severity === 'error') m.set(d.code, (m.get(d.code) ?? 0) + 1);
		return m;
	};
	const before = count(analysis);
	const after = count(analyze(applyEdits(analysis.parsed.text, edits), analysis.options));
	return [...after].every(([code, n]) => n <= (before.get(code) ?? 0));
}
