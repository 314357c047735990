// SPDX-License-Identifier: Apache-2.0
// The CLI never changes a file unless `--fix` is given (checked byte for byte, with the
// files' times and the directory's entries); a path it cannot read is named, with exit 2;
// so is a file it did not check (binary, too large), which --fix leaves alone.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { main } from '../../src/cli/cli';
import { LIMITS } from '../../src/core/limits';
import { ROOT } from './support/paths';

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
	const out: string[] = [];
	const err: string[] = [];
	const code = await main(argv, (s) => out.push(s), (s) => err.push(s));
	return { code, out, err };
}

/** Every entry under `dir` (hidden ones too) with its bytes, mode and modification time. */
function snapshot(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string) => {
		for (const name of readdirSync(d).sort()) {
			const p = join(d, name);
			const s = lstatSync(p);
			const key = relative(dir, p);
			if (s.isDirectory()) walk(p);
			else out[key] = `${s.mode.toString(8)} ${s.mtimeMs} ${s.isSymbolicLink() ? 'link' : readFileSync(p).toString('base64')}`;
		}
	};
	walk(dir);
	return out;
}

// Each has a preferred fix (`kvm` → `qemu`), so `--fix` would write it.
const FIXABLE = 'spec: v0.6\r\nname: app\r\ntargets:\r\n  - kvm/x86_64\r\n';

function workspace(): { dir: string; files: string[]; crlf: string } {
	const dir = mkdtempSync(join(tmpdir(), 'kraftfile-safety-'));
	mkdirSync(join(dir, 'a'));
	mkdirSync(join(dir, 'b'));
	const crlf = join(dir, 'a', 'Kraftfile');
	writeFileSync(crlf, `\uFEFF${FIXABLE}`);
	const utf16 = join(dir, 'b', 'Kraftfile');
	writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FIXABLE.replace(/\r\n/g, '\n'), 'utf16le')]));
	const link = join(dir, 'kraft.yaml');
	symlinkSync(crlf, link);
	return { dir, files: [crlf, utf16, link], crlf };
}

test('without --fix nothing is written, whatever else the command line says', async () => {
	const { dir, files } = workspace();
	const before = snapshot(dir);
	const argvs = [files, ['--format', 'json', ...files], ['--unikraft-release', 'v0.16.3', ...files], ['--', ...files], ['--fix=yes', ...files], ['--fi', ...files], ['--help', '--fix', ...files]];
	for (const argv of argvs) {
		await run(argv);
		assert.deepEqual(snapshot(dir), before, argv.join(' '));
	}
	// The shipped bundle too.
	const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...files], { encoding: 'utf8' });
	assert.equal(r.status, 0, r.stderr);
	assert.match(r.stdout, /information platform-alias/);
	assert.deepEqual(snapshot(dir), before);
});

test('with --fix the file changes, in place, keeping its line endings and byte order mark', async () => {
	// The control for the test above: the snapshot does see a write.
	const { dir, crlf } = workspace();
	const before = snapshot(dir);
	assert.equal((await run(['--fix', crlf])).code, 0);
	assert.equal(readFileSync(crlf, 'utf8'), `\uFEFF${FIXABLE.replace('kvm', 'qemu')}`);
	const after = snapshot(dir);
	assert.deepEqual(Object.keys(after), Object.keys(before), 'no temporary file is left');
	assert.notEqual(after['a/Kraftfile'], before['a/Kraftfile']);
});

test('a path that cannot be read: exit 2, a message naming it, and the others still checked', async () => {
	const { dir, crlf } = workspace();
	const missing = join(dir, 'nope', 'Kraftfile');
	const dangling = join(dir, 'dangling.yaml');
	symlinkSync(join(dir, 'gone'), dangling);
	const before = snapshot(dir);
	for (const extra of [[], ['--fix']]) {
		const r = await run([...extra, missing, join(dir, 'a'), dangling, crlf]);
		assert.equal(r.code, 2);
		assert.equal(r.err.length, 3, r.err.join('\n'));
		assert.match(r.err[0]!, new RegExp(`^kraftfile-lint: cannot read ${escape(missing)}: ENOENT`));
		assert.equal(r.err[1], `kraftfile-lint: cannot read ${join(dir, 'a')}: not a regular file: it is a directory`);
		assert.match(r.err[2]!, new RegExp(`^kraftfile-lint: cannot read ${escape(dangling)}: ENOENT`));
		assert.equal(r.out.length, extra.length ? 0 : 1, 'the readable file is still checked');
	}
	assert.notDeepEqual(snapshot(dir), before, 'the readable file was fixed');
});

test('a binary file is not checked: exit 2, a note naming it, and --fix leaves it alone', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'kraftfile-safety-'));
	const file = join(dir, 'Kraftfile');
	writeFileSync(file, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, ...Buffer.from('spec: v0.6\ntargets:\n  - kvm/x86_64\n')]));
	const before = snapshot(dir);
	const r = await run(['--fix', '--format', 'json', file]);
	assert.equal(r.code, 2);
	assert.deepEqual(JSON.parse(r.out.join('\n')), [{ file, skipped: 'binary', diagnostics: [] }]);
	// Nothing on standard output (it is no Kraftfile), and a note on standard error that says so.
	const plain = await run([file]);
	assert.equal(plain.code, 2);
	assert.deepEqual(plain.out, []);
	assert.deepEqual(plain.err, [`kraftfile-lint: not checked ${file}: it looks like a binary file, not a Kraftfile`]);
	assert.deepEqual(snapshot(dir), before);
});

test('a huge file is not checked: exit 2, a note naming it, and --fix leaves it alone', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'kraftfile-safety-'));
	const file = join(dir, 'Kraftfile');
	writeFileSync(file, FIXABLE + `# ${'x'.repeat(LIMITS.maxLength)}\n`);
	const before = snapshot(dir);
	for (const extra of [[], ['--fix']]) {
		const r = await run([...extra, file]);
		assert.equal(r.code, 2);
		assert.deepEqual(r.out, []);
		assert.deepEqual(r.err, [`kraftfile-lint: not checked ${file}: it is too large: 262,196 characters, and at most 262,144 are checked`]);
		assert.deepEqual(JSON.parse((await run([...extra, '--format', 'json', file])).out.join('\n')), [{ file, skipped: 'too-large', diagnostics: [] }]);
	}
	assert.deepEqual(snapshot(dir), before);
});

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
