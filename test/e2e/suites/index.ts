// SPDX-License-Identifier: Apache-2.0
// The entry both runners call. scripts/e2e/build-runner.mjs bundles every `*.suite.ts` of
// this folder (activation first) with this file into runner-extension/dist/suites.js:
// - `@vscode/test-electron` loads that file as `extensionTestsPath` and awaits `run()`;
// - the test-runner extension calls `runAll()` and writes the results for the harness.
import { runAll } from './framework';

export { runAll, type RunResults, type TestResult } from './framework';

/** Runs every suite; rejects when a test failed (what `@vscode/test-electron` expects). */
export async function run(): Promise<void> {
	const results = await runAll((line) => console.log(line));
	console.log(`${results.passed} passed, ${results.failed} failed`);
	if (results.failed > 0) throw new Error(`${results.failed} extension-host test(s) failed`);
}
