// SPDX-License-Identifier: Apache-2.0
// Fix-all (`source.fixAll.kraftfile`, `--fix`): every preferred fix at once, without
// overlapping edits; running it twice is the same as once. Checked on a hand-written file
// and, with every single fix as well, on all fixtures and the real Kraftfiles of the corpus.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { analyze, applyEdits, fixAll, stripBom, type AnalysisOptions } from '../../src/core';
import { parseAnnotated } from './support/annotated';
import { allFixes, checkFix } from './support/fixes';
import { filesUnder, fixture, SHARED, sharedAvailable } from './support/paths';

const HOST = { arch: 'arm64', os: 'linux', kvm: true } as const;

function fixOnce(text: string, options: AnalysisOptions = {}): string {
	return applyEdits(text, fixAll(analyze(text, { ...options, host: HOST })).edits);
}

test('applyEdits: edits against the original text, in any order; insertions at one place keep their order', () => {
	const edits = [
		{ span: { start: 6, end: 11 }, newText: 'there' },
		{ span: { start: 0, end: 0 }, newText: '> ' },
		{ span: { start: 11, end: 11 }, newText: '!' },
		{ span: { start: 11, end: 11 }, newText: '?' },
	];
	assert.equal(applyEdits('hello world', edits), '> hello there!?');
	assert.equal(applyEdits('abc', [{ span: { start: 2, end: 99 }, newText: 'Z' }]), 'abZ');
});

test('fix-all: every preferred fix at once, CRLF and comments kept; twice is the same as once', () => {
	const text = [
		'# Build settings',
		'name: app',
		'unikraft: stable # newest',
		'targets:',
		'  - kvm/x86_64 # the VM',
		'  # for debugging (once)',
		'  - linuxu/x86_64',
		'  - qemu/aarch64',
		'  - name: app',
		'    plat: fc',
		'    platform: fc',
		'    arch: x86_64',
		'libaries:',
		'  musl: stable',
		'',
	].join('\r\n');
	const once = fixOnce(text);
	assert.equal(
		once,
		[
			'# Build settings',
			'spec: v0.6',
			'name: app',
			'unikraft: stable # newest',
			'targets:',
			'  - qemu/x86_64 # the VM',
			'  # for debugging (once)',
			'  - qemu/arm64',
			'  - name: app',
			'    platform: fc',
			'    arch: x86_64',
			'libraries:',
			'  musl: stable',
			'',
		].join('\r\n'),
	);
	assert.deepEqual(fixAll(analyze(once, { host: HOST })), { edits: [] });
	assert.deepEqual(analyze(once).diagnostics, []);
});

test('fix-all: a removal wins over an edit inside what it removes', () => {
	// `kvm/x86_64` duplicates `qemu/x86_64`: removing it makes renaming it moot.
	const text = 'spec: v0.6\nname: app\ntargets:\n  - qemu/x86_64\n  - kvm/x86_64\n';
	assert.equal(fixOnce(text), 'spec: v0.6\nname: app\ntargets:\n  - qemu/x86_64\n');
});

test('fix-all: nothing to do leaves nothing to apply', () => {
	assert.deepEqual(fixAll(analyze('spec: v0.6\nname: app\ntargets:\n  - qemu/x86_64\n')), { edits: [] });
	assert.deepEqual(fixAll(analyze('')), { edits: [] });
	assert.deepEqual(fixAll(analyze('targets: [\n')), { edits: [] });
});


/** Every fixture, and every corpus file on the latest release and on v0.16.3 (which has linuxu). */
function cases(): [string, string, AnalysisOptions][] {
	const out: [string, string, AnalysisOptions][] = [];
	for (const f of filesUnder(fixture('diagnostics'))) {
		const { text } = parseAnnotated(readFileSync(f, 'utf8'));
		const release = /^# unikraft-release: (\S+)/m.exec(text)?.[1];
		out.push([relative(fixture(), f), text, release ? { unikraftRelease: release } : {}]);
	}
	if (!sharedAvailable()) return out;
	for (const f of filesUnder(join(SHARED, 'corpus'))) {
		const text = stripBom(readFileSync(f, 'utf8'));
		out.push([relative(SHARED, f), text, {}], [`${relative(SHARED, f)} @v0.16.3`, text, { unikraftRelease: 'v0.16.3' }]);
	}
	return out;
}

test('every fix of every fixture and corpus file removes its diagnostic and adds no error', () => {
	let count = 0;
	for (const [name, text, options] of cases()) {
		const before = analyze(text, options).diagnostics;
		for (const { d, fix } of allFixes(text, options, HOST)) {
			const result = applyEdits(text, fix.edits);
			assert.doesNotThrow(() => checkFix(d, fix, before, analyze(result, options).diagnostics, result), name);
			count++;
		}
	}
	assert.ok(count > 100, `only ${count} fixes`);
});

test('fix-all on every fixture and corpus file: no new error, and twice is the same as once', () => {
	for (const [name, text, options] of cases()) {
		const once = fixOnce(text, options);
		const errors = (t: string) => analyze(t, options).diagnostics.filter((d) => d.severity === 'error').length;
		assert.ok(errors(once) <= errors(text), name);
		assert.equal(fixOnce(once, options), once, name);
	}
});

test('the corpus: debug-build and linuxu-debug-only are never errors or warnings', () => {
	for (const [name, text, options] of cases()) {
		const loud = analyze(text, options).diagnostics.filter((d) => (d.code === 'debug-build' || d.code === 'linuxu-debug-only') && (d.severity === 'error' || d.severity === 'warning'));
		assert.deepEqual(loud, [], name);
	}
});
