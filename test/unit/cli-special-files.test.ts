// SPDX-License-Identifier: Apache-2.0
// Paths that are not regular files are refused before they are read (a FIFO with no
// writer used to block the CLI forever, `/dev/zero` to be read until memory ran out), and
// nothing is read without a bound: standard input and regular files stop at MAX_BYTES.
// Run as the bundled dist/cli.js with a timeout, so a regression fails instead of hanging.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { MAX_BYTES } from '../../src/cli/read-file';
import { ROOT } from './support/paths';

function cli(args: string[], options: SpawnSyncOptions = {}): { status: number | null; stdout: string; stderr: string } {
	const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8', timeout: 20_000, ...options });
	assert.equal(r.signal, null, `killed by ${r.signal}: it hung`);
	return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

const OK = 'spec: v0.6\nname: a\ntargets:\n  - qemu/arm\n';

test('a FIFO with no writer: refused at once with exit 2, and the other files still checked', { skip: process.platform === 'win32' }, () => {
	const dir = mkdtempSync(join(tmpdir(), 'kraftfile-special-'));
	const fifo = join(dir, 'Kraftfile');
	execFileSync('mkfifo', [fifo]);
	const ok = join(dir, 'ok.yaml');
	writeFileSync(ok, OK);
	for (const extra of [[], ['--fix']]) {
		const started = Date.now();
		const r = cli([...extra, fifo, ok]);
		assert.ok(Date.now() - started < 10_000);
		assert.equal(r.status, 2, r.stderr);
		assert.equal(r.stderr, `kraftfile-lint: cannot read ${fifo}: not a regular file: it is a FIFO\n`);
		assert.match(r.stdout, /ok\.yaml:4:5: error unsupported-target/);
	}
});

test('/dev/zero is refused as a device, not read', { skip: process.platform === 'win32' }, () => {
	const r = cli(['--format', 'json', '/dev/zero']);
	assert.equal(r.status, 2);
	assert.equal(r.stderr, 'kraftfile-lint: cannot read /dev/zero: not a regular file: it is a character device\n');
	assert.deepEqual(JSON.parse(r.stdout), [{ file: '/dev/zero', skipped: 'not-regular', diagnostics: [] }]);
});

test('standard input is read with a bound: /dev/zero as stdin is too large, exit 2', { skip: process.platform === 'win32' }, () => {
	const zero = openSync('/dev/zero', 'r');
	try {
		const r = cli(['-'], { stdio: [zero, 'pipe', 'pipe'] });
		assert.equal(r.status, 2);
		assert.equal(r.stderr, `kraftfile-lint: not checked -: it is too large: more than 786,435 bytes, and at most 262,144 characters are checked\n`);
	} finally {
		closeSync(zero);
	}
	// And an ordinary standard input still works.
	const r = cli(['-'], { input: OK });
	assert.equal(r.status, 1);
	assert.match(r.stdout, /^-:4:5: error unsupported-target/);
});

test('a regular file larger than any Kraftfile that is checked is refused unread', () => {
	assert.equal(MAX_BYTES, 786_435);
	const file = join(mkdtempSync(join(tmpdir(), 'kraftfile-special-')), 'Kraftfile');
	writeFileSync(file, OK);
	// Sparse: 64 MiB to read, a few KB on disk; it used to be read whole (and pass as binary, exit 0).
	truncateSync(file, 64 * 1024 ** 2);
	const r = cli([file]);
	assert.equal(r.status, 2);
	assert.equal(r.stderr, `kraftfile-lint: not checked ${file}: it is too large: 67,108,864 bytes (more than 786,435), and at most 262,144 characters are checked\n`);
});
