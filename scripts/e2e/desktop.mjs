#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
// `npm run e2e:desktop`: the same extension-host suites (test/e2e/suites) in a desktop VS Code
// through `@vscode/test-electron`, where VS Code itself loads the suites bundle
// (`extensionTestsPath`, whose `run()` rejects when a test fails) and the extension runs
// from this checkout (`extensionDevelopmentPath`, dist/extension.js). The VS Code is
// $VSCODE_EXECUTABLE when set, else downloaded by test-electron ($VSCODE_VERSION, default
// `stable`, cached in .vscode-test/): this project's machines cannot download it, so CI
// keeps code-server (scripts/e2e/run.mjs). Exits with VS Code's exit code.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleRunner } from './build-runner.mjs';
import { kraftStandInEnv, QUIET_SETTINGS } from './code-server.mjs';
import { ROOT } from './tools.mjs';

/** Where the run's files go (a copy of the workspace, VS Code's user data): wiped at each run. */
const ARTIFACTS = resolve(ROOT, process.env.KRAFTFILE_DESKTOP_ARTIFACTS || '.e2e-artifacts-desktop');

/** The arguments `runTests` gets, apart from where VS Code is. Exported for the unit test. */
export async function testOptions() {
	const built = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
	if (built.status !== 0) throw new Error(`node esbuild.mjs failed:\n${built.stdout}${built.stderr}`);
	const extensionTestsPath = await bundleRunner();
	rmSync(ARTIFACTS, { recursive: true, force: true });
	// The suites save files in the workspace: they get a copy, never the checkout's.
	const workspaceDir = join(ARTIFACTS, 'workspace');
	cpSync(join(ROOT, 'test/e2e/workspace'), workspaceDir, { recursive: true });
	const userData = join(ARTIFACTS, 'user-data');
	mkdirSync(join(userData, 'User'), { recursive: true });
	writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(QUIET_SETTINGS, null, '\t'));
	return {
		extensionDevelopmentPath: ROOT,
		extensionTestsPath,
		// The stand-in kraft first on PATH, and the host facts the kraft tasks suite expects.
		extensionTestsEnv: kraftStandInEnv(process.env.PATH, ARTIFACTS),
		launchArgs: [
			join(workspaceDir, 'e2e.code-workspace'),
			// Only this extension under development (and VS Code's built-in ones) runs.
			'--disable-extensions',
			'--disable-workspace-trust',
			'--user-data-dir', userData,
			'--extensions-dir', join(ARTIFACTS, 'extensions'),
		],
	};
}

async function main() {
	const { runTests, downloadAndUnzipVSCode } = await import('@vscode/test-electron');
	const options = await testOptions();
	const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE || (await downloadAndUnzipVSCode({ version: process.env.VSCODE_VERSION || 'stable', cachePath: join(ROOT, '.vscode-test') }));
	console.log(`[desktop] ${vscodeExecutablePath}\n[desktop] suites: ${options.extensionTestsPath}`);
	return runTests({ ...options, vscodeExecutablePath });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
	try {
		process.exit(await main());
	} catch (e) {
		console.error(`[desktop] ${e instanceof Error ? e.message : e}`);
		process.exit(1);
	}
}
