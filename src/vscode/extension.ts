// SPDX-License-Identifier: Apache-2.0
// The desktop entry (Node extension host): learns the host facts and where the README is
// from the file system, then registers the same providers as the web entry (activate.ts).
// It runs no process, opens no network connection and evaluates nothing from the
// workspace, so it is safe in untrusted and virtual workspaces.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { detectHost } from '../node/detect-host';
import { activateWith } from './activate';

export function activate(context: vscode.ExtensionContext): void {
	// `vsce` ships the README as `readme.md`; a development checkout has `README.md`.
	const readme = vscode.Uri.joinPath(context.extensionUri, existsSync(join(context.extensionPath, 'readme.md')) ? 'readme.md' : 'README.md');
	activateWith(context, { host: detectHost(), readme });
}

export function deactivate(): void {}
