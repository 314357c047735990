// SPDX-License-Identifier: Apache-2.0
// Hover over the pure core. No `media/` folder ships with the server, so the core links
// its drawings to the Unikraft docs instead of inlining them.
import type { Hover, HoverParams, MarkupKind } from 'vscode-languageserver/node';
import { hoverAt } from '../core';
import type { Analysed } from './analyses';

/** `markdown` unless the client said it renders only plain text. */
export function hoverFormat(contentFormat: readonly MarkupKind[] | undefined): MarkupKind {
	return !contentFormat || contentFormat.length === 0 || contentFormat.includes('markdown') ? 'markdown' : 'plaintext';
}

/** The hover at the cursor; how a target runs on this machine only when host hints are on. */
export function toHover(a: Analysed, params: HoverParams, format: MarkupKind): Hover | null {
	const host = a.options.host;
	const found = hoverAt(a.analysis, a.positions.offset(params.position), { ...(host ? { host } : {}), documentUri: params.textDocument.uri });
	if (!found) return null;
	return { contents: { kind: format, value: found.markdown }, range: a.positions.range(found.span) };
}
