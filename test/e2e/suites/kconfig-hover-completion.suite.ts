// SPDX-License-Identifier: Apache-2.0
// Kconfig hover and completion in a project with kraft's source layout: main/kconfig-hover, whose
// .unikraft/ (Unikraft RELEASE-0.17.0 and lib-musl) scripts/e2e/kconfig-workspace.mjs
// assembles from ../shared/sources at each run. The hover shows the option's help text
// from those sources; completion offers option names, the library's own first in its block.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, test } from './framework';
import { fixture } from './helpers';

const KRAFTFILE = 'main/kconfig-hover/Kraftfile';
const WAIT_MS = 30_000;

suite('kconfig', () => {
	test('kconfig hover on an option shows its help text from the fetched sources', async () => {
		const document = await vscode.workspace.openTextDocument(fixture(KRAFTFILE));
		// A clean file has no diagnostics to wait for: the hover below is waited for instead.
		// The help text as the workspace's own Config.uk has it (never written into the project).
		const config = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(document.uri, '..', '.unikraft', 'unikraft', 'lib', 'ukdebug', 'Config.uk')));
		const help = /config LIBUKDEBUG_PRINTK\n(?:[^\n]*\n)*?\s*help\n\s*([^\n]+)/.exec(config)?.[1]?.trim();
		assert.ok(help, 'no help text for LIBUKDEBUG_PRINTK in the assembled sources');
		const at = new vscode.Position(5, 10);
		// The sources are read in rounds after the file opens (each read names what it sources):
		// wait until the hover has them all, which makes them certain.
		const text = await poll(async () => {
			const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
			const t = hovers.flatMap((h) => h.contents.map((m) => (typeof m === 'string' ? m : m.value))).join('\n');
			return t.includes(help) && t.includes('From the sources kraft fetched into this project') ? t : undefined;
		}, `a hover with the help text ${JSON.stringify(help)} from certain sources`);
		assert.ok(text.includes('**`CONFIG_LIBUKDEBUG_PRINTK`** · bool'), text);
		assert.ok(text.includes('From the sources kraft fetched into this project (Unikraft 0.17.0'), text);
		assert.ok(text.includes('[.unikraft/unikraft/lib/ukdebug/Config.uk:'), text);
	});

	test('kconfig name completion on a new line and in a library list', async () => {
		const document = await vscode.workspace.openTextDocument(fixture(KRAFTFILE));
		const edit = new vscode.WorkspaceEdit();
		edit.insert(document.uri, new vscode.Position(6, 0), '    CONFIG_LIBUKDEBUG_PRI\n');
		assert.equal(await vscode.workspace.applyEdit(edit), true);
		try {
			const items = await poll(async () => {
				const got = await ours(document.uri, new vscode.Position(6, 25));
				return got.some((i) => label(i) === 'CONFIG_LIBUKDEBUG_PRINTK_ERR') ? got : undefined;
			}, 'CONFIG_LIBUKDEBUG_PRINTK_ERR among the names');
			assert.ok(!items.some((i) => label(i) === 'CONFIG_LIBUKDEBUG_PRINTK'), 'an option the block sets already is offered again');
			const err = items.find((i) => label(i) === 'CONFIG_LIBUKDEBUG_PRINTK_ERR')!;
			assert.equal(err.detail, 'bool');
			const snippet = err.insertText instanceof vscode.SnippetString ? err.insertText.value : err.insertText;
			assert.equal(snippet, "CONFIG_LIBUKDEBUG_PRINTK_ERR: ${1|'y','n'|}");
			// In the musl block, musl's own options first.
			const lib = await ours(document.uri, new vscode.Position(11, 16));
			const first = [...lib].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))[0];
			assert.ok(first && label(first).startsWith('CONFIG_LIBMUSL'), `first: ${first && label(first)}`);
		} finally {
			const undo = new vscode.WorkspaceEdit();
			undo.delete(document.uri, new vscode.Range(6, 0, 7, 0));
			await vscode.workspace.applyEdit(undo);
		}
	});
});

async function poll<T>(get: () => Promise<T | undefined>, what: string): Promise<T> {
	const end = Date.now() + WAIT_MS;
	for (;;) {
		const got = await get();
		if (got !== undefined) return got;
		if (Date.now() > end) throw new Error(`no ${what} within ${WAIT_MS} ms`);
		await new Promise((r) => setTimeout(r, 200));
	}
}

/** This extension's items (word-based suggestions of the editor have no `detail`). */
async function ours(uri: vscode.Uri, at: vscode.Position): Promise<vscode.CompletionItem[]> {
	const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, at);
	return list.items.filter((i) => i.detail !== undefined && i.detail !== '');
}

function label(item: vscode.CompletionItem): string {
	return typeof item.label === 'string' ? item.label : item.label.label;
}
