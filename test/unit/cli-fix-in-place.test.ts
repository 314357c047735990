// SPDX-License-Identifier: Apache-2.0
// `--fix` writes into the file itself, not a new file renamed over it: the inode stays,
// and with it hard links, owner, group and mode, and it works in a directory the user
// cannot write. It does not write over a file that changed since it was read.
// Ownership needs two users: the tests run as root (as CI does) and use `nobody`.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from '../../src/cli/cli';
import { writeInPlace } from '../../src/cli/file-text';
import { ROOT } from './support/paths';

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
	const out: string[] = [];
	const err: string[] = [];
	const code = await main(argv, (s) => out.push(s), (s) => err.push(s));
	return { code, out, err };
}

const NOBODY = 65534;
const ROOTLESS = process.getuid?.() !== 0 && 'needs root, to give files to nobody (CI runs as root)';
const BEFORE = 'spec: v0.6\nname: app\ntargets:\n  - kvm/x86_64\n';
const AFTER = 'spec: v0.6\nname: app\ntargets:\n  - qemu/x86_64\n';

function temp(): { dir: string; file: string } {
	const dir = mkdtempSync(join(tmpdir(), 'kraftfile-in-place-'));
	const file = join(dir, 'Kraftfile');
	writeFileSync(file, BEFORE);
	return { dir, file };
}

/** Runs the bundled CLI as `nobody`, through util-linux's `setpriv`. */
function asNobody(args: string[]): { status: number | null; stdout: string; stderr: string } {
	const r = spawnSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, join(ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8', timeout: 20_000 });
	assert.equal(r.error, undefined, 'setpriv (util-linux) must be installed to run this test');
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('--fix keeps the inode: both hard links see the fix, mode kept, no file added', async () => {
	const { dir, file } = temp();
	// Not a name `kraft` looks for: two of those in one folder is multiple-kraftfiles.
	const other = join(dir, 'Kraftfile.link');
	linkSync(file, other);
	chmodSync(file, 0o640);
	const inode = statSync(file).ino;
	assert.equal((await run(['--fix', file])).code, 0);
	assert.equal(readFileSync(file, 'utf8'), AFTER);
	assert.equal(readFileSync(other, 'utf8'), AFTER);
	const s = statSync(file);
	assert.equal(s.ino, inode);
	assert.equal(statSync(other).ino, inode);
	assert.equal(s.nlink, 2);
	assert.equal(s.mode & 0o7777, 0o640);
	assert.deepEqual(readdirSync(dir).sort(), ['Kraftfile', 'Kraftfile.link']);
});

test('--fix run by root keeps the owner and group of a file that is not root\'s', { skip: ROOTLESS }, async () => {
	const { file } = temp();
	chownSync(file, NOBODY, NOBODY);
	assert.equal((await run(['--fix', file])).code, 0);
	assert.equal(readFileSync(file, 'utf8'), AFTER);
	assert.deepEqual([statSync(file).uid, statSync(file).gid], [NOBODY, NOBODY]);
});

test('--fix by a user who may write the file but not its directory: fixed in place', { skip: ROOTLESS }, async () => {
	const { dir, file } = temp();
	chownSync(file, NOBODY, NOBODY);
	chmodSync(dir, 0o555); // root's, and read-only: no temporary file can be made, nor renamed
	const r = asNobody(['--fix', file]);
	assert.equal(r.status, 0, r.stderr);
	assert.equal(readFileSync(file, 'utf8'), AFTER);
	assert.equal(statSync(file).uid, NOBODY);
	assert.deepEqual(readdirSync(dir), ['Kraftfile']);
});

test('--fix on a file the user may read but not write: exit 2, and what the file holds is reported', { skip: ROOTLESS }, async () => {
	const { dir, file } = temp();
	chmodSync(dir, 0o755);
	chmodSync(file, 0o644); // root's
	const r = asNobody(['--fix', '--format', 'json', file]);
	assert.equal(r.status, 2);
	assert.match(r.stderr, new RegExp(`^kraftfile-lint: cannot write ${file}: EACCES`));
	const [report] = JSON.parse(r.stdout);
	assert.equal(report.fixed, 0);
	assert.deepEqual(report.diagnostics.map((d: { code: string }) => d.code), ['platform-alias']);
	assert.equal(readFileSync(file, 'utf8'), BEFORE);
});

test('a file that changed since it was read is not written over', async () => {
	const { file } = temp();
	writeFileSync(file, BEFORE.replace('app', 'edited'));
	assert.throws(() => writeInPlace(file, Buffer.from(BEFORE), Buffer.from(AFTER)), /it changed since it was read, so it is left as it is/);
	assert.equal(readFileSync(file, 'utf8'), BEFORE.replace('app', 'edited'));
	// The control: unchanged, it is written, shorter and longer alike.
	writeInPlace(file, Buffer.from(BEFORE.replace('app', 'edited')), Buffer.from('x'));
	assert.equal(readFileSync(file, 'utf8'), 'x');
	writeInPlace(file, Buffer.from('x'), Buffer.from(AFTER));
	assert.equal(readFileSync(file, 'utf8'), AFTER);
});

test('setpriv is there where these tests run as root', { skip: ROOTLESS }, async () => {
	assert.match(execFileSync('setpriv', ['--version'], { encoding: 'utf8' }), /setpriv/);
});
