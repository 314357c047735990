// SPDX-License-Identifier: Apache-2.0
// Completion over the pure core. The core computes the replaced span and the exact text
// (indentation and line endings included), so every item carries a `textEdit`; items in
// snippet syntax go only to clients that said they expand snippets.
import type { CompletionItem as LspCompletionItem, CompletionItemKind, CompletionParams, Position } from 'vscode-languageserver/node';
import { completionsAt, type CompletionItem } from '../core';
import type { Analysed } from './analyses';

/** `/` starts the architecture, `:` a value, ` ` after `-` or `:` an item or value. */
export const TRIGGER_CHARACTERS = ['/', ':', ' '];

/** What the client can take, from its `textDocument.completion` capabilities. */
export interface CompletionSupport {
	readonly snippets: boolean;
	/** `InsertReplaceEdit`: the client chooses between inserting and replacing. */
	readonly insertReplace: boolean;
	readonly markdown: boolean;
}

// The protocol's numbers, so this file needs no runtime import.
const KIND: Record<CompletionItem['kind'], CompletionItemKind> = { value: 12, key: 10, snippet: 15 };
const INSERT_TEXT_FORMAT = { plain: 1, snippet: 2 } as const;
const TRIGGER_CHARACTER = 2;

export function toCompletions(a: Analysed, params: CompletionParams, support: CompletionSupport): LspCompletionItem[] {
	const offset = a.positions.offset(params.position);
	// A space is a trigger only right after `- `, `: ` and the like, not in every value.
	if (params.context?.triggerKind === TRIGGER_CHARACTER && params.context.triggerCharacter === ' ') {
		const lineStart = a.positions.offset({ line: params.position.line, character: 0 });
		if (!/[-:,[{] $/.test(a.positions.text.slice(lineStart, offset))) return [];
	}
	return completionsAt(a.analysis, offset)
		.filter((i) => i.kind !== 'snippet' || support.snippets)
		.map((i) => toItem(a, params.position, i, support));
}

function toItem(a: Analysed, position: Position, i: CompletionItem, support: CompletionSupport): LspCompletionItem {
	const replace = a.positions.range(i.replace);
	const snippet = i.kind === 'snippet' || (support.snippets && i.insertSnippet !== undefined);
	const newText = i.kind !== 'snippet' && snippet ? i.insertSnippet! : i.insertText;
	return {
		label: i.label,
		kind: KIND[i.kind],
		detail: i.detail,
		...(i.documentation ? { documentation: support.markdown ? { kind: 'markdown', value: i.documentation } : i.documentation } : {}),
		insertTextFormat: snippet ? INSERT_TEXT_FORMAT.snippet : INSERT_TEXT_FORMAT.plain,
		// The core's text keeps its indentation and line breaks; adjusting them would break YAML.
		insertTextMode: 1,
		textEdit: support.insertReplace ? { newText, insert: { start: replace.start, end: position }, replace } : { newText, range: replace },
		sortText: i.sortText,
		...(i.filterText !== undefined ? { filterText: i.filterText } : {}),
	};
}
