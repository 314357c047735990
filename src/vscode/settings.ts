// SPDX-License-Identifier: Apache-2.0
import * as vscode from 'vscode';

/** The `kraftfile.unikraftRelease` setting for a document (resource-scoped: per folder). */
export function releaseSetting(document: vscode.TextDocument): string {
	const value = vscode.workspace.getConfiguration('kraftfile', document.uri).get<string>('unikraftRelease', '');
	return typeof value === 'string' ? value.trim() : '';
}

/** The `kraftfile.hostHints` setting for a document. */
export function hostHintsSetting(document: vscode.TextDocument): boolean {
	return vscode.workspace.getConfiguration('kraftfile', document.uri).get<boolean>('hostHints', true) !== false;
}
