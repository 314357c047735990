// SPDX-License-Identifier: Apache-2.0
// missing-path through the workspace interface: what the rule asks to stat, what it says
// with the answers of an in-memory WorkspaceFs, silence without answers or with path
// checks off; and the CLI's --no-path-checks next to --no-workspace.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from '../../src/cli/cli';
import { analyze, gatherWorkspace, workspaceRequests, type AnalysisOptions, type EntryStat, type WorkspaceFacts, type WorkspaceFs } from '../../src/core';
import { KRAFTFILE_NAMES } from '../../src/data/kraftfile-names';

const RUNTIME = 'spec: v0.6\nname: app\nruntime: base:latest\nrootfs: ./rootfs\ncmd: ["/server"]\n';

/** Paths to types; anything else is not there. `fail`: paths whose stat rejects. */
function fakeFs(tree: Record<string, EntryStat['type']>, fail: readonly string[] = []): WorkspaceFs & { stats: string[] } {
	const stats: string[] = [];
	return {
		stats,
		async stat(path) {
			stats.push(path);
			if (fail.includes(path)) throw new Error(`EACCES: ${path}`);
			const type = path === '.' ? 'directory' : tree[path];
			return type ? { type, size: 0 } : undefined;
		},
		readDirectory: async () => undefined,
		readFile: async () => undefined,
	};
}

async function facts(text: string, fs: WorkspaceFs, options: AnalysisOptions = {}): Promise<WorkspaceFacts> {
	return { ...(await gatherWorkspace(workspaceRequests(analyze(text, options)), fs)), fileName: 'Kraftfile' };
}

function missing(text: string, workspace: WorkspaceFacts | undefined, options: AnalysisOptions = {}): string[] {
	return analyze(text, { ...options, ...(workspace ? { workspace } : {}) })
		.diagnostics.filter((d) => d.code === 'missing-path')
		.map((d) => `${d.severity} ${text.slice(d.span.start, d.span.end)}`);
}

const statsOf = (text: string, options: AnalysisOptions = {}) =>
	workspaceRequests(analyze(text, options))
		.filter((r) => !(KRAFTFILE_NAMES as readonly string[]).includes(r.path))
		.map((r) => `${r.kind} ${r.path}`);

test('the rule asks to stat the rootfs, normalised; nothing with pathChecks false', () => {
	assert.deepEqual(statsOf(RUNTIME), ['stat rootfs', 'stat ../rootfs']);
	assert.deepEqual(statsOf(RUNTIME.replace('./rootfs', './files//./Dockerfile')), ['stat files/Dockerfile', 'stat ../files/Dockerfile']);
	assert.deepEqual(statsOf(RUNTIME, { pathChecks: false }), []);
	// The other workspace check stays on: pathChecks is not --no-workspace.
	assert.deepEqual(
		workspaceRequests(analyze(RUNTIME, { pathChecks: false })).map((r) => r.path),
		[...KRAFTFILE_NAMES],
	);
});

test('a missing rootfs: a warning on its value, naming the path and what kraft does', async () => {
	const workspace = await facts(RUNTIME, fakeFs({}));
	const d = analyze(RUNTIME, { workspace }).diagnostics.filter((x) => x.code === 'missing-path');
	assert.equal(d.length, 1);
	assert.equal(d[0]!.severity, 'warning');
	assert.equal(RUNTIME.slice(d[0]!.span.start, d[0]!.span.end), './rootfs');
	assert.match(d[0]!.message, /^Nothing is at `rootfs` in this Kraftfile's folder/);
	assert.match(d[0]!.message, /OCI image/);
	assert.deepEqual(d[0]!.data, { kind: 'missing-path', role: 'rootfs', path: 'rootfs' });
});

test('there as a file or a folder (or anything else): nothing said', async () => {
	for (const type of ['file', 'directory', 'other'] as const) {
		assert.deepEqual(missing(RUNTIME, await facts(RUNTIME, fakeFs({ rootfs: type }))), [], type);
	}
});

test('no answer, a failed stat, no facts, or path checks off: nothing said', async () => {
	assert.deepEqual(missing(RUNTIME, undefined), []);
	assert.deepEqual(missing(RUNTIME, await facts(RUNTIME, fakeFs({}, ['rootfs']))), [], 'the host could not tell');
	assert.deepEqual(missing(RUNTIME, { answers: new Map() }), [], 'not asked');
	const gathered = await facts(RUNTIME, fakeFs({}));
	assert.deepEqual(missing(RUNTIME, gathered, { pathChecks: false }), [], 'facts gathered before, checks turned off since');
});

test('quoted, CRLF, via an alias: the span is the path as written', async () => {
	const quoted = RUNTIME.replace('./rootfs', '"./rootfs"').replace(/\n/g, '\r\n');
	assert.deepEqual(missing(quoted, await facts(quoted, fakeFs({}))), ['warning ./rootfs']);
	const escaped = RUNTIME.replace('./rootfs', '"./root\\x66s"');
	assert.deepEqual(missing(escaped, await facts(escaped, fakeFs({}))), ['warning "./root\\x66s"'], 'an escaped value: the whole scalar');
	const alias = 'spec: v0.6\nx-dir: &dir ./rootfs\nname: app\nruntime: base:latest\nrootfs: *dir\n';
	const found = missing(alias, await facts(alias, fakeFs({})));
	assert.equal(found.length, 1);
});

test('kraft-created paths, images, volumes, absolute and outside paths are not even asked about', () => {
	const text = [
		'spec: v0.7',
		'runtime: base:latest',
		'rootfs: .unikraft/build/initramfs-x86_64.cpio',
		'roms:',
		'  - unikraft.org/data:latest',
		'  - /abs/rom.erofs',
		'  - ../up/rom.erofs',
		'  - source:',
		'      path: ./img',
		'      type: oci',
		'volumes:',
		'  - ./html:/www',
		'  - source: ./data',
		'unikraft:',
		'  source: ./unikraft',
		'',
	].join('\n');
	assert.deepEqual(statsOf(text), []);
});

test('odd shapes never throw and ask nothing: rootfs a number, a list, empty; roms a map; a broken document', () => {
	for (const text of ['rootfs: 12\n', 'rootfs: [a, b]\n', 'rootfs:\n', 'roms: {a: b}\n', 'rootfs: {source: {path: [x]}}\n', 'rootfs: "\n', '- rootfs: ./x\n', '']) {
		assert.deepEqual(statsOf(text), [], JSON.stringify(text));
	}
});

async function cli(argv: string[]): Promise<{ code: number; out: string[] }> {
	const out: string[] = [];
	const code = await main(argv, (s) => out.push(s), () => undefined);
	return { code, out };
}

test('CLI: missing-path by default; --no-path-checks turns it off and keeps multiple-kraftfiles; --no-workspace turns both off', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'kraftfile-paths-'));
	writeFileSync(join(dir, 'Kraftfile'), RUNTIME);
	writeFileSync(join(dir, 'kraft.yaml'), RUNTIME);
	const file = join(dir, 'Kraftfile');
	const codes = (out: string[]) => out.map((l) => / (error|warning|information) ([a-z-]+):/.exec(l)?.slice(1).join(' ')).filter((x) => x && !x.startsWith('information'));
	const all = await cli([file]);
	assert.deepEqual(codes(all.out), ['error multiple-kraftfiles', 'warning missing-path']);
	assert.match(all.out.find((l) => l.includes('missing-path'))!, /Kraftfile:4:9: warning missing-path: Nothing is at `rootfs`/);
	assert.deepEqual(codes((await cli(['--no-path-checks', file])).out), ['error multiple-kraftfiles']);
	assert.deepEqual(codes((await cli(['--no-workspace', file])).out), []);
	writeFileSync(join(dir, 'rootfs'), '');
	assert.deepEqual(codes((await cli([file])).out), ['error multiple-kraftfiles'], 'there now');
	const help = (await cli(['--help'])).out[0]!;
	assert.match(help, /--no-path-checks {9}do not check that the files a Kraftfile names/);
});

test('there one folder up (kraft run with -K from there, as the catalog tests do): information, not a warning', async () => {
	const text = RUNTIME.replace('./rootfs', './Dockerfile');
	const above = await facts(text, fakeFs({ '../Dockerfile': 'file' }));
	assert.deepEqual(missing(text, above), ['information ./Dockerfile']);
	const d = analyze(text, { workspace: above }).diagnostics.find((x) => x.code === 'missing-path')!;
	assert.match(d.message, /one above it: `kraft` finds it when run from there \(`kraft build -K <this folder>\/Kraftfile`/);
	assert.deepEqual(d.data, { kind: 'missing-path', role: 'rootfs', path: 'Dockerfile', above: true }); // a rootfs that is a Dockerfile
	// Nowhere: the warning; only one level up is asked, and nothing is listed or read there.
	assert.deepEqual(missing(text, await facts(text, fakeFs({ '../../Dockerfile': 'file' }))), ['warning ./Dockerfile']);
	assert.deepEqual(workspaceRequests(analyze(text)).filter((r) => r.path.startsWith('..')).map((r) => r.kind), ['stat']);
});

test('the Node adapter stats one folder up, and refuses to list or read there', async () => {
	const { nodeWorkspaceFs } = await import('../../src/node/workspace-fs');
	const root = mkdtempSync(join(tmpdir(), 'kraftfile-above-'));
	const { mkdirSync } = await import('node:fs');
	mkdirSync(join(root, 'app'));
	writeFileSync(join(root, 'Dockerfile'), 'FROM scratch\n');
	const fs = nodeWorkspaceFs(join(root, 'app'));
	assert.equal((await fs.stat('../Dockerfile'))?.type, 'file');
	assert.equal(await fs.stat('../nothing'), undefined);
	await assert.rejects(fs.readFile('../Dockerfile', 10), /not a workspace path/);
	await assert.rejects(fs.readDirectory('..'), /not a workspace path/);
	await assert.rejects(fs.stat('../../Dockerfile'), /not a workspace path/);
});
