// SPDX-License-Identifier: Apache-2.0
// A file the CLI did not check makes it exit 2, as an unreadable one does, with a note on
// standard error that names the file and says why; the other files are still checked, and
// JSON lists the unchecked file with `skipped` and no diagnostics.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from '../../src/cli/cli';

function run(argv: string[]): { code: number; out: string[]; err: string[] } {
	const out: string[] = [];
	const err: string[] = [];
	const code = main(argv, (s) => out.push(s), (s) => err.push(s));
	return { code, out, err };
}

function temp(name: string, content: string | Buffer): string {
	const file = join(mkdtempSync(join(tmpdir(), 'kraftfile-unchecked-')), name);
	writeFileSync(file, content);
	return file;
}

test('a file nested too deep is not checked: exit 2 and JSON says why', () => {
	const deep = temp('Kraftfile', `spec: v0.6\nname: ${'['.repeat(150)}${']'.repeat(150)}\n`);
	const r = run(['--format', 'json', deep]);
	assert.equal(r.code, 2);
	assert.deepEqual(JSON.parse(r.out.join('\n')), [{ file: deep, skipped: 'too-deep', diagnostics: [] }]);
	assert.deepEqual(r.err, [`kraftfile-lint: not checked ${deep}: its YAML nests more than 100 levels deep (Kraftfiles nest a few levels)`]);
});

test('an unreadable file is listed in JSON too, so the array has one entry per file named', () => {
	const r = run(['--format', 'json', '/nonexistent/Kraftfile']);
	assert.equal(r.code, 2);
	assert.deepEqual(JSON.parse(r.out.join('\n')), [{ file: '/nonexistent/Kraftfile', skipped: 'unreadable', diagnostics: [] }]);
});
