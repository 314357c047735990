// SPDX-License-Identifier: Apache-2.0
// The contract of every fix, proved on every fixture and every corpus file rather than
// checked at run time: the providers judge their fixes from what the rule found, and this
// applies each one and analyses the result. No fix adds an error; a preferred quick fix
// removes its diagnostic and adds no warning. Nothing is filtered: every fix of every
// diagnostic is applied, once without a host and once with one (the host picks what some
// fixes add).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { analyze, applyEdits, fixesFor, loadKconfigIndex, stripBom, type AnalysisOptions, type Diagnostic } from '../../src/core';
import type { HostFacts } from '../../src/core/host';
import { parseAnnotated } from './support/annotated';
import { filesUnder, fixture, ROOT, SHARED, sharedAvailable } from './support/paths';

// As the adapters give it, so that the kconfig-options fixes are held to the contract too.
const kconfigIndex = () => loadKconfigIndex(() => readFileSync(join(ROOT, 'src', 'data', 'kconfig-index.json'), 'utf8'));


const HOSTS: readonly (HostFacts | undefined)[] = [undefined, { arch: 'arm64', os: 'darwin', kvm: false }];

/** How many of each code at a severity. */
function bySeverity(ds: readonly Diagnostic[], severity: Diagnostic['severity']): Map<string, number> {
	const m = new Map<string, number>();
	for (const d of ds) if (d.severity === severity) m.set(d.code, (m.get(d.code) ?? 0) + 1);
	return m;
}

/** The codes with more diagnostics of `severity` after than before. */
function added(before: readonly Diagnostic[], after: readonly Diagnostic[], severity: Diagnostic['severity']): string[] {
	const b = bySeverity(before, severity);
	return [...bySeverity(after, severity)].filter(([code, n]) => n > (b.get(code) ?? 0)).map(([code]) => code);
}

interface Counts {
	files: number;
	fixes: number;
	preferred: number;
}

/** Applies every fix of every diagnostic of `text`; returns what broke the contract. */
function check(name: string, text: string, options: AnalysisOptions, counts: Counts): string[] {
	const problems: string[] = [];
	const a = analyze(text, options);
	for (const d of a.diagnostics) {
		const { fixes, failures } = fixesFor(a, d);
		for (const f of failures ?? []) problems.push(`${name}: the fixes of ${d.code} failed: ${String(f.error)}`);
		for (const fix of fixes) {
			counts.fixes++;
			const result = applyEdits(text, fix.edits);
			const after = analyze(result, options).diagnostics;
			const what = `${name}: “${fix.title}” (${d.code}${options.host ? `, host ${options.host.arch}` : ''})`;
			const errors = added(a.diagnostics, after, 'error');
			if (errors.length) problems.push(`${what} adds ${errors.join(', ')}`);
			if (!fix.preferred || fix.kind !== 'quickfix') continue;
			counts.preferred++;
			const same = (x: Diagnostic) => x.code === d.code && x.message === d.message;
			if (after.filter(same).length >= a.diagnostics.filter(same).length) problems.push(`${what} is preferred but leaves its diagnostic`);
			const warnings = added(a.diagnostics, after, 'warning');
			if (warnings.length) problems.push(`${what} is preferred but adds ${warnings.join(', ')}`);
		}
	}
	return problems;
}

function checkAll(paths: readonly string[], read: (path: string) => { text: string; options: AnalysisOptions }, root: string): { problems: string[]; counts: Counts } {
	const counts: Counts = { files: 0, fixes: 0, preferred: 0 };
	const problems: string[] = [];
	for (const path of paths) {
		counts.files++;
		const { text, options } = read(path);
		for (const host of HOSTS) problems.push(...check(relative(root, path), text, host ? { ...options, host } : options, counts));
	}
	return { problems, counts };
}

test('every fix of every fixture keeps the contract', (t) => {
	const dirs = [fixture('diagnostics'), fixture('release')];
	const paths = dirs.flatMap((dir) => filesUnder(dir).filter((f) => f.endsWith('.yaml')));
	const { problems, counts } = checkAll(
		paths,
		(path) => {
			const { text } = parseAnnotated(readFileSync(path, 'utf8'));
			const release = /^# unikraft-release: (\S+)/m.exec(text)?.[1];
			return { text, options: { kconfigIndex, ...(release ? { unikraftRelease: release } : {}) } };
		},
		fixture('.'),
	);
	t.diagnostic(`fixtures: ${counts.files} files, ${counts.fixes} fixes checked, ${counts.preferred} preferred`);
	assert.ok(counts.files >= 50 && counts.fixes >= 100 && counts.preferred >= 30, JSON.stringify(counts));
	assert.deepEqual(problems, []);
});

test('every fix of every corpus file keeps the contract', (t) => {
	assert.ok(sharedAvailable(), 'no ../shared/corpus');
	const corpus = join(SHARED, 'corpus');
	const { problems, counts } = checkAll(filesUnder(corpus), (path) => ({ text: stripBom(readFileSync(path, 'utf8')), options: { kconfigIndex } }), corpus);
	t.diagnostic(`corpus: ${counts.files} files, ${counts.fixes} fixes checked, ${counts.preferred} preferred`);
	assert.ok(counts.files >= 200 && counts.fixes >= 50, JSON.stringify(counts));
	assert.deepEqual(problems, []);
});
