// SPDX-License-Identifier: Apache-2.0
// A file the CLI did not check makes it exit 2, as an unreadable one does, with a note on
// standard error that names the file and says why; the other files are still checked, and
// JSON lists the unchecked file with `skipped` and no diagnostics. Bytes that are not
// UTF-8 are one such reason, and `--fix` never rewrites them (it used to write U+FFFD).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from '../../src/cli/cli';
import { decodeFile } from '../../src/cli/file-text';

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
	const out: string[] = [];
	const err: string[] = [];
	const code = await main(argv, (s) => out.push(s), (s) => err.push(s));
	return { code, out, err };
}

function temp(name: string, content: string | Buffer): string {
	const file = join(mkdtempSync(join(tmpdir(), 'kraftfile-unchecked-')), name);
	writeFileSync(file, content);
	return file;
}

// Latin-1 `café`, in a Kraftfile with a preferred fix (`kvm` → `qemu`) that --fix would write.
const LATIN1 = Buffer.from('spec: v0.6\nname: caf\xe9\ntargets:\n  - kvm/x86_64\n', 'latin1');

test('a Latin-1 file is not checked: exit 2, the file and the bad byte named; the others still checked', async () => {
	const latin = temp('Kraftfile', LATIN1);
	const ok = temp('Kraftfile', 'spec: v0.6\nname: a\ntargets:\n  - qemu/arm\n');
	const r = await run([latin, ok]);
	assert.equal(r.code, 2);
	assert.deepEqual(r.err, [`kraftfile-lint: not checked ${latin}: it is not UTF-8: the byte 0xe9 at offset 20 (line 2) cannot be decoded; save it as UTF-8 (or as UTF-16 with a byte order mark)`]);
	assert.equal(r.out.length, 1);
	assert.match(r.out[0]!, /:4:5: error unsupported-target: /);
	const json = await run(['--format', 'json', latin, ok]);
	assert.equal(json.code, 2);
	const reports = JSON.parse(json.out.join('\n'));
	assert.deepEqual(reports[0], { file: latin, skipped: 'not-utf8', diagnostics: [] });
	assert.equal(reports[1].file, ok);
	assert.equal(reports[1].diagnostics[0].code, 'unsupported-target');
});

test('--fix never rewrites a file that is not UTF-8: its bytes and time are untouched', async () => {
	const latin = temp('Kraftfile', LATIN1);
	const before = statSync(latin).mtimeMs;
	const r = await run(['--fix', '--format', 'json', latin]);
	assert.equal(r.code, 2);
	assert.deepEqual(JSON.parse(r.out.join('\n')), [{ file: latin, skipped: 'not-utf8', diagnostics: [] }]);
	assert.deepEqual(readFileSync(latin), LATIN1);
	assert.equal(statSync(latin).mtimeMs, before);
});

test('UTF-8 is checked strictly, after the byte order mark; U+FFFD written as UTF-8 is text', async () => {
	assert.deepEqual(decodeFile(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x0a, 0xc3, 0x28])), { notUtf8: { offset: 5, line: 2, byte: 0xc3 }, lossy: 'a\n\uFFFD(' });
	assert.deepEqual(decodeFile(Buffer.from('name: \uFFFD\n', 'utf8')), { text: 'name: \uFFFD\n', encoding: 'utf8', bom: false });
	// The real U+FFFD before the bad byte is counted as its three bytes; lone CRs end lines.
	assert.deepEqual(decodeFile(Buffer.from('a\r\uFFFD\rb\xff', 'utf8').subarray(0, 8)), { notUtf8: { offset: 7, line: 3, byte: 0xc3 }, lossy: 'a\r\uFFFD\rb\uFFFD' });
	// A second byte order mark is text, as it was before (a fatal decoder would drop it).
	assert.deepEqual(decodeFile(Buffer.from('\uFEFF\uFEFFa', 'utf8')), { text: '\uFEFFa', encoding: 'utf8', bom: true });
});

test('a file nested too deep is not checked: exit 2 and JSON says why', async () => {
	const deep = temp('Kraftfile', `spec: v0.6\nname: ${'['.repeat(150)}${']'.repeat(150)}\n`);
	const r = await run(['--format', 'json', deep]);
	assert.equal(r.code, 2);
	assert.deepEqual(JSON.parse(r.out.join('\n')), [{ file: deep, skipped: 'too-deep', diagnostics: [] }]);
	assert.deepEqual(r.err, [`kraftfile-lint: not checked ${deep}: its YAML nests more than 100 levels deep (Kraftfiles nest a few levels)`]);
});

test('an unreadable file is listed in JSON too, so the array has one entry per file named', async () => {
	const r = await run(['--format', 'json', '/nonexistent/Kraftfile']);
	assert.equal(r.code, 2);
	assert.deepEqual(JSON.parse(r.out.join('\n')), [{ file: '/nonexistent/Kraftfile', skipped: 'unreadable', diagnostics: [] }]);
});
