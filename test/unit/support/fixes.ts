// SPDX-License-Identifier: Apache-2.0
// Applying fixes in tests, with the checks every fix must pass: a quick fix removes its
// diagnostic, and no fix adds an error (the text is analysed again to see).
import assert from 'node:assert/strict';
import { analyze, applyEdits, fixesFor, type AnalysisOptions, type Diagnostic, type Fix } from '../../../src/core';
import type { HostFacts } from '../../../src/core/host';

export interface Applied {
	readonly text: string;
	readonly fix: Fix;
	readonly before: readonly Diagnostic[];
	readonly after: readonly Diagnostic[];
}

/** Every fix of every diagnostic of `text`, with the diagnostic it belongs to. */
export function allFixes(text: string, options: AnalysisOptions = {}, host?: HostFacts): { d: Diagnostic; fix: Fix }[] {
	const a = analyze(text, options);
	return a.diagnostics.flatMap((d) => fixesFor(a, d, host).map((fix) => ({ d, fix })));
}

/** Titles of the fixes of the first diagnostic with `code`, `*` marking preferred ones. */
export function titles(text: string, code: string, options: AnalysisOptions = {}, host?: HostFacts): string[] {
	const a = analyze(text, options);
	const d = a.diagnostics.find((x) => x.code === code);
	assert.ok(d, `no ${code} in:\n${text}\n${a.diagnostics.map((x) => x.code).join(', ')}`);
	return fixesFor(a, d, host).map((f) => `${f.preferred ? '*' : ''}${f.title}`);
}

/** Applies the fix titled `title` of the (`nth`) diagnostic with `code`, and checks it. */
export function applyFix(text: string, code: string, title: string, options: AnalysisOptions = {}, host?: HostFacts, nth = 0): Applied {
	const a = analyze(text, options);
	const d = a.diagnostics.filter((x) => x.code === code)[nth];
	assert.ok(d, `no ${code} #${nth} in:\n${text}\n${a.diagnostics.map((x) => x.code).join(', ')}`);
	const fixes = fixesFor(a, d, host);
	const fix = fixes.find((f) => f.title === title);
	assert.ok(fix, `no fix “${title}” for ${code}; there are: ${fixes.map((f) => f.title).join(' | ')}`);
	const result = applyEdits(text, fix.edits);
	const after = analyze(result, options).diagnostics;
	checkFix(d, fix, a.diagnostics, after, result);
	return { text: result, fix, before: a.diagnostics, after };
}

/** The contract of every fix, on the diagnostics before and after applying it. */
export function checkFix(d: Diagnostic, fix: Fix, before: readonly Diagnostic[], after: readonly Diagnostic[], result: string): void {
	const same = (x: Diagnostic) => x.code === d.code && x.message === d.message;
	if (fix.kind === 'quickfix') assert.ok(after.filter(same).length < before.filter(same).length, `“${fix.title}” left its ${d.code}:\n${result}`);
	const errors = (ds: readonly Diagnostic[]) => ds.filter((x) => x.severity === 'error').map((x) => x.code);
	const added = errors(after).filter((c) => errors(after).filter((x) => x === c).length > errors(before).filter((x) => x === c).length);
	assert.deepEqual(added, [], `“${fix.title}” added an error:\n${result}`);
}
