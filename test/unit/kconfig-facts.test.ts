// SPDX-License-Identifier: Apache-2.0
// The knowledge layer (src/core/kconfig-facts.ts): the sources kraft fetched into a project,
// read through the workspace interface from a folder assembled at test time out of
// ../shared/sources, and the bundled index; which answers, and how certain.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze, gatherSettled, kconfigFacts, loadKconfigIndex, versionOf, workspaceKconfig, workspaceRequests, type AnalysisOptions, type WorkspaceFacts } from '../../src/core';
import { nodeWorkspaceFs } from '../../src/node/workspace-fs';
import { kraftWorkspace } from './support/kraft-workspace';
import { ROOT } from './support/paths';

const index = loadKconfigIndex(() => readFileSync(join(ROOT, 'src', 'data', 'kconfig-index.json'), 'utf8'))!;
const withIndex: AnalysisOptions = { kconfigIndex: () => index };

const kraftfile = (release: string, kconfig = "    CONFIG_LIBUKDEBUG: 'y'\n") => `spec: v0.6\nname: app\nunikraft:\n  version: ${release}\n  kconfig:\n${kconfig}libraries:\n  musl: stable\ntargets:\n  - qemu/x86_64\n`;

async function factsOf(dir: string, text: string, options: AnalysisOptions = withIndex): Promise<WorkspaceFacts | undefined> {
	const facts = await gatherSettled((f) => analyze(text, f ? { ...options, workspace: { ...f, fileName: 'Kraftfile' } } : options), nodeWorkspaceFs(dir));
	return facts && { ...facts, fileName: 'Kraftfile' };
}

test('version.mk gives the core version', () => {
	assert.equal(versionOf('UK_VERSION = 0\nUK_SUBVERSION = 17\nUK_EXTRAVERSION = 0\n'), '0.17.0');
	assert.equal(versionOf('UK_VERSION = 0\nUK_SUBVERSION = 16\n'), '0.16');
	assert.equal(versionOf('nothing here'), undefined);
});

test('the workspace sources of the release asked for are read whole and are certain, help included', async () => {
	const text = kraftfile('v0.17.0');
	const dir = kraftWorkspace({ core: 'RELEASE-0.17.0', libraries: ['musl'], kraftfile: text, appConfig: 'config APPTEST\n\tbool "Test app option"\n\tselect LIBUKDEBUG\n\thelp\n\t  Written for this test.\n' });
	try {
		const workspace = await factsOf(dir, text);
		const analysis = analyze(text, { ...withIndex, workspace });
		assert.deepEqual(unansweredOf(analysis, workspace), [], 'nothing left to ask');
		const facts = kconfigFacts(analysis);
		assert.equal(facts.workspace?.version, '0.17.0');
		assert.equal(facts.workspace?.complete, true);
		assert.equal(facts.workspaceCertain, true, facts.workspaceNote);
		const debug = facts.lookup('CONFIG_LIBUKDEBUG')!;
		assert.equal(debug.source.kind, 'workspace');
		assert.equal(debug.source.certain, true);
		assert.equal(debug.definitions[0]!.file, '.unikraft/unikraft/lib/ukdebug/Config.uk');
		assert.equal(debug.definitions[0]!.help, undefined, 'LIBUKDEBUG has no help in 0.17.0');
		assert.equal(facts.lookup('LIBUKDEBUG_PRINTK')!.definitions[0]!.help, 'Enables kernel message console.', 'help text from the workspace');
		const level = facts.lookup('LIBUKDEBUG_PRINTK_ERR')!.definitions[0]!;
		assert.equal(level.choice?.prompt, 'Kernel message level');
		assert.ok(level.choice.members.includes('LIBUKDEBUG_PRINTK_INFO'));
		assert.ok(level.dependsOn?.includes('LIBUKDEBUG_PRINTK'), level.dependsOn);
		assert.ok(debug.definitions[0]!.selectedBy.some((s) => s.value === 'APPTEST'), 'the app Config.uk is read as part of the tree');
		assert.equal(facts.lookup('APPTEST')!.definitions[0]!.file, 'Config.uk');
		assert.equal(facts.lookup('LIBMUSL')!.definitions[0]!.file, '.unikraft/libs/musl/Config.uk');
		// Renamed away in 0.17.0: not in the workspace; the index knows it from older revisions, not certainly for this one.
		const old = facts.lookup('CONFIG_LIBUKSWRAND')!;
		assert.equal(old.source.kind, 'index');
		assert.equal(old.source.certain, false);
		assert.ok(old.source.revisions.includes('unikraft@RELEASE-0.16.3'));
		assert.ok(!old.source.revisions.includes('unikraft@RELEASE-0.17.0'));
		assert.equal(old.definitions[0]!.help, undefined, 'no help from the index');
		assert.ok(facts.names().includes('LIBMUSL') && facts.names().includes('APPTEST') && !facts.names().includes('LIBUKSWRAND'));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

function unansweredOf(analysis: ReturnType<typeof analyze>, facts: WorkspaceFacts | undefined) {
	return workspaceRequests(analysis).filter((r) => !facts?.answers.has(`${r.kind}:${r.path}`));
}

test('workspace sources of another release than the Kraftfile asks for are used, said to be that version and not certain', async () => {
	const text = kraftfile('v0.16.3');
	const dir = kraftWorkspace({ core: 'RELEASE-0.17.0', libraries: ['musl'], kraftfile: text });
	try {
		const workspace = await factsOf(dir, text);
		const facts = kconfigFacts(analyze(text, { ...withIndex, workspace }));
		assert.equal(facts.workspaceCertain, false);
		assert.match(facts.workspaceNote!, /0\.17\.0/);
		assert.match(facts.workspaceNote!, /v0\.16\.3/);
		const l = facts.lookup('LIBUKDEBUG')!;
		assert.equal(l.source.kind, 'workspace');
		assert.equal(l.source.certain, false);
		assert.deepEqual(l.source.revisions, ['0.17.0']);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('a library the Kraftfile names but kraft has not fetched makes the workspace uncertain', async () => {
	const text = kraftfile('v0.17.0');
	const dir = kraftWorkspace({ core: 'RELEASE-0.17.0', kraftfile: text });
	try {
		const facts = kconfigFacts(analyze(text, { ...withIndex, workspace: await factsOf(dir, text) }));
		assert.equal(facts.workspaceCertain, false);
		assert.match(facts.workspaceNote!, /musl/);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('without workspace sources the index answers: certain for a release it has, with the revisions', () => {
	const facts = kconfigFacts(analyze(kraftfile('v0.16.3'), withIndex));
	assert.equal(facts.workspace, undefined);
	assert.equal(facts.releaseCovered, true);
	assert.deepEqual(facts.releaseTrees, ['unikraft@RELEASE-0.16.3']);
	const l = facts.lookup('CONFIG_LIBUKSWRAND')!;
	assert.equal(l.source.kind, 'index');
	assert.equal(l.source.certain, true);
	assert.equal(l.definitions[0]!.file, 'lib/ukswrand/Config.uk');
	assert.equal(l.definitions[0]!.type, 'bool');
	assert.ok(l.definitions[0]!.selectedBy.some((s) => s.value === 'LIBUKSP_VALUE_RANDOM'));
	assert.ok(facts.names().includes('LIBUKSWRAND') && !facts.names().includes('LIBUKRANDOM'));
	// `stable`: newer than the index; its newest trees are the guess, never certain.
	const stable = kconfigFacts(analyze(kraftfile('stable'), withIndex));
	assert.equal(stable.releaseCovered, false);
	assert.equal(stable.lookup('LIBUKRANDOM')!.source.certain, false);
});

test('the index is read only when asked, and not at all for a Kraftfile without kconfig', () => {
	let reads = 0;
	const counting: AnalysisOptions = { kconfigIndex: () => (reads++, index) };
	const plain = analyze('spec: v0.6\nname: app\nunikraft: v0.17.0\ntargets:\n  - qemu/x86_64\n', counting);
	assert.deepEqual(workspaceRequests(plain).filter((r) => r.kind !== 'stat'), [], 'no Kconfig sources asked for');
	assert.equal(reads, 0);
	const a = analyze(kraftfile('v0.17.0'), counting);
	kconfigFacts(a).lookup('LIBUKDEBUG');
	kconfigFacts(a).lookup('LIBUKDEBUG');
	assert.ok(reads <= 1);
	// A loader that throws is no index.
	const broken = kconfigFacts(analyze(kraftfile('v0.17.0'), { kconfigIndex: () => { throw new Error('no'); } }));
	assert.equal(broken.index, undefined);
	assert.equal(broken.lookup('LIBUKDEBUG'), undefined);
});

test('the first round asks for the layout only, and a Kraftfile without kconfig asks nothing', () => {
	const first = workspaceRequests(analyze(kraftfile('v0.17.0'), {}));
	const paths = first.map((r) => `${r.kind}:${r.path}`);
	assert.ok(paths.includes('list:.unikraft/unikraft'), paths.join(' '));
	assert.ok(paths.includes('list:.unikraft/libs/musl'), paths.join(' '));
	assert.ok(paths.includes('list:.'), paths.join(' '));
});

test('the same facts give the same tree object; facts gathered again with the same content reuse it', async () => {
	const text = kraftfile('v0.17.0');
	const dir = kraftWorkspace({ core: 'RELEASE-0.17.0', libraries: ['musl'], kraftfile: text });
	try {
		const a = await factsOf(dir, text);
		const b = await factsOf(dir, text);
		assert.notEqual(a!.answers, b!.answers);
		assert.equal(workspaceKconfig(a, ['musl']), workspaceKconfig(a, ['musl']));
		assert.equal(workspaceKconfig(a, ['musl']).trees[0], workspaceKconfig(b, ['musl']).trees[0]);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
