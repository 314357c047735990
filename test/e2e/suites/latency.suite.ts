// SPDX-License-Identifier: Apache-2.0
// Edit to diagnostics inside the extension host: what the extension adds to keystroke to
// squiggle (browser/latency.mjs measures the whole way, through the page and code-server).
// 50 edits that make or mend an error, each timed from VS Code's change event until
// `getDiagnostics` has the new diagnostics (polled on every turn of the event loop: VS Code
// delays `onDidChangeDiagnostics` in the extension host by 50 ms, which would hide what the
// extension does). Reported as `editToDiagnosticsMs` (median, max, n).
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { recordSample, suite, test } from './framework';
import { DEADLINE_MS, kraftfileDiagnostics, waitForDiagnostics } from './helpers';
import { untitledKraftfile } from './scratch';

const EDITS = 50;

suite('latency', () => {
	test(`${EDITS} edits that make or mend an error: change event → diagnostics`, async () => {
		const scratch = await untitledKraftfile('spec: v0.6\nname: latency\nunikraft: stable\ntargets:\n  - qemu/x86_64\n');
		try {
			const { document } = scratch;
			const uri = document.uri;
			await waitForDiagnostics(uri, () => true, 'a first check');
			const end = new vscode.Position(4, 15);
			for (let i = 0; i < EDITS; i++) {
				const makes = i % 2 === 0;
				let changedAt = 0;
				const listener = vscode.workspace.onDidChangeTextDocument((e) => {
					if (e.document === document) changedAt = performance.now();
				});
				const want = makes ? 1 : 0;
				const edit = new vscode.WorkspaceEdit();
				if (makes) edit.delete(uri, new vscode.Range(end.translate(0, -1), end));
				else edit.insert(uri, end.translate(0, -1), '4');
				assert.ok(await vscode.workspace.applyEdit(edit));
				const deadline = performance.now() + DEADLINE_MS;
				while (changedAt === 0 || kraftfileDiagnostics(uri).length !== want) {
					assert.ok(performance.now() < deadline, `edit ${i + 1}: ${makes ? 'no unknown-architecture error' : 'the error stayed'} within ${DEADLINE_MS} ms`);
					await new Promise((r) => setImmediate(r));
				}
				recordSample('editToDiagnosticsMs', Math.round((performance.now() - changedAt) * 10) / 10);
				listener.dispose();
			}
			assert.deepEqual(kraftfileDiagnostics(uri), []);
		} finally {
			await scratch.dispose();
		}
	});
});
