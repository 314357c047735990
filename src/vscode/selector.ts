// SPDX-License-Identifier: Apache-2.0
import type * as vscode from 'vscode';

export const LANGUAGE_ID = 'kraftfile';

/** Every Kraftfile, saved or untitled, in any scheme (virtual workspaces included). */
export const KRAFTFILE_SELECTOR: vscode.DocumentSelector = { language: LANGUAGE_ID };

export function isKraftfile(document: vscode.TextDocument): boolean {
	return document.languageId === LANGUAGE_ID;
}
