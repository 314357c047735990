// SPDX-License-Identifier: Apache-2.0
import * as vscode from 'vscode';
import { workspaceRequests } from '../core';
import type { Analysis } from '../core';
import type { AnalysisCache } from './analysis-cache';
import { toDiagnostic } from './convert';
import { isKraftfile } from './selector';
import { folderOf } from './workspace-facts';

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
 * How long the first check of a Kraftfile waits for the files around it (a few stats,
 * milliseconds on a local disk) before it shows what it has; the rest follows when they come.
 */
const WORKSPACE_WAIT_MS = 300;

/**
 * Keeps the Problems of every open Kraftfile current: at once when it opens, at once or
 * debounced while it is edited (by what its last check cost), dropped when it closes. The
 * diagnostics are replaced in one `set` when the new ones are ready, never cleared first,
 * so squiggles do not blink while a word is typed. A run for an older version than the
 * document now has is discarded rather than shown. The files around a Kraftfile are
 * gathered once per folder (`WorkspaceFactsCache`), and its Problems computed again when
 * they are in, or change.
 */
export function registerDiagnostics(readme: vscode.Uri, cache: AnalysisCache): vscode.Disposable {
	const collection = vscode.languages.createDiagnosticCollection('kraftfile');
	const timers = new Map<string, ReturnType<typeof setTimeout>>();
	// Publications waiting for the files around a document (see WORKSPACE_WAIT_MS).
	const lates = new Set<ReturnType<typeof setTimeout>>();
	let disposed = false;
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
			const analysis = cache.get(document);
			cost.set(key, performance.now() - started);
			const { failures } = analysis;
			for (const f of failures ?? []) {
				const rule = f.codes.join(', ') || 'analysis';
				if (logged.has(rule)) continue;
				logged.add(rule);
				console.error(`[kraftfile] ${rule} failed; its diagnostics are left out`, f.error);
			}
			const gathering = cache.workspace.ensure(document, workspaceRequests(analysis));
			if (!gathering) {
				publish(document, version, analysis);
				return;
			}
			// Shown without the facts only if they are slow to come; then checked again with them.
			const late = setTimeout(() => {
				lates.delete(late);
				publish(document, version, analysis);
			}, WORKSPACE_WAIT_MS);
			lates.add(late);
			void gathering.then(() => {
				if (disposed) return;
				lates.delete(late);
				clearTimeout(late);
				// Not if an edit is pending: its own run comes after the debounce.
				if (!document.isClosed && !timers.has(key)) run(document);
			});
		} catch (e) {
			// The core does not throw by design; if it ever does, say so once instead of breaking the editor.
			collection.delete(document.uri);
			console.error('[kraftfile] analysis failed', e);
		}
	};
	const publish = (document: vscode.TextDocument, version: number, analysis: Analysis): void => {
		if (document.isClosed || document.version !== version || !isKraftfile(document)) return;
		collection.set(
			document.uri,
			analysis.diagnostics.map((d) => toDiagnostic(document, d, readme)),
		);
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
		// Files around Kraftfiles appeared or went: check the open ones in that folder again.
		cache.workspace.onDidChange((folder) => {
			for (const d of vscode.workspace.textDocuments) if (isKraftfile(d) && folderOf(d.uri)?.toString() === folder.toString()) run(d);
		}),
		// The Kconfig index was read (a Kraftfile with kconfig asked for it): check them again with it.
		...(cache.kconfigIndex ? [cache.kconfigIndex.onDidLoad(() => vscode.workspace.textDocuments.forEach(run))] : []),
		// Switching a document's language fires close + open; a non-Kraftfile is cleared in `run`.
		vscode.workspace.onDidChangeConfiguration((e) => {
			if (!e.affectsConfiguration('kraftfile')) return;
			cache.clear();
			for (const d of vscode.workspace.textDocuments) run(d);
		}),
		{
			dispose: () => {
				disposed = true;
				timers.forEach((t) => clearTimeout(t));
				lates.forEach((t) => clearTimeout(t));
				lates.clear();
			},
		},
	);
}
