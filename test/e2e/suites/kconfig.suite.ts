// SPDX-License-Identifier: Apache-2.0
// Kconfig options checked against the sources kraft fetched for the project: main/kconfig
// has kraft's layout (.unikraft/unikraft at v0.17.0, .unikraft/libs/musl, the app's
// Config.uk), assembled at each run from ../shared/sources (scripts/e2e/kconfig-workspace.mjs)
// and read through vscode.workspace.fs. A typo is a warning with its did-you-mean fix, a
// renamed option a warning with its rename fix; the app's own option is known.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, test } from './framework';
import { closeTabsOf, codeOf, fixture, renderAll, waitForDiagnostics } from './helpers';

const KCONFIG_CODES = ['unknown-kconfig-option', 'renamed-kconfig-option', 'invalid-kconfig-value', 'kconfig-value-overridden'];
const ours = (d: readonly vscode.Diagnostic[]) => d.filter((x) => KCONFIG_CODES.includes(codeOf(x)));
/**
 * Both warnings: before the sources are read (in rounds, each file naming what it sources),
 * the bundled index speaks, and of the typo only as information; the warning proves them read.
 */
const bothWarnings = (d: readonly vscode.Diagnostic[]) => ours(d).filter((x) => x.severity === vscode.DiagnosticSeverity.Warning).length === 2;
const EXPECTED = ['8:4-8:29 warning unknown-kconfig-option "CONFIG_LIBUKDEBUG_PRINTKK"', '9:4-9:22 warning renamed-kconfig-option "CONFIG_LIBUKSWRAND"'];

async function codeActions(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
	return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range)) ?? [];
}

suite('kconfig', () => {
	test('the fetched sources: a typo and a renamed option are warnings; the app and library options are known', async () => {
		const uri = fixture('main/kconfig/Kraftfile');
		const waiting = waitForDiagnostics(uri, bothWarnings, 'the two kconfig warnings', 30_000);
		const document = await vscode.workspace.openTextDocument(uri);
		try {
			const diagnostics = ours(await waiting);
			assert.deepEqual(renderAll(diagnostics, document), EXPECTED);
			assert.match(diagnostics[0]!.message, /sources kraft fetched for this project \(Unikraft 0\.17\.0/);
			assert.match(diagnostics[0]!.message, /Did you mean `CONFIG_LIBUKDEBUG_PRINTK`/);
		} finally {
			await closeTabsOf(uri);
		}
	});

	test('the typo fix writes the option meant, the rename fix the new name; both warnings go', async () => {
		const uri = fixture('main/kconfig/Kraftfile');
		const waiting = waitForDiagnostics(uri, bothWarnings, 'the two kconfig warnings', 30_000);
		const document = await vscode.workspace.openTextDocument(uri);
		const original = document.getText();
		try {
			const [typo, renamed] = ours(await waiting);
			const typoFix = (await codeActions(uri, typo!.range)).find((a) => a.title === 'Change to `CONFIG_LIBUKDEBUG_PRINTK`');
			assert.ok(typoFix, 'no “Change to `CONFIG_LIBUKDEBUG_PRINTK`”');
			const oneLeft = waitForDiagnostics(uri, (d) => ours(d).length === 1, 'one kconfig warning after the typo fix');
			assert.equal(await vscode.workspace.applyEdit(typoFix.edit!), true);
			assert.match(document.getText(), /^ {4}CONFIG_LIBUKDEBUG_PRINTK: 'y'$/m);
			assert.deepEqual(renderAll(ours(await oneLeft), document), [EXPECTED[1]]);
			const renameFix = (await codeActions(uri, renamed!.range)).find((a) => a.title === 'Rename to `CONFIG_LIBUKRANDOM`');
			assert.ok(renameFix, 'no “Rename to `CONFIG_LIBUKRANDOM`”');
			assert.equal(renameFix.isPreferred, true);
			const none = waitForDiagnostics(uri, (d) => ours(d).length === 0, 'no kconfig warning after the rename fix');
			assert.equal(await vscode.workspace.applyEdit(renameFix.edit!), true);
			assert.match(document.getText(), /^ {4}CONFIG_LIBUKRANDOM: 'y'$/m);
			await none;
		} finally {
			// Back as it was on disk, unsaved changes dropped.
			const edit = new vscode.WorkspaceEdit();
			edit.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
			await vscode.workspace.applyEdit(edit);
			await document.save();
			await closeTabsOf(uri);
		}
	});
});
