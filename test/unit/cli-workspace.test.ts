// SPDX-License-Identifier: Apache-2.0
// The CLI looks at the folder of each Kraftfile through src/node/workspace-fs.ts
// (multiple-kraftfiles), unless --no-workspace; and that adapter's own care: links
// followed, only regular files read, with a bound, and a FIFO never opened.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from '../../src/cli/cli';
import { nodeWorkspaceFs } from '../../src/node/workspace-fs';

const KRAFTFILE = 'spec: v0.6\nname: app\ntargets:\n  - qemu/x86_64\n';

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
	const out: string[] = [];
	const err: string[] = [];
	const code = await main(argv, (s) => out.push(s), (s) => err.push(s));
	return { code, out, err };
}

function folder(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'kraftfile-ws-'));
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	return dir;
}

test('Kraftfile and kraft.yaml in one folder: exit 1 and multiple-kraftfiles on each; --no-workspace: nothing', async () => {
	const dir = folder({ Kraftfile: KRAFTFILE, 'kraft.yaml': KRAFTFILE });
	const r = await run([join(dir, 'Kraftfile'), join(dir, 'kraft.yaml')]);
	assert.equal(r.code, 1);
	assert.equal(r.out.length, 2);
	assert.match(r.out[0]!, /Kraftfile:1:1: error multiple-kraftfiles: This folder also has `kraft\.yaml`: .*found multiple config files with supported names/);
	assert.match(r.out[1]!, /kraft\.yaml:1:1: error multiple-kraftfiles: This folder also has `Kraftfile`/);

	const off = await run(['--no-workspace', join(dir, 'Kraftfile'), join(dir, 'kraft.yaml')]);
	assert.equal(off.code, 0);
	assert.deepEqual(off.out, []);
	assert.match((await run(['--help'])).out[0]!, /--no-workspace {11}check each FILE's text only/);
});

test('one Kraftfile, or another name beside it, or standard input: no multiple-kraftfiles', async () => {
	const dir = folder({ Kraftfile: KRAFTFILE, 'other.yaml': KRAFTFILE, 'kraft.yaml.orig': KRAFTFILE });
	assert.deepEqual(await run([join(dir, 'Kraftfile')]), { code: 0, out: [], err: [] });
	// other.yaml is read by kraft only through -K: no search, no conflict.
	const two = folder({ Kraftfile: KRAFTFILE, 'Kraftfile.yml': KRAFTFILE, 'other.yaml': KRAFTFILE });
	assert.deepEqual((await run([join(two, 'other.yaml')])).out, []);
});

test('a relative path is looked at in its own folder', async () => {
	const dir = folder({ 'Kraftfile.yml': KRAFTFILE, 'Kraftfile.yaml': KRAFTFILE });
	const cwd = process.cwd();
	process.chdir(dir);
	try {
		const r = await run(['Kraftfile.yml']);
		assert.equal(r.code, 1);
		assert.match(r.out[0]!, /^Kraftfile\.yml:1:1: error multiple-kraftfiles: This folder also has `Kraftfile\.yaml`/);
	} finally {
		process.chdir(cwd);
	}
});

test('node WorkspaceFs: links followed, a dangling link is nothing, folders listed with types', async () => {
	const dir = folder({ Kraftfile: KRAFTFILE, 'a.txt': 'hello world' });
	mkdirSync(join(dir, 'rootfs'));
	symlinkSync('Kraftfile', join(dir, 'kraft.yaml'));
	symlinkSync('nowhere', join(dir, 'kraft.yml'));
	const fs = nodeWorkspaceFs(dir);
	assert.deepEqual(await fs.stat('kraft.yaml'), { type: 'file', size: KRAFTFILE.length });
	assert.equal(await fs.stat('kraft.yml'), undefined);
	assert.equal(await fs.stat('Kraftfile/x'), undefined, 'ENOTDIR is nothing there');
	assert.deepEqual(await fs.stat('rootfs'), { type: 'directory', size: (await fs.stat('rootfs'))!.size });
	const list = [...(await fs.readDirectory('.'))!].sort((a, b) => (a[0] < b[0] ? -1 : 1));
	assert.deepEqual(list, [
		['Kraftfile', 'file'],
		['a.txt', 'file'],
		['kraft.yaml', 'file'],
		['rootfs', 'directory'],
	]);
	assert.equal(await fs.readDirectory('missing'), undefined);
	assert.equal(new TextDecoder().decode(await fs.readFile('a.txt', 5)), 'hello');
	assert.equal(await fs.readFile('rootfs', 5), undefined);
	await assert.rejects(fs.stat('../../x'), /not a workspace path/);
	await assert.rejects(fs.readDirectory('../x'), /not a workspace path/);
	await assert.rejects(fs.readFile('../x', 1), /not a workspace path/);
	// Both files are found, so the CLI reports the conflict through the link too.
	assert.equal((await run([join(dir, 'Kraftfile')])).code, 1);
});

test('node WorkspaceFs: a FIFO is stat-ed but never opened (no writer: opening it would block)', { skip: process.platform === 'win32' }, async () => {
	const dir = folder({});
	execFileSync('mkfifo', [join(dir, 'pipe')]);
	const fs = nodeWorkspaceFs(dir);
	assert.equal((await fs.stat('pipe'))?.type, 'other');
	assert.equal(await fs.readFile('pipe', 10), undefined);
	assert.deepEqual(await fs.readDirectory('.'), [['pipe', 'other']]);
});
