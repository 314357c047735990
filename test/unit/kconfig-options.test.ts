// SPDX-License-Identifier: Apache-2.0
// kconfig-options with the sources kraft fetched into the project (a folder assembled at
// test time from ../shared/sources), and the fixes of its codes applied.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze, applyEdits, fixesFor, gatherSettled, kconfigFacts, loadKconfigIndex, type AnalysisOptions, type Diagnostic, type WorkspaceFacts } from '../../src/core';
import { nodeWorkspaceFs } from '../../src/node/workspace-fs';
import { kraftWorkspace } from './support/kraft-workspace';
import { ROOT } from './support/paths';

const index = loadKconfigIndex(() => readFileSync(join(ROOT, 'src', 'data', 'kconfig-index.json'), 'utf8'))!;
const base: AnalysisOptions = { kconfigIndex: () => index };

async function withWorkspace(dir: string, text: string): Promise<AnalysisOptions> {
	const facts = await gatherSettled((f) => analyze(text, f ? { ...base, workspace: { ...f, fileName: 'Kraftfile' } } : base), nodeWorkspaceFs(dir));
	return { ...base, workspace: { ...(facts as WorkspaceFacts), fileName: 'Kraftfile' } };
}

const ours = (ds: readonly Diagnostic[]) => ds.filter((d) => ['unknown-kconfig-option', 'renamed-kconfig-option', 'invalid-kconfig-value', 'kconfig-value-overridden'].includes(d.code));
const at = (text: string, d: Diagnostic) => text.slice(d.span.start, d.span.end);

const KRAFTFILE = `spec: v0.6
name: app
unikraft:
  version: v0.17.0
  kconfig:
    CONFIG_LIBUKDEBUG_PRINTKK: 'y'
    CONFIG_LIBUKSWRAND: 'y'
    CONFIG_APPTEST: 'y'
    CONFIG_LIBNGINX_WORKERS: 2
libraries:
  musl:
    version: stable
    kconfig:
      - CONFIG_LIBMUSL=y
      - CONFIG_LIBMUSL_COMPLEX=true
targets:
  - qemu/x86_64
`;

test('certain workspace sources: unknown names are warnings with did-you-mean, the app and library options are known', async () => {
	const dir = kraftWorkspace({ core: 'RELEASE-0.17.0', libraries: ['musl'], kraftfile: KRAFTFILE, appConfig: 'config APPTEST\n\tbool "Test app option"\n' });
	try {
		const options = await withWorkspace(dir, KRAFTFILE);
		const a = analyze(KRAFTFILE, options);
		const facts = kconfigFacts(a);
		assert.equal(facts.workspaceCertain, true, facts.workspaceNote);
		assert.deepEqual(facts.workspace!.trees[0]!.problems, [], 'the tree reads without problems');
		const ds = ours(a.diagnostics);
		assert.deepEqual(
			ds.map((d) => `${d.severity} ${d.code} ${at(KRAFTFILE, d)}`),
			[
				'warning unknown-kconfig-option CONFIG_LIBUKDEBUG_PRINTKK',
				'warning renamed-kconfig-option CONFIG_LIBUKSWRAND',
				// Every library the Kraftfile names is there: a name none defines is unknown.
				'warning unknown-kconfig-option CONFIG_LIBNGINX_WORKERS',
				// The library's own type, from its fetched Config.uk.
				'warning invalid-kconfig-value CONFIG_LIBMUSL_COMPLEX=true',
			],
			ds.map((d) => d.message).join('\n'),
		);
		assert.match(ds[0]!.message, /Unikraft 0\.17\.0/);
		// Did-you-mean, one candidate: preferred.
		const typo = fixesFor(a, ds[0]!).fixes;
		assert.equal(typo[0]!.title, 'Change to `CONFIG_LIBUKDEBUG_PRINTK`');
		assert.equal(typo[0]!.preferred, typo.length === 1);
		let fixed = applyEdits(KRAFTFILE, typo[0]!.edits);
		assert.match(fixed, /^ {4}CONFIG_LIBUKDEBUG_PRINTK: 'y'$/m);
		// The rename: preferred, and its diagnostic goes.
		const rename = fixesFor(a, ds[1]!).fixes;
		assert.equal(rename[0]!.preferred, true);
		fixed = applyEdits(KRAFTFILE, [...typo[0]!.edits, ...rename[0]!.edits]);
		assert.match(fixed, /^ {4}CONFIG_LIBUKRANDOM: 'y'$/m);
		const left = ours(analyze(fixed, options).diagnostics).map((d) => at(fixed, d));
		assert.deepEqual(left, ['CONFIG_LIBNGINX_WORKERS', 'CONFIG_LIBMUSL_COMPLEX=true'], 'both fixed names are known');
		// The value, in the list form: the whole item rewritten.
		const value = fixesFor(a, ds[3]!).fixes;
		assert.equal(value[0]!.preferred, true);
		fixed = applyEdits(KRAFTFILE, value[0]!.edits);
		assert.match(fixed, /^ {6}- CONFIG_LIBMUSL_COMPLEX=y$/m);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('sources of another release: no unknown-name warning from them, the index speaks as for no workspace', async () => {
	const text = KRAFTFILE.replace('v0.17.0', 'v0.16.3');
	const dir = kraftWorkspace({ core: 'RELEASE-0.17.0', libraries: ['musl'], kraftfile: text });
	try {
		const a = analyze(text, await withWorkspace(dir, text));
		const ds = ours(a.diagnostics);
		assert.ok(!ds.some((d) => d.severity === 'warning' && d.code === 'unknown-kconfig-option'), ds.map((d) => d.message).join('\n'));
		// v0.16.3 still has LIBUKSWRAND.
		assert.ok(!ds.some((d) => d.code === 'renamed-kconfig-option'));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('a rename for a release not known is information; for an older release nothing', () => {
	const src = (v: string) => `spec: v0.6\nname: app\nunikraft:\n  version: ${v}\n  kconfig:\n    - CONFIG_LIBUKSWRAND=y\ntargets:\n  - qemu/x86_64\n`;
	const sev = (v: string) => ours(analyze(src(v), base).diagnostics).map((d) => `${d.severity} ${d.code}`);
	assert.deepEqual(sev('v0.17.0'), ['warning renamed-kconfig-option']);
	assert.deepEqual(sev('0.16'), []);
	assert.deepEqual(sev('my-branch'), ['information renamed-kconfig-option']);
	const a = analyze(src('v0.17.0'), base);
	const fix = fixesFor(a, ours(a.diagnostics)[0]!).fixes[0]!;
	assert.equal(applyEdits(src('v0.17.0'), fix.edits), src('v0.17.0').replace('CONFIG_LIBUKSWRAND=y', 'CONFIG_LIBUKRANDOM=y'));
});

test('without the index and the workspace, nothing is said', () => {
	assert.deepEqual(ours(analyze(KRAFTFILE, {}).diagnostics), []);
});

test('a chain of selects is named in the message', () => {
	// LIBUKSCHED selects LIBUKALLOC? Whatever the chain, it starts at what the file sets and ends at LIBUKDEBUG.
	const text = "spec: v0.6\nname: app\nunikraft:\n  version: v0.17.0\n  kconfig:\n    CONFIG_LIBPOSIX_SOCKET: 'y'\n    CONFIG_LIBUKDEBUG: 'n'\ntargets:\n  - qemu/x86_64\n";
	const ds = ours(analyze(text, base).diagnostics);
	assert.equal(ds.length, 1, ds.map((d) => d.message).join('\n'));
	assert.equal(ds[0]!.code, 'kconfig-value-overridden');
	assert.equal(ds[0]!.data?.kind, 'kconfig-overridden');
	const chain = (ds[0]!.data as { readonly chain: readonly string[] }).chain;
	assert.equal(chain[0], 'LIBPOSIX_SOCKET');
	assert.equal(chain[chain.length - 1], 'LIBUKDEBUG');
	assert.match(ds[0]!.message, /`LIBPOSIX_SOCKET` selects/);
});
