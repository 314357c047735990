// SPDX-License-Identifier: Apache-2.0
// What hover.suite.ts and completion.suite.ts leave out: the hover's picture is a file of
// the installed extension, and a completion in a CRLF file writes CRLF and the indentation
// the core computed (the items keep their whitespace).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, test } from './framework';
import { EXTENSION_ID, fixture } from './helpers';

suite('hover pictures, completion in CRLF', () => {
	test('a platform’s hover draws its picture from the installed extension', async () => {
		const uri = fixture('main/hover/Kraftfile');
		await vscode.workspace.openTextDocument(uri);
		// The open activates the extension; wait until its hover is registered (without the
		// activation suite, as with KRAFTFILE_E2E_GREP=hover, this test may come first).
		await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
		const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(4, 5))) ?? [];
		const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n\n');
		assert.ok(text.includes('**`qemu`** — QEMU with KVM · Type 1 (bare-metal) hypervisor'), text);
		assert.ok(text.includes('**In Unikraft `stable` (v0.21.0 or a newer release):**'), text);
		const picture = /!\[[^\]]+\]\(([^)]+\/media\/type1-hypervisor\.svg)\)/.exec(text);
		assert.ok(picture, 'no inline picture');
		const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(picture[1]!));
		assert.equal(stat.type, vscode.FileType.File);
	});

	test('a block key in a CRLF file: CRLF and the indentation of its value', async () => {
		const document = await vscode.workspace.openTextDocument({ language: 'kraftfile', content: 'spec: v0.6\r\nname: app\r\ntargets:\r\n  - platform: qemu\r\n    \r\n' });
		try {
			assert.equal(document.eol, vscode.EndOfLine.CRLF);
			const at = new vscode.Position(4, 4);
			const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, at);
			const item = list.items.find((i) => i.label === 'kconfig');
			assert.ok(item, 'no kconfig');
			assert.equal(item.keepWhitespace, true);
			const range = item.range && 'replacing' in item.range ? item.range.replacing : new vscode.Range(at, at);
			const edit = new vscode.WorkspaceEdit();
			edit.replace(document.uri, range, typeof item.insertText === 'string' ? item.insertText : '');
			assert.ok(await vscode.workspace.applyEdit(edit));
			assert.equal(document.getText(), 'spec: v0.6\r\nname: app\r\ntargets:\r\n  - platform: qemu\r\n    kconfig:\r\n      \r\n');
		} finally {
			// Untitled and edited: revert it, so that no dialog asks to save it.
			await vscode.window.showTextDocument(document);
			await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
		}
	});
});
