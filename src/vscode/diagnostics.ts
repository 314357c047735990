// SPDX-License-Identifier: Apache-2.0
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysis-cache';
import { toDiagnostic } from './convert';
import { isKraftfile } from './selector';

/** How long typing must pause before a Kraftfile is checked again. */
const DEBOUNCE_MS = 150;

/**
 * Keeps the Problems of every open Kraftfile current: at once when it opens, debounced
 * while it is edited, dropped when it closes. A run for an older version than the
 * document now has is discarded rather than shown.
 */
export function registerDiagnostics(readme: vscode.Uri, cache: AnalysisCache): vscode.Disposable {
	const collection = vscode.languages.createDiagnosticCollection('kraftfile');
	const timers = new Map<string, ReturnType<typeof setTimeout>>();
	// A rule that throws is a bug: log it once per rule, not on every keystroke.
	const logged = new Set<string>();

	const run = (document: vscode.TextDocument): void => {
		const key = document.uri.toString();
		clearTimeout(timers.get(key));
		timers.delete(key);
		if (document.isClosed || !isKraftfile(document)) {
			collection.delete(document.uri);
			return;
		}
		try {
			const { diagnostics, failures } = cache.get(document);
			for (const f of failures ?? []) {
				const rule = f.codes.join(', ') || 'analysis';
				if (logged.has(rule)) continue;
				logged.add(rule);
				console.error(`[kraftfile] ${rule} failed; its diagnostics are left out`, f.error);
			}
			collection.set(
				document.uri,
				diagnostics.map((d) => toDiagnostic(document, d, readme)),
			);
		} catch (e) {
			// The core does not throw by design; if it ever does, say so once instead of breaking the editor.
			collection.delete(document.uri);
			console.error('[kraftfile] analysis failed', e);
		}
	};
	const schedule = (document: vscode.TextDocument): void => {
		if (!isKraftfile(document)) return;
		const key = document.uri.toString();
		clearTimeout(timers.get(key));
		timers.set(key, setTimeout(() => run(document), DEBOUNCE_MS));
	};
	const forget = (document: vscode.TextDocument): void => {
		const key = document.uri.toString();
		clearTimeout(timers.get(key));
		timers.delete(key);
		collection.delete(document.uri);
	};

	for (const d of vscode.workspace.textDocuments) run(d);
	return vscode.Disposable.from(
		collection,
		vscode.workspace.onDidOpenTextDocument(run),
		vscode.workspace.onDidChangeTextDocument((e) => schedule(e.document)),
		vscode.workspace.onDidCloseTextDocument(forget),
		// Switching a document's language fires close + open; a non-Kraftfile is cleared in `run`.
		vscode.workspace.onDidChangeConfiguration((e) => {
			if (!e.affectsConfiguration('kraftfile')) return;
			cache.clear();
			for (const d of vscode.workspace.textDocuments) run(d);
		}),
		{ dispose: () => timers.forEach((t) => clearTimeout(t)) },
	);
}
