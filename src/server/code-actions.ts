// SPDX-License-Identifier: Apache-2.0
// Quick fixes and `Fix all` as code actions, as in the VS Code adapter: the core computes
// them from the analysis; this turns them into WorkspaceEdits. `source.fixAll.kraftfile`
// applies every preferred fix and is offered only when asked for by kind.
import type { CodeAction, CodeActionKind, CodeActionParams, Diagnostic as LspDiagnostic, WorkspaceEdit } from 'vscode-languageserver/node';
import type { Fix, TextEdit } from '../core';
import { allFixes, fixesOf, type Analysed } from './analyses';
import { DIAGNOSTIC_SOURCE, sameRange, touches } from './convert';

export const FIX_ALL_KIND = 'source.fixAll.kraftfile';
export const CODE_ACTION_KINDS: CodeActionKind[] = ['quickfix', 'refactor.rewrite', FIX_ALL_KIND];

/** Whether the requested kind `asked` includes `kind` (`source` includes `source.fixAll.kraftfile`). */
function includes(asked: string, kind: string): boolean {
	return kind === asked || kind.startsWith(`${asked}.`);
}

export function toCodeActions(a: Analysed, params: CodeActionParams, versioned: boolean): CodeAction[] {
	const uri = params.textDocument.uri;
	const only = params.context.only;
	const edit = (edits: readonly TextEdit[]): WorkspaceEdit => toWorkspaceEdit(a, uri, edits, versioned);
	if (only && only.some((k) => includes(k, FIX_ALL_KIND))) {
		const edits = allFixes(a);
		return edits.length === 0 ? [] : [{ title: 'Fix all Kraftfile problems that have a certain fix', kind: FIX_ALL_KIND, edit: edit(edits) }];
	}
	const actions: CodeAction[] = [];
	for (const d of a.analysis.diagnostics) {
		const at = a.positions.range(d.span);
		const shown = params.context.diagnostics.find((v) => v.source === DIAGNOSTIC_SOURCE && v.code === d.code && sameRange(v.range, at));
		if (!shown && !touches(at, params.range)) continue;
		for (const fix of fixesOf(a, d)) {
			const action = toAction(fix, edit(fix.edits), shown);
			if (!only || only.some((k) => includes(k, action.kind!))) actions.push(action);
		}
	}
	return actions;
}

function toAction(fix: Fix, edit: WorkspaceEdit, shown: LspDiagnostic | undefined): CodeAction {
	return {
		title: fix.title,
		kind: fix.kind === 'quickfix' ? 'quickfix' : 'refactor.rewrite',
		edit,
		...(fix.preferred ? { isPreferred: true } : {}),
		...(shown ? { diagnostics: [shown] } : {}),
	};
}

/** Edits against the analysed version: a versioned edit when the client takes one, so a stale action is refused. */
function toWorkspaceEdit(a: Analysed, uri: string, edits: readonly TextEdit[], versioned: boolean): WorkspaceEdit {
	const changes = edits.map((e) => ({ range: a.positions.range(e.span), newText: e.newText }));
	return versioned ? { documentChanges: [{ textDocument: { uri, version: a.version }, edits: changes }] } : { changes: { [uri]: changes } };
}
