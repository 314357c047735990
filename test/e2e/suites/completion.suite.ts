// SPDX-License-Identifier: Apache-2.0
// Completion through VS Code's own command (`vscode.executeCompletionItemProvider`) on
// untitled Kraftfiles, and the text an item leaves when it is applied.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, test } from './framework';
import { untitledKraftfile } from './scratch';

suite('completion', () => {
	test('after `qemu/` it offers the architectures, and x86_64 completes the target', async () => {
		const { document, dispose } = await untitledKraftfile('spec: v0.6\nname: app\ntargets:\n  - qemu/\n');
		try {
			const at = new vscode.Position(3, 9);
			const items = await ours(document.uri, at);
			const labels = items.map(label);
			for (const arch of ['x86_64', 'arm64']) assert.ok(labels.includes(arch), `no ${arch} in ${labels.join(', ')}`);
			// What builds with `qemu` comes before what does not (`arm`).
			const order = [...items].sort((a, b) => (a.sortText ?? label(a)).localeCompare(b.sortText ?? label(b))).map(label);
			assert.ok(order.indexOf('arm') === -1 || order.indexOf('arm') > order.indexOf('arm64'), `order: ${order.join(', ')}`);

			const item = items.find((i) => label(i) === 'x86_64')!;
			await apply(document, item, at);
			assert.equal(document.getText(), 'spec: v0.6\nname: app\ntargets:\n  - qemu/x86_64\n');
		} finally {
			await dispose();
		}
	});

	test('at the top level it offers the keys a Kraftfile has', async () => {
		const { document, dispose } = await untitledKraftfile('spec: v0.6\nna\n');
		try {
			const labels = (await ours(document.uri, new vscode.Position(1, 2))).map(label);
			for (const key of ['name', 'targets', 'unikraft']) assert.ok(labels.includes(key), `no ${key} in ${labels.join(', ')}`);
			assert.ok(!labels.includes('spec'), '`spec` is there already but is offered again');
		} finally {
			await dispose();
		}
	});
});

/** This extension's items (word-based suggestions of the editor have no `detail`). */
async function ours(uri: vscode.Uri, at: vscode.Position): Promise<vscode.CompletionItem[]> {
	const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, at);
	return list.items.filter((i) => i.detail !== undefined && i.detail !== '');
}

function label(item: vscode.CompletionItem): string {
	return typeof item.label === 'string' ? item.label : item.label.label;
}

/** Applies an item as the editor would: its text over its `replacing` range. */
async function apply(document: vscode.TextDocument, item: vscode.CompletionItem, at: vscode.Position): Promise<void> {
	const range = item.range instanceof vscode.Range ? item.range : (item.range?.replacing ?? new vscode.Range(at, at));
	const text = typeof item.insertText === 'string' ? item.insertText : (item.insertText?.value ?? label(item));
	const edit = new vscode.WorkspaceEdit();
	edit.replace(document.uri, range, text);
	assert.equal(await vscode.workspace.applyEdit(edit), true);
}
