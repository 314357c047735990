// SPDX-License-Identifier: Apache-2.0
// What the suites share: finding fixtures in the workspace, waiting on the extension's
// diagnostics with a deadline (never a fixed sleep), and rendering diagnostics as text.
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { recordSample } from './framework';

export const EXTENSION_ID = 'kraftfile-tools.kraftfile';
export const LANGUAGE_ID = 'kraftfile';
/** How long a wait on VS Code may take before the test fails. */
export const DEADLINE_MS = 10_000;

/**
 * The URI of a fixture given as `<folder>/<path>`, where `<folder>` is the name of a
 * folder of the test workspace (test/e2e/workspace/e2e.code-workspace): `main/names/Kraftfile`.
 */
export function fixture(path: string): vscode.Uri {
	const [folderName, ...rest] = path.split('/');
	const folder = vscode.workspace.workspaceFolders?.find((f) => f.name === folderName);
	if (!folder) {
		const open = (vscode.workspace.workspaceFolders ?? []).map((f) => f.name).join(', ') || 'none';
		throw new Error(`no workspace folder "${folderName}" (open: ${open}); open test/e2e/workspace/e2e.code-workspace`);
	}
	return vscode.Uri.joinPath(folder.uri, ...rest);
}

/** The diagnostics this extension reports for `uri` (other extensions' are left out). */
export function kraftfileDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
	return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'kraftfile');
}

/**
 * Resolves with the extension's diagnostics for `uri` as soon as `until` holds for them,
 * checking now and on every `onDidChangeDiagnostics` for `uri`; rejects after `deadlineMs`
 * with what it was waiting for and what there is. Start waiting before the action that
 * should change them, and await after it. `of`: which diagnostics (default: this
 * extension's; `vscode.languages.getDiagnostics` for every source, e.g. `kraft`, `gcc`).
 */
export function waitForDiagnostics(uri: vscode.Uri, until: (d: vscode.Diagnostic[]) => boolean, what: string, deadlineMs = DEADLINE_MS, of: (uri: vscode.Uri) => vscode.Diagnostic[] = kraftfileDiagnostics): Promise<vscode.Diagnostic[]> {
	return new Promise((resolve, reject) => {
		const key = uri.toString();
		const check = (): void => {
			const found = of(uri);
			if (!until(found)) return;
			stop();
			resolve(found);
		};
		const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
			if (e.uris.some((u) => u.toString() === key)) check();
		});
		const timer = setTimeout(() => {
			stop();
			const now = of(uri).map((d) => render(d)).join('; ') || 'none';
			reject(new Error(`no ${what} for ${vscode.workspace.asRelativePath(uri)} within ${deadlineMs} ms; diagnostics now: ${now}`));
		}, deadlineMs);
		const stop = (): void => {
			subscription.dispose();
			clearTimeout(timer);
		};
		queueMicrotask(check);
	});
}

/** Waits until `uri` has at least one diagnostic from this extension. */
export function waitForAnyDiagnostics(uri: vscode.Uri, deadlineMs = DEADLINE_MS): Promise<vscode.Diagnostic[]> {
	return waitForDiagnostics(uri, (d) => d.length > 0, 'diagnostics', deadlineMs);
}

/**
 * Opens a fixture's document and waits for its first diagnostics; records the time from
 * the open to them as a sample of `openToDiagnosticsMs` (only for documents not yet open,
 * whose diagnostics are computed by this open).
 */
export async function openWithDiagnostics(uri: vscode.Uri): Promise<{ document: vscode.TextDocument; diagnostics: vscode.Diagnostic[] }> {
	const fresh = !vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
	const started = performance.now();
	const waiting = waitForAnyDiagnostics(uri);
	const document = await vscode.workspace.openTextDocument(uri);
	const diagnostics = await waiting;
	if (fresh) recordSample('openToDiagnosticsMs', Math.round(performance.now() - started));
	return { document, diagnostics };
}

/**
 * Resolves when VS Code reports `uri` closed (its text document disposed), rejects after
 * the deadline. Start waiting before the action that closes it.
 */
export function waitForClose(uri: vscode.Uri, deadlineMs = DEADLINE_MS): Promise<void> {
	return new Promise((resolve, reject) => {
		const subscription = vscode.workspace.onDidCloseTextDocument((d) => {
			if (d.uri.toString() !== uri.toString()) return;
			subscription.dispose();
			clearTimeout(timer);
			resolve();
		});
		const timer = setTimeout(() => {
			subscription.dispose();
			reject(new Error(`${vscode.workspace.asRelativePath(uri)} was not closed within ${deadlineMs} ms`));
		}, deadlineMs);
	});
}

/**
 * One diagnostic as `line:character-line:character severity code "covered text"`
 * (0-based, as VS Code's `Range`), for exact comparisons that read well when they fail.
 */
export function render(d: vscode.Diagnostic, document?: vscode.TextDocument): string {
	const { start, end } = d.range;
	const text = document ? ` ${JSON.stringify(document.getText(d.range))}` : '';
	return `${start.line}:${start.character}-${end.line}:${end.character} ${SEVERITY[d.severity]} ${codeOf(d)}${text}`;
}

/** All diagnostics of a document rendered and sorted. */
export function renderAll(diagnostics: readonly vscode.Diagnostic[], document?: vscode.TextDocument): string[] {
	return diagnostics.map((d) => render(d, document)).sort();
}

/** The diagnostic's code as a string (`{ value, target }` or a plain value). */
export function codeOf(d: vscode.Diagnostic): string {
	return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Closes the editor tabs that show `uri`, in every group. */
export async function closeTabsOf(uri: vscode.Uri): Promise<void> {
	const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
	await vscode.window.tabGroups.close(tabs);
}

const SEVERITY: Record<vscode.DiagnosticSeverity, string> = {
	[vscode.DiagnosticSeverity.Error]: 'error',
	[vscode.DiagnosticSeverity.Warning]: 'warning',
	[vscode.DiagnosticSeverity.Information]: 'information',
	[vscode.DiagnosticSeverity.Hint]: 'hint',
};
