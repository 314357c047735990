// SPDX-License-Identifier: Apache-2.0
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysis-cache';
import { toDiagnostic } from './convert';
import { isKraftfile } from './selector';

/** How long typing must pause before a Kraftfile whose last check was costly is checked again. */
const DEBOUNCE_MS = 150;
/**
 * A check that took less than this (in ms) is cheap: the next edit is checked at once
 * (after the edits of the same burst, a 0 ms timer) instead of after the debounce. Kraftfiles
 * are small and a check takes about 1 ms, so a squiggle follows the keystroke; a huge file
 * falls back to the debounce and typing stays smooth.
 */
const CHEAP_MS = 5;

/**
 * Keeps the Problems of every open Kraftfile current: at once when it opens, at once or
 * debounced while it is edited (by what its last check cost), dropped when it closes. The
 * diagnostics are replaced in one `set` when the new ones are ready, never cleared first,
 * so squiggles do not blink while a word is typed. A run for an older version than the
 * document now has is discarded rather than shown.
 */
export function registerDiagnostics(readme: vscode.Uri, cache: AnalysisCache): vscode.Disposable {
	const collection = vscode.languages.createDiagnosticCollection('kraftfile');
	const timers = new Map<string, ReturnType<typeof setTimeout>>();
	/** What the last check of each open document took (ms), which picks the next one's delay. */
	const cost = new Map<string, number>();
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
		const version = document.version;
		const started = performance.now();
		try {
			const { diagnostics, failures } = cache.get(document);
			for (const f of failures ?? []) {
				const rule = f.codes.join(', ') || 'analysis';
				if (logged.has(rule)) continue;
				logged.add(rule);
				console.error(`[kraftfile] ${rule} failed; its diagnostics are left out`, f.error);
			}
			if (document.isClosed || document.version !== version) return;
			collection.set(
				document.uri,
				diagnostics.map((d) => toDiagnostic(document, d, readme)),
			);
			cost.set(key, performance.now() - started);
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
		// Unknown cost (not checked yet, or the check failed): debounce, the safe side.
		const delay = (cost.get(key) ?? Infinity) < CHEAP_MS ? 0 : DEBOUNCE_MS;
		timers.set(key, setTimeout(() => run(document), delay));
	};
	const forget = (document: vscode.TextDocument): void => {
		const key = document.uri.toString();
		clearTimeout(timers.get(key));
		timers.delete(key);
		cost.delete(key);
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
