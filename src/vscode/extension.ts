// SPDX-License-Identifier: Apache-2.0
// The VS Code adapter: registers providers over the pure core. It runs no process, opens
// no network connection and evaluates nothing from the workspace, so it is safe in
// untrusted and virtual workspaces.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { AnalysisCache } from './analysis-cache';
import { registerCodeActions } from './code-actions';
import { registerCompletion } from './completion';
import { registerDiagnostics } from './diagnostics';
import { detectHost } from '../node/detect-host';
import { registerHover } from './hover';
import { registerStatusBar } from './status-bar';
import { registerSupportView } from './support-view';

export function activate(context: vscode.ExtensionContext): void {
	const host = detectHost();
	const cache = new AnalysisCache(host);
	// `vsce` ships the README as `readme.md`; a development checkout has `README.md`.
	const readme = vscode.Uri.joinPath(context.extensionUri, existsSync(join(context.extensionPath, 'readme.md')) ? 'readme.md' : 'README.md');
	context.subscriptions.push(cache, registerDiagnostics(readme, cache));
	context.subscriptions.push(registerHover(cache, vscode.Uri.joinPath(context.extensionUri, 'media')), registerCompletion(cache));
	context.subscriptions.push(registerSupportView(context.extensionUri, cache, host), registerStatusBar(host));
	context.subscriptions.push(registerCodeActions(cache));
}

export function deactivate(): void {}
