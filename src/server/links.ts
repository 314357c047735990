// SPDX-License-Identifier: Apache-2.0
// `textDocument/documentLink` over the pure core: paths resolved against the document's
// own URI (its folder), URLs as they are. A document without a hierarchical URI (an
// untitled one) gets its URL links only.
import type { DocumentLink as LspDocumentLink } from 'vscode-languageserver/node';
import { documentLinks } from '../core';
import type { Analysed } from './analyses';

export function toDocumentLinks(a: Analysed, documentUri: string): LspDocumentLink[] {
	const out: LspDocumentLink[] = [];
	for (const l of documentLinks(a.analysis)) {
		const target = l.target.kind === 'url' ? l.target.url : resolvePath(documentUri, l.target.path);
		if (target !== undefined) out.push({ range: a.positions.range(l.span), target, tooltip: l.tooltip });
	}
	return out;
}

/** `path` (relative POSIX, from the core) beside the document at `documentUri`, each segment escaped; `undefined` when the URI has no folder. */
export function resolvePath(documentUri: string, path: string): string | undefined {
	try {
		const base = new URL(documentUri);
		if (!base.pathname.startsWith('/') || base.protocol === 'untitled:') return undefined;
		const relative = path === '.' ? './' : path.split('/').map((s) => (s === '..' ? s : encodeURIComponent(s))).join('/');
		return new URL(relative, base).toString();
	} catch {
		return undefined;
	}
}
