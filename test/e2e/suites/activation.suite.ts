// SPDX-License-Identifier: Apache-2.0
// Runs first (see scripts/e2e/build-runner.mjs): the extension must start only when a
// Kraftfile opens, and this measures how long that first open takes to show diagnostics.
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { recordMetric, suite, test } from './framework';
import { EXTENSION_ID, fixture, renderAll, waitForAnyDiagnostics } from './helpers';

suite('activation', () => {
	test('the extension is installed and not started before a Kraftfile opens', () => {
		const extension = vscode.extensions.getExtension(EXTENSION_ID);
		assert.ok(extension, `${EXTENSION_ID} is not installed`);
		assert.equal(extension.isActive, false, 'the extension started although no Kraftfile is open');
	});

	test('opening a Kraftfile starts the extension and shows its diagnostics', async () => {
		const uri = fixture('main/names/Kraftfile');
		const started = performance.now();
		const waiting = waitForAnyDiagnostics(uri);
		const document = await vscode.workspace.openTextDocument(uri);
		const diagnostics = await waiting;
		recordMetric('firstDiagnosticsMs', Math.round(performance.now() - started));
		assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
		assert.deepEqual(renderAll(diagnostics, document), ['5:4-5:9 error unknown-platform "qemux"']);
	});
});
