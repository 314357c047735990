// SPDX-License-Identifier: Apache-2.0
// A multi-root workspace (folders `main`, `pinned`, `hints`) and the settings: per folder
// (`pinned` checks against v0.16.3, `hints` turns the host hints on), and changed while the
// documents are open.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, test } from './framework';
import { codeOf, fixture, openWithDiagnostics, renderAll, waitForDiagnostics } from './helpers';

const SETTING = 'unikraftRelease';
const REMOVED = '5:4-5:10 error platform-removed "linuxu"';
/** What v0.16.3 says about a `linuxu` target: it builds, but is meant for debugging only. */
const DEBUG_ONLY = '5:4-5:10 information linuxu-debug-only "linuxu"';

suite('workspace', () => {
	test('both folders of the multi-root workspace are open', () => {
		assert.deepEqual(
			(vscode.workspace.workspaceFolders ?? []).map((f) => f.name),
			['main', 'pinned', 'hints'],
		);
	});

	test('a folder setting applies to the files of that folder only', async () => {
		const pinned = fixture('pinned/Kraftfile');
		assert.equal(vscode.workspace.getConfiguration('kraftfile', pinned).get(SETTING), 'v0.16.3');
		const { document, diagnostics } = await openWithDiagnostics(pinned);
		// `linuxu` builds in v0.16.3 (for debugging); the alias is reported in every release.
		assert.deepEqual(renderAll(diagnostics, document), ['4:4-4:10 information linuxu-debug-only "linuxu"', '5:4-5:7 information platform-alias "kvm"']);

		const latest = await openWithDiagnostics(fixture('main/names/kraft-yml/kraft.yml'));
		assert.deepEqual(renderAll(latest.diagnostics, latest.document), [REMOVED]);
	});

	test('a folder that turns kraftfile.hostHints on gets them', async () => {
		// Xen and Unikraft Cloud targets run on no local machine, so these hints hold on any host.
		const uri = fixture('hints/Kraftfile');
		assert.equal(vscode.workspace.getConfiguration('kraftfile', uri).get('hostHints'), true);
		const { document, diagnostics } = await openWithDiagnostics(uri);
		assert.deepEqual(renderAll(diagnostics, document), ['4:4-4:14 information not-runnable-here "xen/x86_64"', '5:14-5:24 information not-runnable-here "kraftcloud"']);
	});

	test('changing kraftfile.unikraftRelease re-checks open files without a reload', async () => {
		const uri = fixture('main/names/kraft-yml/kraft.yml');
		const config = () => vscode.workspace.getConfiguration('kraftfile', uri);
		const { document, diagnostics } = await openWithDiagnostics(uri);
		assert.deepEqual(renderAll(diagnostics, document), [REMOVED]);
		try {
			const gone = waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'platform-removed'), 'no platform-removed after the setting changed to v0.16.3');
			await config().update(SETTING, 'v0.16.3', vscode.ConfigurationTarget.Global);
			assert.deepEqual(renderAll(await gone, document), [DEBUG_ONLY]);
		} finally {
			const back = waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'platform-removed'), 'platform-removed after the setting was reset');
			await config().update(SETTING, undefined, vscode.ConfigurationTarget.Global);
			assert.deepEqual(renderAll(await back, document), [REMOVED]);
		}
	});
});
