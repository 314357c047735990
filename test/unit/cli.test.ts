// SPDX-License-Identifier: Apache-2.0
// The CLI adapter, called in-process through `main` (argv in, lines out, exit code back),
// and once as the bundled `dist/cli.js` to prove the shipped file works on its own.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from '../../src/cli/cli';
import { ROOT } from './support/paths';

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
	const out: string[] = [];
	const err: string[] = [];
	const code = await main(argv, (s) => out.push(s), (s) => err.push(s));
	return { code, out, err };
}

function temp(name: string, content: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'kraftfile-cli-'));
	const file = join(dir, name);
	writeFileSync(file, content);
	return file;
}

const BAD = '\uFEFFspec: v0.6\r\nname: app\r\ntargets:\r\n  - qemu/arm\r\n  - kvm/x86_64\r\n';

test('text: path:line:col: severity code: message, 1-based, BOM not counted', async () => {
	const file = temp('Kraftfile', BAD);
	const r = await run([file]);
	assert.equal(r.code, 1);
	assert.equal(r.out.length, 2);
	assert.match(r.out[0]!, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:5: error unsupported-target: qemu/arm: `));
	assert.match(r.out[1]!, /:5:5: information platform-alias: `kvm` is an alias of `qemu`/);
});

test('json: the documented shape, 0-based UTF-16 positions', async () => {
	const file = temp('kraft.yaml', BAD);
	const r = await run(['--format', 'json', file]);
	assert.equal(r.code, 1);
	const parsed = JSON.parse(r.out.join('\n'));
	assert.deepEqual(Object.keys(parsed[0]), ['file', 'diagnostics']);
	assert.equal(parsed[0].file, file);
	assert.deepEqual(parsed[0].diagnostics[0].range, { start: { line: 3, character: 4 }, end: { line: 3, character: 12 } });
	assert.deepEqual(Object.keys(parsed[0].diagnostics[0]).slice(0, 4), ['code', 'severity', 'message', 'range']);
	assert.equal(parsed[0].diagnostics[0].code, 'unsupported-target');
	assert.equal(parsed[0].diagnostics[0].severity, 'error');
});

test('exit 0 when only warnings or information', async () => {
	const r = await run([temp('Kraftfile', 'spec: v0.6\nname: a\ntargets:\n  - kvm/x86_64\n')]);
	assert.equal(r.code, 0);
	assert.equal(r.out.length, 1);
});

test('--unikraft-release decides whether linuxu is an error', async () => {
	const file = temp('Kraftfile', 'spec: v0.6\nname: a\nunikraft: stable\ntargets:\n  - linuxu/x86_64\n');
	assert.equal((await run([file])).code, 1);
	assert.equal((await run(['--unikraft-release', 'v0.16.3', file])).code, 0);
	assert.equal((await run([`--unikraft-release=0.17.0`, file])).code, 1);
});

test('usage errors and unreadable files exit 2 with a message that names them', async () => {
	const none = await run([]);
	assert.equal(none.code, 2);
	assert.match(none.err[0]!, /no Kraftfile given/);
	assert.equal((await run(['--format', 'xml', 'x'])).code, 2);
	assert.match((await run(['--unikraft-release', 'stable', 'x'])).err[0]!, /--unikraft-release must be a release/);
	assert.match((await run(['--bogus', 'x'])).err[0]!, /unknown option '--bogus'/);
	const missing = await run(['/nonexistent/Kraftfile']);
	assert.equal(missing.code, 2);
	assert.match(missing.err[0]!, /cannot read \/nonexistent\/Kraftfile/);
	const dir = await run([tmpdir()]);
	assert.equal(dir.code, 2);
	assert.match(dir.err[0]!, /it is a directory/);
});

test('a readable file is still reported when another is unreadable', async () => {
	const file = temp('Kraftfile', 'spec: v0.6\nname: a\ntargets:\n  - qemu/arm\n');
	const r = await run([file, '/nonexistent/Kraftfile']);
	assert.equal(r.code, 2);
	assert.equal(r.out.length, 1);
});

test('--help prints the usage and exits 0', async () => {
	const r = await run(['--help']);
	assert.equal(r.code, 0);
	assert.match(r.out[0]!, /^Usage: kraftfile-lint/);
});

test('the bundled dist/cli.js runs on its own (npm run test:unit builds it first)', async () => {
	assert.ok(existsSync(join(ROOT, 'dist', 'cli.js')), 'run npm run build first');
	const file = temp('Kraftfile', 'spec: v0.6\nname: a\ntargets:\n  - qemu/arm\n');
	const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--format', 'json', file], { encoding: 'utf8' });
	assert.equal(r.status, 1, r.stderr);
	assert.equal(JSON.parse(r.stdout)[0].diagnostics[0].code, 'unsupported-target');
	assert.equal(readFileSync(file, 'utf8'), 'spec: v0.6\nname: a\ntargets:\n  - qemu/arm\n', 'the CLI never writes without --fix');
});

test('host hints only when asked: --host-arch/--kvm/--no-kvm/--host-os, validated', async () => {
	const file = temp('Kraftfile', 'spec: v0.6\nname: a\ntargets:\n  - qemu/arm64\n  - fc/x86_64\n');
	assert.deepEqual((await run([file])).out, []);
	const r = await run(['--host-arch', 'x86_64', '--no-kvm', '--host-os', 'linux', file]);
	assert.equal(r.code, 0);
	assert.deepEqual(r.out.map((l) => l.split(': ')[1]), ['information emulated-target', 'information not-runnable-here']);
	const kvm = await run(['--host-arch=x86_64', '--kvm', file]);
	assert.deepEqual(kvm.out.map((l) => l.split(': ')[1]), ['information emulated-target']);
	assert.match((await run(['--host-arch', 'amd64', file])).err[0]!, /--host-arch must be one of x86_64, arm64, arm, not 'amd64'/);
	assert.match((await run(['--host-os', 'bsd', file])).err[0]!, /--host-os must be linux, darwin or windows/);
});

test('--host detects this machine (and explicit facts win over it)', async () => {
	const file = temp('Kraftfile', 'spec: v0.6\nname: a\ntargets:\n  - xen/x86_64\n');
	// Xen never runs under `kraft run`, whatever the machine: a hint on any host.
	assert.deepEqual((await run(['--host', file])).out.map((l) => l.split(': ')[1]), ['information not-runnable-here']);
	const other = process.arch === 'x64' ? 'arm64' : 'x86_64';
	const emu = temp('Kraftfile', `spec: v0.6\nname: a\ntargets:\n  - qemu/${other === 'arm64' ? 'x86_64' : 'arm64'}\n`);
	assert.deepEqual((await run(['--host', '--host-arch', other, '--kvm', emu])).out.map((l) => l.split(': ')[1]), ['information emulated-target']);
});
