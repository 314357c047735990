// SPDX-License-Identifier: Apache-2.0
// Documents that come and go: an untitled buffer switched to Kraftfile, edits, and
// closing an editor, which must clear the Problems of its file.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, test } from './framework';
import { closeTabsOf, fixture, kraftfileDiagnostics, LANGUAGE_ID, renderAll, waitForAnyDiagnostics, waitForClose, waitForDiagnostics } from './helpers';
import { untitledDocument } from './scratch';

const CONTENT = 'spec: v0.6\nname: scratch\ntargets:\n  - qemu/amd64\n';

suite('documents', () => {
	test('an untitled document switched to kraftfile is checked, and re-checked on edit', async () => {
		const { document: yaml, dispose } = await untitledDocument('scratch.yaml', CONTENT);
		try {
			assert.equal(yaml.languageId, 'yaml');
			assert.deepEqual(kraftfileDiagnostics(yaml.uri), [], 'a yaml document got Kraftfile diagnostics');
			const waiting = waitForAnyDiagnostics(yaml.uri);
			const document = await vscode.languages.setTextDocumentLanguage(yaml, LANGUAGE_ID);
			assert.equal(document.uri.scheme, 'untitled');
			assert.deepEqual(renderAll(await waiting, document), ['3:9-3:14 error architecture-alias "amd64"']);

			const fixed = waitForDiagnostics(document.uri, (d) => d.length === 0, 'an empty list after the fix');
			const edit = new vscode.WorkspaceEdit();
			edit.replace(document.uri, new vscode.Range(3, 9, 3, 14), 'x86_64');
			assert.equal(await vscode.workspace.applyEdit(edit), true);
			await fixed;
			assert.equal(document.getText(), CONTENT.replace('amd64', 'x86_64'));
		} finally {
			await dispose();
		}
	});

	test('closing a Kraftfile clears its diagnostics', async () => {
		// Opened only through an editor, so closing the editor disposes the document.
		const uri = fixture('main/close/Kraftfile');
		const shown = waitForAnyDiagnostics(uri);
		await vscode.commands.executeCommand('vscode.open', uri);
		assert.deepEqual(renderAll(await shown), ['4:4-4:9 error unknown-platform']);
		const closed = waitForClose(uri);
		const cleared = waitForDiagnostics(uri, (d) => d.length === 0, 'an empty list after closing');
		await closeTabsOf(uri);
		await closed;
		await cleared;
	});
});
