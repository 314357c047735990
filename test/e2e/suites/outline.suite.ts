// SPDX-License-Identifier: Apache-2.0
// The Outline view, breadcrumbs and Go to Symbol in Editor all read the document symbol
// provider; this asks VS Code for them (`vscode.executeDocumentSymbolProvider`) as those
// views do: a tree, targets named plat/arch in both forms, libraries with their versions,
// kconfig options with their values, each with its range and the name it selects.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, test } from './framework';
import { fixture, openWithDiagnostics } from './helpers';

type Tree = (string | [string, Tree])[];

/** `name · detail` per symbol, with its children. */
function tree(symbols: readonly vscode.DocumentSymbol[]): Tree {
	return symbols.map((s) => {
		const name = s.detail ? `${s.name} · ${s.detail}` : s.name;
		return s.children.length ? [name, tree(s.children)] : name;
	});
}

function at(r: vscode.Range): string {
	return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

suite('outline', () => {
	test('the Outline of a Kraftfile: targets as plat/arch, libraries with versions, volumes and kconfig options', async () => {
		// The Kraftfile's one diagnostic (the `firecracker` alias) says the extension has checked it.
		const { document } = await openWithDiagnostics(fixture('main/outline/Kraftfile'));
		const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
		assert.ok(Array.isArray(symbols) && symbols.length > 0, 'no document symbols');
		assert.deepEqual(tree(symbols), [
			'spec · v0.6',
			'name · httpreply',
			['unikraft · stable', ['version · stable', ['kconfig · 1 option', ['CONFIG_LIBVFSCORE_AUTOMOUNT_ROOTFS · y']]]],
			['libraries · 2 libraries', ['musl · stable', ['lwip · stable', ['version · stable', ['kconfig · 1 option', ['CONFIG_LWIP_TCP · y']]]]]],
			['volumes · 1 volume', ['./html:/wwwroot']],
			['targets · 2 targets', ['qemu/x86_64', ['firecracker/x86_64', ['platform · firecracker', 'architecture · x86_64']]]],
		]);
		const targets = symbols.find((s) => s.name === 'targets')!;
		const [shorthand, map] = targets.children;
		assert.equal(shorthand!.kind, vscode.SymbolKind.Struct);
		assert.equal(at(shorthand!.range), '15:4-15:15');
		assert.equal(at(map!.range), '16:4-17:24');
		assert.equal(at(map!.selectionRange), '16:4-16:25');
		assert.equal(at(targets.selectionRange), '14:0-14:7');
		const lwip = symbols.find((s) => s.name === 'libraries')!.children.find((s) => s.name === 'lwip')!;
		assert.equal(lwip.kind, vscode.SymbolKind.Package);
		assert.equal(at(lwip.range), '8:2-11:25');
	});
});
