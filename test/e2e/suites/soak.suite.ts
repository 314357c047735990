// SPDX-License-Identifier: Apache-2.0
// Soak: 10,000 rapid edits to one Kraftfile, a close while a check is pending, a reopen.
// No diagnostics may be stale (they equal those of a fresh document holding the same
// text), and the extension host's heap after a full collection may grow by less than 5 MB.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as vscode from 'vscode';
import { recordMetric, suite, test } from './framework';
import { closeTabsOf, kraftfileDiagnostics, renderAll, waitForAnyDiagnostics, waitForClose, waitForDiagnostics } from './helpers';
import { temporaryKraftfile } from './scratch';

const EDITS = 10_000;
/**
 * Lines replaced by each WorkspaceEdit: one edit per target line, so EDITS / LINES change
 * events. Each WorkspaceEdit is a round trip to the workbench (in code-server, over a web
 * socket: 20 to 60 ms on a busy machine), so 100 of them keep the soak within a test's 30 s.
 */
const LINES = 100;
const HEAP_GROWTH_LIMIT = 5 * 1024 * 1024;
/** What the target lines cycle through: fine, unknown architecture, unknown platform, an alias, removed platforms. */
const TARGETS = ['qemu/x86_64', 'qemu/x86_6', 'qemux/x86_64', 'qemu/amd64', 'fc/arm64', 'xen/arm', 'linuxu/x86_64', 'kvm/x86_64', 'fc/x86_64'];
const header = 'spec: v0.6\nname: soak\nunikraft: stable\ntargets:\n';
const textOf = (round: number): string => header + Array.from({ length: LINES }, (_, i) => `  - ${TARGETS[(round + i) % TARGETS.length]}\n`).join('');

/** A full collection: `global.gc` when the host exposes it, else the V8 flag turned on for a fresh context. */
function collect(): void {
	let gc = (globalThis as { gc?: () => void }).gc;
	if (!gc) {
		setFlagsFromString('--expose-gc');
		gc = runInNewContext('gc') as () => void;
	}
	gc();
	gc();
}

async function heapAfterCollection(): Promise<number> {
	// Let pending timers and promise jobs of the extension finish first.
	await new Promise((r) => setTimeout(r, 50));
	collect();
	return process.memoryUsage().heapUsed;
}

/**
 * Opens `uri` in an editor only (not through `openTextDocument`, which keeps the document
 * open after its editor closes), so closing the editor closes the document.
 */
async function openInEditor(uri: vscode.Uri): Promise<vscode.TextDocument> {
	await vscode.commands.executeCommand('vscode.open', uri);
	const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
	assert.ok(document, `${uri.fsPath} did not open`);
	return document;
}

async function closeEditorOf(uri: vscode.Uri): Promise<void> {
	const closed = waitForClose(uri);
	await closeTabsOf(uri);
	await closed;
}

/** The diagnostics the extension gives a fresh file holding `text`: what no staleness looks like. */
async function freshDiagnostics(text: string): Promise<string[]> {
	const file = temporaryKraftfile(text);
	try {
		const shown = waitForAnyDiagnostics(file.uri);
		const document = await openInEditor(file.uri);
		const rendered = renderAll(await shown, document);
		await closeEditorOf(file.uri);
		return rendered;
	} finally {
		file.dispose();
	}
}

let heapBefore = 0;
let file: ReturnType<typeof temporaryKraftfile> | undefined;
/** The edits of the first test: a test that times out goes on running, and the next waits for it. */
let editing: Promise<void> | undefined;

async function soakEdits(): Promise<void> {
	file = temporaryKraftfile(textOf(0));
	const uri = file.uri;
	const shown = waitForAnyDiagnostics(uri);
	const document = await openInEditor(uri);
	await shown;
	heapBefore = await heapAfterCollection();
	const started = performance.now();
	const lines = Array.from({ length: LINES }, (_, i) => new vscode.Range(4 + i, 0, 5 + i, 0));
	// One after the other, as typing is: VS Code refuses an edit made for an older
	// version of the document, so edits cannot be in flight together.
	let round = 0;
	for (; round * LINES < EDITS; round++) {
		const edit = new vscode.WorkspaceEdit();
		const text = textOf(round + 1).split('\n');
		lines.forEach((range, i) => edit.replace(uri, range, `${text[4 + i]}\n`));
		assert.ok(await vscode.workspace.applyEdit(edit), `edit ${round + 1} was not applied`);
	}
	const editsMs = Math.round(performance.now() - started);
	recordMetric('soakEdits', round * LINES);
	recordMetric('soakEditsMs', editsMs);
	assert.equal(document.getText(), textOf(round));
	const want = await freshDiagnostics(document.getText());
	await waitForDiagnostics(uri, (d) => JSON.stringify(renderAll(d, document)) === JSON.stringify(want), 'the diagnostics of the final text');
	recordMetric('soakSettledMs', Math.round(performance.now() - started));
}

suite('soak', () => {
	test(`${EDITS} rapid edits: the diagnostics end as those of the final text`, async () => {
		editing = soakEdits();
		await editing;
	});

	test('a close while a check is pending leaves no diagnostics behind', async () => {
		await editing?.catch(() => undefined);
		assert.ok(file, 'the edit test did not run');
		const uri = file.uri;
		const document = await openInEditor(uri);
		await vscode.window.showTextDocument(document);
		const edit = new vscode.WorkspaceEdit();
		edit.replace(uri, new vscode.Range(4, 0, 5, 0), '  - qemux/x86_64\n');
		assert.ok(await vscode.workspace.applyEdit(edit));
		// The check of this edit is scheduled, not run: close now, and revert the unsaved edits.
		const closed = waitForClose(uri);
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
		await closed;
		assert.deepEqual(kraftfileDiagnostics(uri), []);
		// Longer than any check the extension may hold (its 150 ms debounce): a late one would show here.
		await new Promise((r) => setTimeout(r, 400));
		assert.deepEqual(renderAll(kraftfileDiagnostics(uri)), [], 'stale diagnostics after the close');
	});

	test('a reopen shows the diagnostics of the file, and the heap grew by less than 5 MB', async () => {
		assert.ok(file, 'the edit test did not run');
		const uri = file.uri;
		const document = await openInEditor(uri);
		// What is on disk: the edits may have been saved (in a browser, VS Code's files.autoSave defaults to afterDelay).
		assert.equal(document.getText(), readFileSync(file.path, 'utf8'), 'the reopened document is not the file on disk');
		const want = await freshDiagnostics(document.getText());
		const got = await waitForDiagnostics(uri, (d) => d.length === want.length, 'the diagnostics of the reopened file');
		assert.deepEqual(renderAll(got, document), want);
		await closeEditorOf(uri);
		file.dispose();
		const growth = (await heapAfterCollection()) - heapBefore;
		recordMetric('soakHeapGrowthKB', Math.round(growth / 1024));
		assert.ok(growth < HEAP_GROWTH_LIMIT, `the heap grew by ${(growth / 1024 / 1024).toFixed(1)} MB over the soak`);
	});
});
