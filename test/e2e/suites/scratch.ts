// SPDX-License-Identifier: Apache-2.0
// Throw-away Kraftfiles for suites that edit text: untitled documents (reverted and closed
// afterwards, so no dialog asks to save them) and files in a fresh temporary folder.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { waitForClose } from './helpers';

let created = 0;

/**
 * An untitled document named `name` (its name decides its language: `Kraftfile`,
 * `scratch.yaml`) holding `content`; `dispose()` reverts and closes it. Each gets a path of
 * its own: VS Code names plain untitled documents `Untitled-1` again once the first is
 * closed, and may then restore the text of the closed one from its backup.
 */
export async function untitledDocument(name: string, content: string): Promise<{ document: vscode.TextDocument; dispose(): Promise<void> }> {
	const uri = vscode.Uri.from({ scheme: 'untitled', path: `/kraftfile-e2e-${process.pid}-${++created}/${name}` });
	const document = await vscode.workspace.openTextDocument(uri);
	const edit = new vscode.WorkspaceEdit();
	edit.insert(uri, new vscode.Position(0, 0), content);
	if (!(await vscode.workspace.applyEdit(edit)) || document.getText() !== content) {
		throw new Error(`could not write the untitled document ${uri.toString()}: it holds ${JSON.stringify(document.getText())}`);
	}
	return { document, dispose: () => discard(uri) };
}

/** An untitled Kraftfile holding `content` (see `untitledDocument`). */
export function untitledKraftfile(content: string): Promise<{ document: vscode.TextDocument; dispose(): Promise<void> }> {
	return untitledDocument('Kraftfile', content);
}

/** Reverts and closes an untitled document, and waits until VS Code has disposed it. */
export async function discard(uri: vscode.Uri): Promise<void> {
	if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return;
	await vscode.window.showTextDocument(uri);
	const closed = waitForClose(uri);
	await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	await closed;
}

/** A file named `Kraftfile` with `content` in a new temporary folder; `dispose()` deletes the folder. */
export function temporaryKraftfile(content: string): { uri: vscode.Uri; path: string; dispose(): void } {
	const dir = mkdtempSync(join(tmpdir(), 'kraftfile-e2e-'));
	const path = join(dir, 'Kraftfile');
	writeFileSync(path, content);
	return { uri: vscode.Uri.file(path), path, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
