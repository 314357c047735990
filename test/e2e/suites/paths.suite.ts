// SPDX-License-Identifier: Apache-2.0
// The files a Kraftfile names, in the real editor: the document links VS Code gets from
// the extension (`vscode.executeLinkProvider`, what Ctrl+click follows), and missing-path
// on a rootfs that is not there, gone once the file is created (the folder watcher), so
// also never said of one that is there.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, test } from './framework';
import { codeOf, EXTENSION_ID, fixture, renderAll, waitForDiagnostics } from './helpers';

const missing = (d: readonly vscode.Diagnostic[]): boolean => d.some((x) => codeOf(x) === 'missing-path');

suite('files named', () => {
	test('rootfs and runtime are document links: the folder beside the Kraftfile, the catalog page', async () => {
		const uri = fixture('main/paths/Kraftfile');
		const document = await vscode.workspace.openTextDocument(uri);
		// Opening it activates the extension (onLanguage); the link provider exists once that is done.
		await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
		const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', uri);
		const ours = links.map((l) => `${l.range.start.line}:${l.range.start.character}-${l.range.end.character} ${JSON.stringify(document.getText(l.range))} -> ${l.target?.toString(true)}`);
		const rootfs = vscode.Uri.joinPath(uri, '..', 'rootfs');
		assert.ok(ours.includes(`3:8-16 "./rootfs" -> ${rootfs.toString(true)}`), ours.join('\n'));
		assert.ok(
			ours.some((l) => /^2:9-19 "nginx:1\.25" -> https:\/\/github\.com\/unikraft\/catalog\/tree\/[0-9a-f]{40}\/library\/nginx\/1\.25$/.test(l)),
			ours.join('\n'),
		);
		// The link leads to what is there: the folder holds the file the fixture ships.
		const entries = await vscode.workspace.fs.readDirectory(links.find((l) => l.range.start.line === 3)!.target!);
		assert.deepEqual(entries.map(([name]) => name), ['hello.txt']);
	});

	test('a rootfs that is not there: missing-path on its value, gone when the Dockerfile is created', async () => {
		const uri = fixture('main/paths/missing/Kraftfile');
		const dockerfile = fixture('main/paths/missing/Dockerfile');
		const warned = waitForDiagnostics(uri, missing, 'missing-path');
		const document = await vscode.workspace.openTextDocument(uri);
		const diagnostics = await warned;
		assert.deepEqual(
			renderAll(diagnostics, document).filter((r) => r.includes('missing-path')),
			['3:8-3:20 warning missing-path "./Dockerfile"'],
		);
		const d = diagnostics.find((x) => codeOf(x) === 'missing-path')!;
		assert.match(d.message, /^Nothing is at `Dockerfile` in this Kraftfile's folder/);
		try {
			const gone = waitForDiagnostics(uri, (ds) => !missing(ds), 'no missing-path after the Dockerfile was created');
			await vscode.workspace.fs.writeFile(dockerfile, new TextEncoder().encode('FROM scratch\n'));
			await gone;
		} finally {
			await vscode.workspace.fs.delete(dockerfile).then(undefined, () => undefined);
		}
	});
});
