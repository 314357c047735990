// SPDX-License-Identifier: Apache-2.0
// scripts/e2e/desktop.mjs runs the extension-host suites in a desktop VS Code through
// `@vscode/test-electron`. No VS Code can be downloaded here, so it runs against a stand-in
// executable (given as VSCODE_EXECUTABLE, as a user would give theirs) that records how it
// was launched: the workspace, this checkout as the extension under development, the
// suites bundle as the tests. No network: with VSCODE_EXECUTABLE set nothing is downloaded.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './support/paths';

/** Runs desktop.mjs with a stand-in VS Code that exits with `exitCode`; returns its output and what the stand-in saw. */
function runWithStandIn(exitCode: number): { status: number | null; output: string; argv: string[]; env: Record<string, string>; dir: string } {
	const dir = mkdtempSync(join(tmpdir(), 'kraftfile-desktop-'));
	const record = join(dir, 'launch.json');
	const code = join(dir, 'code');
	writeFileSync(
		code,
		[
			'#!/usr/bin/env node',
			`require('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify({ argv: process.argv.slice(2), env: { KRAFTFILE_DESKTOP_ARTIFACTS: process.env.KRAFTFILE_DESKTOP_ARTIFACTS } }));`,
			`process.exit(${exitCode});`,
		].join('\n'),
	);
	chmodSync(code, 0o755);
	const r = spawnSync(process.execPath, [join(ROOT, 'scripts/e2e/desktop.mjs')], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, VSCODE_EXECUTABLE: code, KRAFTFILE_DESKTOP_ARTIFACTS: join(dir, 'artifacts') },
		timeout: 120_000,
	});
	const launched = existsSync(record) ? (JSON.parse(readFileSync(record, 'utf8')) as { argv: string[]; env: Record<string, string> }) : { argv: [], env: {} };
	return { status: r.status, output: `${r.stdout}${r.stderr}`, ...launched, dir };
}

test('desktop.mjs launches the given VS Code on the e2e workspace with this checkout and the suites bundle', (t) => {
	const run = runWithStandIn(0);
	t.after(() => rmSync(run.dir, { recursive: true, force: true }));
	assert.equal(run.status, 0, run.output);
	const workspace = join(run.dir, 'artifacts', 'workspace', 'e2e.code-workspace');
	assert.equal(run.argv[0], workspace, 'the workspace comes first');
	assert.ok(existsSync(workspace), 'the workspace copy exists');
	assert.ok(run.argv.includes(`--extensionDevelopmentPath=${ROOT}`), run.argv.join(' '));
	const tests = run.argv.find((a) => a.startsWith('--extensionTestsPath='))?.slice('--extensionTestsPath='.length);
	assert.equal(tests, join(ROOT, 'test/e2e/runner-extension/dist/suites.js'));
	assert.ok(existsSync(tests), 'the suites entry exists');
	// What VS Code calls: the bundle exports run(), and holds the suites (activation first).
	const bundle = readFileSync(tests, 'utf8');
	assert.match(bundle, /\brun: \(\) => run\b/);
	assert.ok(bundle.indexOf("suite('activation'") < bundle.indexOf("suite('soak'") || bundle.indexOf('suite("activation"') < bundle.indexOf('suite("soak"'), 'activation runs first');
	for (const flag of ['--disable-extensions', '--disable-workspace-trust']) assert.ok(run.argv.includes(flag), `no ${flag}`);
	assert.equal(run.argv[run.argv.indexOf('--user-data-dir') + 1], join(run.dir, 'artifacts', 'user-data'));
	assert.equal(run.env.KRAFTFILE_DESKTOP_ARTIFACTS, join(run.dir, 'artifacts'), 'the environment reaches VS Code');
	assert.ok(existsSync(join(ROOT, 'dist/extension.js')), 'the extension under development is built');
});

test('desktop.mjs fails when VS Code reports failed tests', (t) => {
	const run = runWithStandIn(1);
	t.after(() => rmSync(run.dir, { recursive: true, force: true }));
	assert.notEqual(run.status, 0, run.output);
	assert.ok(run.argv.length > 0, 'the stand-in was not launched');
});
