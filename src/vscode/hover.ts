// SPDX-License-Identifier: Apache-2.0
// Hover over the pure core: the analysis comes from the shared cache (the parse of this
// document version), the pictures from the extension's `media/` folder.
import * as vscode from 'vscode';
import { hoverAt, type Hover, type KraftVersion } from '../core';
import type { AnalysisCache } from './analysis-cache';
import { toRange } from './convert';
import { KRAFTFILE_SELECTOR } from './selector';

/** URI schemes whose images VS Code renders in a hover (a `file:` URI is mapped for remote windows). */
const IMAGE_SCHEMES = new Set(['file', 'vscode-remote', 'https', 'http']);

/**
 * The host comes with each analysis (the cache always gives it). `kraft`: the version of the
 * kraft already found (KraftService.known; a hover never starts a process), for the command lines.
 */
export function registerHover(cache: AnalysisCache, media: vscode.Uri, kraft?: () => KraftVersion | undefined): vscode.Disposable {
	const context = { mediaBase: media.toString(), inlineImages: IMAGE_SCHEMES.has(media.scheme) };
	return vscode.languages.registerHoverProvider(KRAFTFILE_SELECTOR, {
		provideHover(document, position) {
			const version = kraft?.();
			const found = hoverAt(cache.get(document), document.offsetAt(position), { ...context, documentUri: document.uri.toString(), ...(version ? { kraft: version } : {}) });
			return found ? toHover(document, found) : undefined;
		},
	});
}

/** Untrusted Markdown (no command links, no HTML), over the span it explains. */
export function toHover(document: vscode.TextDocument, h: Hover): vscode.Hover {
	return new vscode.Hover(new vscode.MarkdownString(h.markdown), toRange(document, h.span));
}
