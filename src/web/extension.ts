// SPDX-License-Identifier: Apache-2.0
// The web entry (package.json `browser`): vscode.dev, github.dev, and any workbench that
// runs extensions in a browser's web worker. No Node API exists there, so no host facts
// (the host hints are off and there is no host status item) and the README is found
// through VS Code's file system API. Documents come from the editor as on the desktop.
import * as vscode from 'vscode';
import { activateWith } from '../vscode/activate';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
	activateWith(context, { readme: await shippedReadme(context.extensionUri) });
}

export function deactivate(): void {}

/** `vsce` ships the README as `readme.md`; a development checkout has `README.md`. */
async function shippedReadme(extensionUri: vscode.Uri): Promise<vscode.Uri> {
	const packaged = vscode.Uri.joinPath(extensionUri, 'readme.md');
	try {
		await vscode.workspace.fs.stat(packaged);
		return packaged;
	} catch {
		return vscode.Uri.joinPath(extensionUri, 'README.md');
	}
}
