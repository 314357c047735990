// SPDX-License-Identifier: Apache-2.0
// "Kraftfile: Show Platform Support": a webview of the support matrix for the release in
// effect of the active Kraftfile (or the setting, or the latest), with the host marked.
// No scripts; a content security policy allows only the extension's own images and a
// nonce'd style block.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { describeRelease, exactRelease, parseRelease, type HostFacts } from '../core';
import { LATEST_RELEASE } from '../data/releases';
import type { AnalysisCache } from './analysis-cache';
import { isKraftfile } from './selector';
import { renderSupportView } from './support-view-html';

export const SHOW_SUPPORT_COMMAND = 'kraftfile.showPlatformSupport';

export function registerSupportView(extensionUri: vscode.Uri, cache: AnalysisCache, host: HostFacts): vscode.Disposable {
	let panel: vscode.WebviewPanel | undefined;
	const media = vscode.Uri.joinPath(extensionUri, 'media');
	const render = (): void => {
		if (!panel) return;
		const editor = vscode.window.activeTextEditor;
		let release = exactRelease(LATEST_RELEASE);
		let releaseNote = 'The latest Unikraft release this extension knows';
		if (editor && isKraftfile(editor.document)) {
			release = cache.get(editor.document).release;
			releaseNote = `${describeRelease(release)}, for ${vscode.workspace.asRelativePath(editor.document.uri)}`;
		} else {
			const setting = parseRelease(vscode.workspace.getConfiguration('kraftfile').get<string>('unikraftRelease', '') ?? '');
			if (setting) {
				release = exactRelease(setting);
				releaseNote = 'From the kraftfile.unikraftRelease setting';
			}
		}
		const webview = panel.webview;
		webview.html = renderSupportView({
			release,
			releaseNote,
			host,
			cspSource: webview.cspSource,
			nonce: randomBytes(16).toString('base64'),
			pictureUri: (file) => webview.asWebviewUri(vscode.Uri.joinPath(media, file)).toString(),
		});
	};
	return vscode.Disposable.from(
		vscode.commands.registerCommand(SHOW_SUPPORT_COMMAND, () => {
			if (panel) {
				panel.reveal();
			} else {
				panel = vscode.window.createWebviewPanel('kraftfile.support', 'Unikraft Platform Support', vscode.ViewColumn.Beside, {
					enableScripts: false,
					localResourceRoots: [media],
				});
				panel.onDidDispose(() => (panel = undefined));
			}
			render();
		}),
		vscode.window.onDidChangeActiveTextEditor((e) => {
			if (e && isKraftfile(e.document)) render();
		}),
		{ dispose: () => panel?.dispose() },
	);
}
