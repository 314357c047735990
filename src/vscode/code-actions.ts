// SPDX-License-Identifier: Apache-2.0
// Quick fixes and `Fix all` for Kraftfiles: the core computes them from the cached
// analysis; this turns them into code actions. `source.fixAll.kraftfile` applies every
// preferred fix, so `"editor.codeActionsOnSave": { "source.fixAll.kraftfile": "explicit" }`
// works. Nothing changes the text unless the user picks an action (or asks for it on save).
import * as vscode from 'vscode';
import { fixAll, fixesFor, type Diagnostic, type Fix, type FixFailure, type TextEdit } from '../core';
import type { AnalysisCache } from './analysis-cache';
import { DIAGNOSTIC_SOURCE, toRange } from './convert';
import { KRAFTFILE_SELECTOR } from './selector';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('kraftfile');

export function registerCodeActions(cache: AnalysisCache): vscode.Disposable {
	return vscode.languages.registerCodeActionsProvider(KRAFTFILE_SELECTOR, new KraftfileCodeActions(cache), {
		providedCodeActionKinds: KraftfileCodeActions.kinds,
	});
}

export class KraftfileCodeActions implements vscode.CodeActionProvider {
	static readonly kinds = [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.RefactorRewrite, FIX_ALL_KIND];

	/** Fix providers already logged as failing, by code: each is said once, as for rules. */
	private readonly logged = new Set<string>();

	constructor(private readonly cache: AnalysisCache) {}

	provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
		const analysis = this.cache.get(document);
		const only = context.only;
		// `Fix all` only when asked for (Source Action…, codeActionsOnSave), never in the light bulb.
		if (only && only.contains(FIX_ALL_KIND)) return this.fixAll(document, analysis);
		if (only && !only.intersects(vscode.CodeActionKind.QuickFix) && !only.intersects(vscode.CodeActionKind.RefactorRewrite)) return [];
		const actions: vscode.CodeAction[] = [];
		for (const d of analysis.diagnostics) {
			const at = toRange(document, d.span);
			const shown = context.diagnostics.find((v) => sameDiagnostic(v, d, at));
			if (!shown && !at.intersection(range)) continue;
			const { fixes, failures } = fixesFor(analysis, d);
			this.log(failures);
			for (const fix of fixes) {
				const action = toAction(document, fix, shown);
				if (!only || only.contains(action.kind!)) actions.push(action);
			}
		}
		return actions;
	}

	private fixAll(document: vscode.TextDocument, analysis: ReturnType<AnalysisCache['get']>): vscode.CodeAction[] {
		const { edits, failures } = fixAll(analysis);
		this.log(failures);
		if (edits.length === 0) return [];
		const action = new vscode.CodeAction('Fix all Kraftfile problems that have a certain fix', FIX_ALL_KIND);
		action.edit = toWorkspaceEdit(document, edits);
		return [action];
	}

	/** A fix provider that threw is a bug: its fixes are left out and it is logged, once per code. */
	private log(failures: readonly FixFailure[] | undefined): void {
		for (const f of failures ?? []) {
			if (this.logged.has(f.code)) continue;
			this.logged.add(f.code);
			console.error(`[kraftfile] the fixes of ${f.code} failed; they are left out`, f.error);
		}
	}
}

function toAction(document: vscode.TextDocument, fix: Fix, shown: vscode.Diagnostic | undefined): vscode.CodeAction {
	const kind = fix.kind === 'quickfix' ? vscode.CodeActionKind.QuickFix : vscode.CodeActionKind.RefactorRewrite;
	const action = new vscode.CodeAction(fix.title, kind);
	action.edit = toWorkspaceEdit(document, fix.edits);
	action.isPreferred = fix.preferred;
	if (shown) action.diagnostics = [shown];
	return action;
}

function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
	const edit = new vscode.WorkspaceEdit();
	for (const e of edits) edit.replace(document.uri, toRange(document, e.span), e.newText);
	return edit;
}

/** The Problems-panel diagnostic that shows core diagnostic `d` (same source, code and range). */
function sameDiagnostic(v: vscode.Diagnostic, d: Diagnostic, at: vscode.Range): boolean {
	const code = typeof v.code === 'object' ? v.code.value : v.code;
	return v.source === DIAGNOSTIC_SOURCE && code === d.code && v.range.isEqual(at);
}
