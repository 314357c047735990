// SPDX-License-Identifier: Apache-2.0
// The files around a Kraftfile, read through vscode.workspace.fs: two names `kraft` looks
// for in one folder (multiple-kraftfiles), and a second name that appears and goes while
// the Kraftfile is open, seen through the watcher without an edit.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, test } from './framework';
import { codeOf, fixture, renderAll, waitForDiagnostics } from './helpers';

const has = (d: readonly vscode.Diagnostic[]): boolean => d.some((x) => codeOf(x) === 'multiple-kraftfiles');

suite('workspace files', () => {
	for (const [name, other] of [
		['Kraftfile', 'kraft.yaml'],
		['kraft.yaml', 'Kraftfile'],
	] as const) {
		test(`${name} beside ${other}: multiple-kraftfiles on the spec key`, async () => {
			const uri = fixture(`main/two-names/${name}`);
			const waiting = waitForDiagnostics(uri, has, 'multiple-kraftfiles');
			const document = await vscode.workspace.openTextDocument(uri);
			const diagnostics = await waiting;
			assert.deepEqual(renderAll(diagnostics, document), ['0:0-0:4 error multiple-kraftfiles "spec"']);
			assert.ok(diagnostics[0]!.message.startsWith(`This folder also has \`${other}\`: `), diagnostics[0]!.message);
			assert.match(diagnostics[0]!.message, new RegExp(`kraft build -K ${name.replace('.', '\\.')}`));
		});
	}

	test('a second name created beside an open Kraftfile is seen, and its deletion too', async () => {
		const uri = fixture('main/watch/Kraftfile');
		const second = fixture('main/watch/kraft.yml');
		const alias = '4:4-4:7 information platform-alias "kvm"';
		const first = waitForDiagnostics(uri, (d) => d.length > 0, 'the platform-alias note');
		const document = await vscode.workspace.openTextDocument(uri);
		assert.deepEqual(renderAll(await first, document), [alias]);
		try {
			const appeared = waitForDiagnostics(uri, has, 'multiple-kraftfiles after kraft.yml was created');
			await vscode.workspace.fs.writeFile(second, new TextEncoder().encode(document.getText()));
			assert.deepEqual(renderAll(await appeared, document), ['0:0-0:4 error multiple-kraftfiles "spec"', alias]);
		} finally {
			const gone = waitForDiagnostics(uri, (d) => d.length > 0 && !has(d), 'no multiple-kraftfiles after kraft.yml was deleted');
			await vscode.workspace.fs.delete(second);
			assert.deepEqual(renderAll(await gone, document), [alias]);
		}
	});
});
