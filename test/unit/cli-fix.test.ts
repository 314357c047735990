// SPDX-License-Identifier: Apache-2.0
// The CLI and fixes: JSON lists each diagnostic's fixes; `--fix` writes the preferred ones
// in place (line endings, byte order mark, encoding, mode and symbolic links kept, no
// temporary file left) and reports what remains; without `--fix` nothing is written.
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from '../../src/cli/cli';
import { decodeFile, encodeFile } from '../../src/cli/file-text';

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
	const out: string[] = [];
	const err: string[] = [];
	const code = await main(argv, (s) => out.push(s), (s) => err.push(s));
	return { code, out, err };
}

function temp(content: string | Buffer, name = 'Kraftfile'): { dir: string; file: string } {
	const dir = mkdtempSync(join(tmpdir(), 'kraftfile-fix-'));
	const file = join(dir, name);
	writeFileSync(file, content);
	return { dir, file };
}

const MESSY = '\uFEFFname: app\r\ntargets:\r\n  - kvm/x86_64 # VM\r\n  - linuxu/x86_64\r\n  - qemu/arm\r\n';

test('json: every diagnostic lists its fixes with title and preferred', async () => {
	const { file } = temp(MESSY);
	const r = await run(['--format', 'json', file]);
	const ds = JSON.parse(r.out.join('\n'))[0].diagnostics as { code: string; fixes: unknown[] }[];
	assert.deepEqual(
		ds.map((d) => [d.code, d.fixes]),
		[
			['invalid-spec', [{ title: 'Add `spec: v0.6`', preferred: true }]],
			['platform-alias', [{ title: 'Change to `qemu`', preferred: true }]],
			['platform-removed', [{ title: 'Remove this target (`qemu/x86_64` is already there)', preferred: true }]],
			['unsupported-target', [{ title: 'Change to `qemu/arm64`', preferred: false }, { title: 'Change to `xen/arm`', preferred: false }]],
		],
	);
	assert.equal(readFileSync(file, 'utf8'), MESSY, 'never written without --fix');
});

test('--fix: preferred fixes written in place, BOM and CRLF kept; what remains is reported', async () => {
	const { dir, file } = temp(MESSY);
	chmodSync(file, 0o640);
	const r = await run(['--fix', '--format', 'json', file]);
	assert.equal(readFileSync(file, 'utf8'), '\uFEFFspec: v0.6\r\nname: app\r\ntargets:\r\n  - qemu/x86_64 # VM\r\n  - qemu/arm\r\n');
	assert.equal(statSync(file).mode & 0o777, 0o640);
	assert.deepEqual(readdirSync(dir), ['Kraftfile'], 'no temporary file left');
	const [report] = JSON.parse(r.out.join('\n'));
	assert.equal(report.fixed, 3);
	assert.deepEqual(report.diagnostics.map((d: { code: string }) => d.code), ['unsupported-target']);
	assert.deepEqual(report.diagnostics[0].range, { start: { line: 4, character: 4 }, end: { line: 4, character: 12 } });
	assert.equal(r.code, 1, 'an error remains');
});

test('--fix: a file with nothing to fix is not touched; text output lists what remains', async () => {
	const { file } = temp('spec: v0.6\nname: app\ntargets:\n  - qemu/arm\n');
	const before = statSync(file).mtimeMs;
	const r = await run(['--fix', file]);
	assert.equal(r.code, 1);
	assert.equal(r.out.length, 1);
	assert.match(r.out[0]!, /:4:5: error unsupported-target: /);
	assert.equal(statSync(file).mtimeMs, before);
	const clean = temp('name: app\ntargets:\n  - kvm/x86_64\n').file;
	assert.equal((await run(['--fix', clean])).code, 0);
	assert.equal(readFileSync(clean, 'utf8'), 'spec: v0.6\nname: app\ntargets:\n  - qemu/x86_64\n');
});

test('--fix: UTF-16 files stay UTF-16 with their byte order mark', async () => {
	const text = 'spec: v0.6\r\nname: app\r\ntargets:\r\n  - firecracker/x86_64\r\n';
	const { file } = temp(encodeFile(text, { encoding: 'utf16le', bom: true }));
	assert.equal((await run(['--fix', file])).code, 0);
	const bytes = readFileSync(file);
	assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe]);
	assert.deepEqual(decodeFile(bytes), { text: text.replace('firecracker', 'fc'), encoding: 'utf16le', bom: true });
	const be = encodeFile('abc', { encoding: 'utf16be', bom: true });
	assert.deepEqual([...be], [0xfe, 0xff, 0, 0x61, 0, 0x62, 0, 0x63]);
	assert.deepEqual(decodeFile(be), { text: 'abc', encoding: 'utf16be', bom: true });
});

test('--fix through a symbolic link changes the file it points to and keeps the link', async () => {
	const { dir, file } = temp('name: app\ntargets:\n  - qemu/x86_64\n', 'real.yaml');
	const link = join(dir, 'Kraftfile');
	symlinkSync(file, link);
	assert.equal((await run(['--fix', link])).code, 0);
	assert.ok(statSync(link).isFile());
	assert.equal(readFileSync(file, 'utf8'), 'spec: v0.6\nname: app\ntargets:\n  - qemu/x86_64\n');
	assert.deepEqual(readdirSync(dir).sort(), ['Kraftfile', 'real.yaml']);
});

test('--fix cannot fix standard input, and says so; the usage documents it', async () => {
	const r = await run(['--fix', '-']);
	assert.equal(r.code, 2);
	assert.match(r.err[0]!, /--fix writes files in place, so it cannot fix standard input/);
	assert.match((await run(['--help'])).out[0]!, /--fix {20}apply the fixes that are certainly right/);
});
