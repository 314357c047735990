// SPDX-License-Identifier: Apache-2.0
// Document links over the pure core: the paths a Kraftfile names open beside it (resolved
// against the document's own folder, in whatever scheme it lives: local, remote, a virtual
// workspace), URLs and the catalog page of a runtime open in the browser.
import * as vscode from 'vscode';
import { documentLinks, type DocumentLink } from '../core';
import type { AnalysisCache } from './analysis-cache';
import { toRange } from './convert';
import { KRAFTFILE_SELECTOR } from './selector';

export function registerDocumentLinks(cache: AnalysisCache): vscode.Disposable {
	return vscode.languages.registerDocumentLinkProvider(KRAFTFILE_SELECTOR, {
		provideDocumentLinks(document) {
			return documentLinks(cache.get(document)).flatMap((l) => {
				const link = toDocumentLink(document, l);
				return link ? [link] : [];
			});
		},
	});
}

/** A core link as VS Code's; `undefined` for a path in a document that has no folder (untitled). */
export function toDocumentLink(document: vscode.TextDocument, l: DocumentLink): vscode.DocumentLink | undefined {
	let target: vscode.Uri;
	if (l.target.kind === 'url') {
		target = vscode.Uri.parse(l.target.url, true);
	} else {
		if (document.uri.scheme === 'untitled') return undefined;
		const folder = vscode.Uri.joinPath(document.uri, '..');
		target = l.target.path === '.' ? folder : vscode.Uri.joinPath(folder, ...l.target.path.split('/'));
	}
	const link = new vscode.DocumentLink(toRange(document, l.span), target);
	link.tooltip = l.tooltip;
	return link;
}
