// SPDX-License-Identifier: Apache-2.0
// The test-runner extension: code-server has no `--extensionTestsPath`, so this extension,
// installed only for the e2e run, runs the extension-host suites when VS Code has started
// and writes the results to the file named by KRAFTFILE_E2E_RESULTS (JSON) and a summary
// line beside it (`<file>.txt`). Without that variable it does nothing.
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as vscode from 'vscode';
import type { RunResults } from '../../suites/index';

export async function activate(_context: vscode.ExtensionContext): Promise<void> {
	const out = process.env['KRAFTFILE_E2E_RESULTS'];
	if (!out) return;
	// Not awaited: activation returns at once and the suites run beside the workbench.
	void runSuites(out);
}

export function deactivate(): void {}

async function runSuites(out: string): Promise<void> {
	let results: RunResults;
	try {
		// A file of its own beside this one (see scripts/e2e/build-runner.mjs), so the same
		// bundle serves `@vscode/test-electron`.
		// eslint-disable-next-line @typescript-eslint/no-require-imports -- a file found at run time, beside the bundle; not bundled in
		const suites = require(join(__dirname, 'suites.js')) as typeof import('../../suites/index');
		results = await suites.runAll((line) => console.log(`[e2e] ${line}`), process.env['KRAFTFILE_E2E_GREP'] || undefined);
	} catch (e) {
		const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
		results = { passed: 0, failed: 1, tests: [{ suite: 'runner', test: 'load and run the suites', passed: false, durationMs: 0, error }], metrics: {} };
	}
	// Write then rename, so the harness never reads half a file.
	writeFileSync(`${out}.tmp`, JSON.stringify(results, null, 2));
	writeFileSync(`${out}.txt`, `${results.passed} passed, ${results.failed} failed\n`);
	renameSync(`${out}.tmp`, out);
}
