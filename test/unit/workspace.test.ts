// SPDX-License-Identifier: Apache-2.0
// The core's side of the workspace: what it asks for, how the answers are gathered
// through a host's WorkspaceFs (here an in-memory fake), and the first rule that reads
// them, multiple-kraftfiles.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, gatherWorkspace, statAt, unanswered, workspacePath, workspaceRequests, WORKSPACE_LIMITS, type EntryStat, type WorkspaceFacts, type WorkspaceFs, type WorkspaceRequest } from '../../src/core';
import { KRAFTFILE_NAMES } from '../../src/data/kraftfile-names';

const KRAFTFILE = 'spec: v0.6\nname: app\ntargets:\n  - qemu/x86_64\n';

/** An in-memory folder: paths to contents (a string is a file, `null` a folder); records every call. */
function fakeFs(tree: Record<string, string | null>, fail: readonly string[] = []): WorkspaceFs & { calls: string[] } {
	const calls: string[] = [];
	const entry = (path: string): EntryStat | undefined => {
		if (path === '.') return { type: 'directory', size: 0 };
		const v = tree[path];
		return v === undefined ? undefined : v === null ? { type: 'directory', size: 0 } : { type: 'file', size: v.length };
	};
	return {
		calls,
		async stat(path) {
			calls.push(`stat ${path}`);
			if (fail.includes(path)) throw new Error(`EACCES: ${path}`);
			return entry(path);
		},
		async readDirectory(path) {
			calls.push(`list ${path}`);
			if (fail.includes(path)) throw new Error(`EACCES: ${path}`);
			if (entry(path)?.type !== 'directory') return undefined;
			const prefix = path === '.' ? '' : `${path}/`;
			return Object.keys(tree)
				.filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
				.map((p) => [p.slice(prefix.length), tree[p] === null ? 'directory' : 'file'] as const);
		},
		async readFile(path, maxBytes) {
			calls.push(`read ${path} ${maxBytes}`);
			const v = tree[path];
			return typeof v === 'string' ? new TextEncoder().encode(v).slice(0, maxBytes) : undefined;
		},
	};
}

async function factsFor(tree: Record<string, string | null>, fileName: string | undefined, fail: readonly string[] = []): Promise<WorkspaceFacts> {
	const facts = await gatherWorkspace(workspaceRequests(analyze(tree[fileName ?? 'Kraftfile'] ?? KRAFTFILE)), fakeFs(tree, fail));
	return fileName === undefined ? facts : { ...facts, fileName };
}

function codes(text: string, workspace?: WorkspaceFacts): string[] {
	return analyze(text, workspace ? { workspace } : {}).diagnostics.map((d) => `${d.code} ${d.severity} ${d.span.start}-${d.span.end}`);
}

test('the core asks to stat each name kraft looks for, in kraft order; nothing for a file it does not check', () => {
	assert.deepEqual(workspaceRequests(analyze(KRAFTFILE)), KRAFTFILE_NAMES.map((path) => ({ kind: 'stat', path })));
	assert.deepEqual(KRAFTFILE_NAMES, ['kraft.yaml', 'kraft.yml', 'Kraftfile.yml', 'Kraftfile.yaml', 'Kraftfile']);
	assert.deepEqual(workspaceRequests(analyze('\u0000\u0001binary')), []);
});

test('two Kraftfile names in one folder: an error on the spec key that names the other file and -K', async () => {
	const text = `# a comment\n${KRAFTFILE}`;
	const facts = await factsFor({ Kraftfile: text, 'kraft.yaml': KRAFTFILE }, 'Kraftfile');
	const d = analyze(text, { workspace: facts }).diagnostics.filter((x) => x.code === 'multiple-kraftfiles');
	assert.equal(d.length, 1);
	assert.equal(d[0]!.severity, 'error');
	assert.deepEqual(d[0]!.span, { start: 12, end: 16 }, 'on `spec`');
	assert.match(d[0]!.message, /^This folder also has `kraft\.yaml`: /);
	assert.match(d[0]!.message, /found multiple config files with supported names/);
	assert.match(d[0]!.message, /`kraft build -K Kraftfile`/);
	// The other file gets it too, naming this one.
	const other = analyze(KRAFTFILE, { workspace: { ...facts, fileName: 'kraft.yaml' } }).diagnostics.find((x) => x.code === 'multiple-kraftfiles');
	assert.match(other!.message, /^This folder also has `Kraftfile`: /);
	assert.match(other!.message, /-K kraft\.yaml/);
});

test('three names: all others named; a folder by a Kraftfile name counts (kraft only stats it)', async () => {
	const facts = await factsFor({ Kraftfile: KRAFTFILE, 'kraft.yml': KRAFTFILE, 'Kraftfile.yaml': null }, 'Kraftfile');
	const d = analyze(KRAFTFILE, { workspace: facts }).diagnostics.find((x) => x.code === 'multiple-kraftfiles');
	assert.match(d!.message, /^This folder also has `kraft\.yml` and `Kraftfile\.yaml`: /);
});

test('nothing without facts, with a single name, for a file by another name, or for an unnamed file', async () => {
	const alone = await factsFor({ Kraftfile: KRAFTFILE, 'other.yaml': KRAFTFILE, 'kraft.yaml.bak': KRAFTFILE }, 'Kraftfile');
	assert.deepEqual(codes(KRAFTFILE, alone), []);
	assert.deepEqual(codes(KRAFTFILE), []);
	const two = await factsFor({ Kraftfile: KRAFTFILE, 'kraft.yaml': KRAFTFILE }, undefined);
	assert.deepEqual(codes(KRAFTFILE, two), [], 'no fileName: untitled or standard input');
	assert.deepEqual(codes(KRAFTFILE, { ...two, fileName: 'other.yaml' }), [], 'kraft reads other.yaml only through -K');
	assert.deepEqual(codes(KRAFTFILE, { ...two, fileName: 'kraftfile' }), [], 'names are case-sensitive');
});

test('a stat that fails is unknown, and unknown does not count as there', async () => {
	const facts = await factsFor({ Kraftfile: KRAFTFILE, 'kraft.yaml': KRAFTFILE }, 'Kraftfile', ['kraft.yaml']);
	assert.equal(statAt(facts, 'kraft.yaml'), undefined);
	assert.equal(facts.answers.get('stat:kraft.yaml')?.kind, 'unknown');
	assert.match((facts.answers.get('stat:kraft.yaml') as { why: string }).why, /EACCES/);
	assert.deepEqual(statAt(facts, 'kraft.yml'), null, 'known not to be there');
	assert.deepEqual(codes(KRAFTFILE, facts), []);
});

test('an empty or non-map file still gets it, on its first line', async () => {
	const facts = await factsFor({ Kraftfile: '', 'kraft.yml': KRAFTFILE }, 'Kraftfile');
	assert.deepEqual(codes('', facts), ['multiple-kraftfiles error 0-0']);
	assert.deepEqual(codes('- a\n- b\n', facts), ['invalid-document error 0-3', 'multiple-kraftfiles error 0-3']);
});

test('gatherWorkspace never rejects: a host that throws synchronously, returns junk or nothing', async () => {
	const requests: WorkspaceRequest[] = [
		{ kind: 'stat', path: 'a' },
		{ kind: 'list', path: '.' },
		{ kind: 'read', path: 'b', maxBytes: 10 },
		{ kind: 'stat', path: '../../escape' },
		{ kind: 'list', path: '../up' },
		{ kind: 'stat', path: '/etc/passwd' },
	];
	const hostile: WorkspaceFs = {
		stat: () => {
			throw new Error('sync');
		},
		readDirectory: async () => 'not a list' as never,
		readFile: async () => [1, 2, 3] as never,
	};
	const facts = await gatherWorkspace(requests, hostile);
	assert.deepEqual(
		[...facts.answers.values()].map((a) => a.kind),
		['unknown', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown'],
	);
	// Two levels up, a list one level up and an absolute path are refused before the host is asked.
	const why = (kind: string, path: string) => facts.answers.get(`${kind}:${path}`);
	assert.match(JSON.stringify(why('stat', '../../escape')), /leaves the folder/);
	assert.match(JSON.stringify(why('list', '../up')), /leaves the folder/);
	assert.match(JSON.stringify(why('stat', '/etc/passwd')), /leaves the folder/);
});

test('gatherWorkspace: paths normalised, duplicates asked once, previous answers kept, bounds kept', async () => {
	const fs = fakeFs({ 'rootfs': null, 'a.txt': 'hello world', 'rootfs/x': 'x' });
	const first = await gatherWorkspace(
		[
			{ kind: 'stat', path: './rootfs/' },
			{ kind: 'stat', path: 'rootfs' },
			{ kind: 'read', path: 'a.txt', maxBytes: 5 },
			{ kind: 'list', path: 'rootfs' },
		],
		fs,
	);
	assert.deepEqual(fs.calls.sort(), ['list rootfs', 'read a.txt 6', 'stat rootfs']);
	assert.deepEqual(statAt(first, 'rootfs'), { type: 'directory', size: 0 });
	const read = first.answers.get('read:a.txt');
	assert.ok(read?.kind === 'read' && read.bytes);
	assert.equal(new TextDecoder().decode(read.bytes), 'hello');
	assert.equal(read.truncated, true);
	assert.deepEqual(first.answers.get('list:rootfs'), { kind: 'list', entries: [['x', 'file']] });

	fs.calls.length = 0;
	const second = await gatherWorkspace([{ kind: 'stat', path: 'rootfs' }, { kind: 'stat', path: 'missing' }], fs, first);
	assert.deepEqual(fs.calls, ['stat missing']);
	assert.equal(second.answers.size, 4);
	assert.deepEqual(unanswered([{ kind: 'stat', path: 'rootfs' }, { kind: 'stat', path: 'other' }], second), [{ kind: 'stat', path: 'other' }]);

	fs.calls.length = 0;
	const many = Array.from({ length: WORKSPACE_LIMITS.maxRequests + 5 }, (_, i): WorkspaceRequest => ({ kind: 'stat', path: `f${i}` }));
	const bounded = await gatherWorkspace(many, fs);
	assert.equal(fs.calls.length, WORKSPACE_LIMITS.maxRequests);
	assert.equal([...bounded.answers.values()].filter((a) => a.kind === 'unknown').length, 5);

	fs.calls.length = 0;
	const big = await gatherWorkspace(
		[
			{ kind: 'read', path: 'a.txt', maxBytes: WORKSPACE_LIMITS.maxBytes },
			{ kind: 'read', path: 'rootfs/x', maxBytes: 10 },
		],
		fs,
	);
	assert.equal(fs.calls.length, 1, 'the second read is past the byte budget');
	assert.equal(big.answers.get('read:rootfs/x')?.kind, 'unknown');
});

test('workspacePath keeps the core inside the folder', () => {
	assert.equal(workspacePath('./rootfs/'), 'rootfs');
	assert.equal(workspacePath('.unikraft//apps/./x'), '.unikraft/apps/x');
	assert.equal(workspacePath(''), '.');
	assert.equal(workspacePath('.'), '.');
	assert.equal(workspacePath('a\\b'), 'a/b');
	for (const bad of ['..', 'a/../b', '/etc', 'C:\\x', '\\\\server\\share', 'a\u0000b']) assert.equal(workspacePath(bad), undefined, bad);
});
