// SPDX-License-Identifier: Apache-2.0
// Code actions through VS Code's own command (`vscode.executeCodeActionProvider`): a quick
// fix applied (an architecture alias, a libraries list), “fix all” applied, fix-all on save
// written to disk, and the linuxu debugging action offered on a release that has linuxu and
// not on one that does not.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { suite, test } from './framework';
import { closeTabsOf, waitForAnyDiagnostics, waitForDiagnostics } from './helpers';
import { temporaryKraftfile, untitledKraftfile } from './scratch';

const FIX_ALL = 'source.fixAll.kraftfile';
const MANY = 'spec: v0.6\nname: app\ntargets:\n  - kvm/x86_64\n  - firecracker/amd64\n  - qemu/aarch64\n';
const MANY_FIXED = 'spec: v0.6\nname: app\ntargets:\n  - qemu/x86_64\n  - fc/x86_64\n  - qemu/arm64\n';
const DEBUG_BUILD = (release: string) => `spec: v0.6\nname: app\nunikraft:\n  version: ${release}\n  kconfig:\n    CONFIG_LIBUKDEBUG_PRINTD: y\ntargets:\n  - qemu/x86_64\n`;

suite('code actions', () => {
	test('the quick fix for an architecture alias is preferred and writes the right name', async () => {
		const { document, dispose } = await untitledKraftfile('spec: v0.6\nname: app\ntargets:\n  - qemu/amd64\n');
		try {
			const [d] = await waitForAnyDiagnostics(document.uri);
			const actions = await codeActions(document.uri, d!.range);
			const fix = actions.find((a) => a.title === 'Change to `x86_64`');
			assert.ok(fix, `no “Change to \`x86_64\`” in: ${actions.map((a) => a.title).join('; ')}`);
			assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
			assert.equal(fix.isPreferred, true);
			const cleared = waitForDiagnostics(document.uri, (x) => x.length === 0, 'an empty list after the fix');
			assert.equal(await vscode.workspace.applyEdit(fix.edit!), true);
			assert.equal(document.getText(), 'spec: v0.6\nname: app\ntargets:\n  - qemu/x86_64\n');
			await cleared;
		} finally {
			await dispose();
		}
	});

	test('run settings: a number in a cmd list is an error whose preferred quick fix quotes it', async () => {
		const { document, dispose } = await untitledKraftfile('spec: v0.6\nruntime: base:latest\ncmd: ["/server", 8080]\n');
		try {
			const diagnostics = await waitForAnyDiagnostics(document.uri);
			const d = diagnostics.find((x) => typeof x.code === 'object' && x.code.value === 'invalid-setting');
			assert.ok(d, diagnostics.map((x) => x.message).join('; '));
			assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
			assert.equal(document.getText(d.range), '8080');
			const fix = (await codeActions(document.uri, d.range)).find((a) => a.title === 'Quote it: `"8080"`');
			assert.ok(fix?.isPreferred, 'no preferred “Quote it” fix');
			const cleared = waitForDiagnostics(document.uri, (x) => !x.some((y) => typeof y.code === 'object' && y.code.value === 'invalid-setting'), 'no invalid-setting after the fix');
			assert.equal(await vscode.workspace.applyEdit(fix.edit!), true);
			assert.equal(document.getText(), 'spec: v0.6\nruntime: base:latest\ncmd: ["/server", "8080"]\n');
			await cleared;
		} finally {
			await dispose();
		}
	});

	test('a libraries list (kraftkit#2237) is an error whose preferred fix writes a map', async () => {
		const list = 'spec: v0.6\nname: app\nunikraft: stable\nlibraries:\n  - musl: stable\n  - lwip: stable\ntargets:\n  - qemu/x86_64\n';
		const { document, dispose } = await untitledKraftfile(list);
		try {
			const diagnostics = await waitForAnyDiagnostics(document.uri);
			const d = diagnostics.find((x) => typeof x.code === 'object' && x.code.value === 'invalid-section');
			assert.ok(d, `no invalid-section in: ${diagnostics.map((x) => x.message).join('; ')}`);
			assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
			const fix = (await codeActions(document.uri, d.range)).find((a) => a.title === 'Write `libraries` as a map (remove the `- `)');
			assert.ok(fix?.isPreferred, 'no preferred list-to-map fix');
			const cleared = waitForDiagnostics(document.uri, (x) => x.length === 0, 'an empty list after the fix');
			assert.equal(await vscode.workspace.applyEdit(fix.edit!), true);
			assert.equal(document.getText(), list.replace('  - musl', '  musl').replace('  - lwip', '  lwip'));
			await cleared;
		} finally {
			await dispose();
		}
	});

	test(`${FIX_ALL} applies every certain fix at once`, async () => {
		const { document, dispose } = await untitledKraftfile(MANY);
		try {
			await waitForAnyDiagnostics(document.uri);
			const actions = await codeActions(document.uri, fullRange(document), FIX_ALL);
			assert.equal(actions.length, 1, actions.map((a) => a.title).join('; '));
			assert.equal(await vscode.workspace.applyEdit(actions[0]!.edit!), true);
			assert.equal(document.getText(), MANY_FIXED);
		} finally {
			await dispose();
		}
	});

	test('with editor.codeActionsOnSave, saving writes the fixed text to disk', async () => {
		const file = temporaryKraftfile(MANY);
		const editor = vscode.workspace.getConfiguration('editor', { languageId: 'kraftfile' });
		await editor.update('codeActionsOnSave', { [FIX_ALL]: 'explicit' }, vscode.ConfigurationTarget.Global, true);
		try {
			const document = await vscode.workspace.openTextDocument(file.uri);
			await vscode.window.showTextDocument(document);
			await waitForAnyDiagnostics(file.uri);
			// Nothing to save yet: an edit elsewhere makes the document dirty, as typing would.
			const touch = new vscode.WorkspaceEdit();
			touch.insert(file.uri, new vscode.Position(1, 9), 's');
			assert.equal(await vscode.workspace.applyEdit(touch), true);
			assert.equal(await document.save(), true);
			assert.equal(readFileSync(file.path, 'utf8'), MANY_FIXED.replace('name: app', 'name: apps'));
			await waitForDiagnostics(file.uri, (x) => x.length === 0, 'an empty list after the save fixed everything');
		} finally {
			await editor.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global, true);
			await closeTabsOf(file.uri);
			file.dispose();
		}
	});

	test('a debug build is offered a linuxu target on v0.16.3, and no linuxu action on v0.21.0', async () => {
		const titles = async (release: string): Promise<string[]> => {
			const { document, dispose } = await untitledKraftfile(DEBUG_BUILD(release));
			try {
				const diagnostics = await waitForAnyDiagnostics(document.uri);
				const debug = diagnostics.find((d) => typeof d.code === 'object' && d.code.value === 'debug-build');
				assert.ok(debug, `no debug-build diagnostic on ${release}`);
				return (await codeActions(document.uri, debug.range)).map((a) => a.title);
			} finally {
				await dispose();
			}
		};
		const old = await titles('v0.16.3');
		assert.ok(old.includes('Add a linuxu target for debugging (`linuxu/x86_64`)'), old.join('; '));
		const current = await titles('v0.21.0');
		assert.deepEqual(current.filter((t) => t.includes('linuxu')), []);
	});
});

async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
	const found = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind);
	return found.filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

function fullRange(document: vscode.TextDocument): vscode.Range {
	return new vscode.Range(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end);
}
