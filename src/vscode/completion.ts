// SPDX-License-Identifier: Apache-2.0
// Completion over the pure core. The core computes replacement ranges and the exact text
// (indentation and line endings included), so items keep their whitespace as written.
import * as vscode from 'vscode';
import { completionsAt, type CompletionItem } from '../core';
import type { AnalysisCache } from './analysis-cache';
import { toRange } from './convert';
import { KRAFTFILE_SELECTOR } from './selector';

/** `/` starts the architecture, `:` a value, ` ` after `-` or `:` an item or value. */
export const TRIGGER_CHARACTERS = ['/', ':', ' '];

export function registerCompletion(cache: AnalysisCache): vscode.Disposable {
	return vscode.languages.registerCompletionItemProvider(
		KRAFTFILE_SELECTOR,
		{
			provideCompletionItems(document, position, _token, context) {
				// A space is a trigger only right after `- ` or `: `, not in every value.
				if (context.triggerKind === vscode.CompletionTriggerKind.TriggerCharacter && context.triggerCharacter === ' ') {
					const before = document.lineAt(position.line).text.slice(0, position.character);
					if (!/[-:,[{] $/.test(before)) return undefined;
				}
				const offset = document.offsetAt(position);
				return completionsAt(cache.get(document), offset).map((item) => toCompletionItem(document, position, item));
			},
		},
		...TRIGGER_CHARACTERS,
	);
}

export function toCompletionItem(document: vscode.TextDocument, position: vscode.Position, i: CompletionItem): vscode.CompletionItem {
	const out = new vscode.CompletionItem(i.label, i.kind === 'key' ? vscode.CompletionItemKind.Property : i.kind === 'snippet' ? vscode.CompletionItemKind.Snippet : vscode.CompletionItemKind.Value);
	out.detail = i.detail;
	if (i.documentation) out.documentation = new vscode.MarkdownString(i.documentation);
	out.insertText = i.kind === 'snippet' ? new vscode.SnippetString(i.insertText) : i.insertSnippet !== undefined ? new vscode.SnippetString(i.insertSnippet) : i.insertText;
	const replacing = toRange(document, i.replace);
	out.range = { inserting: new vscode.Range(replacing.start, position), replacing };
	out.sortText = i.sortText;
	out.keepWhitespace = true;
	if (i.retrigger) out.command = { command: 'editor.action.triggerSuggest', title: 'Suggest' };
	return out;
}
