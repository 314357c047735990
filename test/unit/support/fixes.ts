// SPDX-License-Identifier: Apache-2.0
// Applying fixes in tests, with the checks every fix must pass: a quick fix removes its
// diagnostic, and no fix adds an error (the text is analysed again to see).
import assert from 'node:assert/strict';
import { analyze, applyEdits, fixesFor, type Analysis, type AnalysisOptions, type Diagnostic, type Fix } from '../../../src/core';
import type { HostFacts } from '../../../src/core/host';

export interface Applied {
	readonly text: string;
	readonly fix: Fix;
	readonly before: readonly Diagnostic[];
	readonly after: readonly Diagnostic[];
}

/** Every fix of every diagnostic of `text`, with the diagnostic it belongs to. */
export function allFixes(text: string, options: AnalysisOptions = {}, host?: HostFacts): { d: Diagnostic; fix: Fix }[] {
	const a = analyze(text, withHost(options, host));
	return a.diagnostics.flatMap((d) => fixesOf(a, d).map((fix) => ({ d, fix })));
}

/** The options with the host the fixes pick architectures by (the analysis carries it). */
export function withHost(options: AnalysisOptions, host: HostFacts | undefined): AnalysisOptions {
	return host ? { ...options, host } : options;
}

/** The fixes of `d`; a provider that fails fails the test. */
export function fixesOf(a: Analysis, d: Diagnostic): Fix[] {
	const { fixes, failures } = fixesFor(a, d);
	assert.deepEqual(failures ?? [], [], `the fixes of ${d.code} failed`);
	return fixes;
}

/** Titles of the fixes of the first diagnostic with `code`, `*` marking preferred ones. */
export function titles(text: string, code: string, options: AnalysisOptions = {}, host?: HostFacts): string[] {
	const a = analyze(text, withHost(options, host));
	const d = a.diagnostics.find((x) => x.code === code);
	assert.ok(d, `no ${code} in:\n${text}\n${a.diagnostics.map((x) => x.code).join(', ')}`);
	return fixesOf(a, d).map((f) => `${f.preferred ? '*' : ''}${f.title}`);
}

/** Applies the fix titled `title` of the (`nth`) diagnostic with `code`, and checks it. */
export function applyFix(text: string, code: string, title: string, options: AnalysisOptions = {}, host?: HostFacts, nth = 0): Applied {
	const a = analyze(text, withHost(options, host));
	const d = a.diagnostics.filter((x) => x.code === code)[nth];
	assert.ok(d, `no ${code} #${nth} in:\n${text}\n${a.diagnostics.map((x) => x.code).join(', ')}`);
	const fixes = fixesOf(a, d);
	const fix = fixes.find((f) => f.title === title);
	assert.ok(fix, `no fix “${title}” for ${code}; there are: ${fixes.map((f) => f.title).join(' | ')}`);
	const result = applyEdits(text, fix.edits);
	const after = analyze(result, withHost(options, host)).diagnostics;
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
