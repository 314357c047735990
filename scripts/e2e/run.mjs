#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
// The e2e run (`npm run e2e`): packages the extension as users get it, installs it and the
// test-runner extension into a fresh code-server, opens test/e2e/workspace in headless
// Chromium, collects the extension-host suites' results, runs the browser checks, prints
// the timings VS Code reports, and ends with `N passed, N failed`. On failure it prints the
// extension host log and leaves screenshots in .e2e-artifacts/. code-server and Chromium are
// stopped in every case. `--no-package` reuses dist/kraftfile.vsix from an earlier run;
// `--update-media` writes the screenshots into media/ (else .e2e-artifacts/screenshots/).
// KRAFTFILE_E2E_GREP=text runs only the tests and checks whose name contains it.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHECKS, watchKraftToasts } from '../../test/e2e/browser/checks.mjs';
import { LATENCY_CHECKS } from '../../test/e2e/browser/latency.mjs';
import { QUICK_FIX_CHECKS } from '../../test/e2e/browser/quick-fix.mjs';
import { UNTRUSTED_CHECKS, UNTRUSTED_SETTINGS } from '../../test/e2e/browser/untrusted.mjs';
import { WEB_CHECKS, WEB_SETTINGS } from '../../test/e2e/browser/web.mjs';
import { buildRunner } from './build-runner.mjs';
import { freePort, installExtensions, instanceDirs, kraftStandInEnv, startCodeServer } from './code-server.mjs';
import { ensureTools, ROOT } from './tools.mjs';
import { assembleKconfigWorkspace } from './kconfig-workspace.mjs';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ARTIFACTS = resolve(ROOT, process.env.KRAFTFILE_E2E_ARTIFACTS || '.e2e-artifacts');
/** Held while a run uses ARTIFACTS: two runs in one folder would wipe each other's files. */
const LOCK = join(ARTIFACTS, '.lock');
/** The tests may save files, so they get a copy of test/e2e/workspace, made at each run. */
const WORKSPACE_DIR = join(ARTIFACTS, 'workspace');
const WORKSPACE = join(WORKSPACE_DIR, 'e2e.code-workspace');
const VSIX = join(ROOT, 'dist/kraftfile.vsix');
/** What each timing printed at the end is (all in milliseconds, measured in this run). */
const METRICS = {
	firstDiagnosticsMs: 'first Kraftfile opened → its diagnostics (extension not yet active: includes activation)',
	activationMs: 'activation time as VS Code reports it (Running Extensions: code loading + activate())',
	'openToDiagnosticsMs.median': 'Kraftfile opened → its diagnostics, extension active (median)',
	'openToDiagnosticsMs.max': 'Kraftfile opened → its diagnostics, extension active (slowest)',
	'openToDiagnosticsMs.n': 'number of opens measured',
	explorerOpenToSquiggleMs: 'Kraftfile clicked in the Explorer → squiggle drawn',
	platformHoverWithPictureMs: 'mouse on a platform → its hover shown with the picture loaded',
	pictureWidth: 'natural width of that picture (px, not a time)',
	'keystrokeToSquiggleMs.median': 'key pressed that makes or mends an error → squiggle drawn or gone (median)',
	'keystrokeToSquiggleMs.p95': 'the same, 95th percentile',
	'keystrokeToSquiggleMs.max': 'the same, slowest',
	'keystrokeToSquiggleMs.n': 'number of keystrokes measured',
	'keystrokeToSquiggleMs.makes.median': 'the same, median of the keystrokes that make the error',
	'keystrokeToSquiggleMs.mends.median': 'the same, median of the keystrokes that mend it',
	'editToDiagnosticsMs.median': 'in the extension host: an edit that makes or mends an error → its diagnostics (median)',
	'editToDiagnosticsMs.max': 'the same, slowest',
	'editToDiagnosticsMs.n': 'number of edits measured',
	soakEdits: 'soak: edits made (a count, not a time)',
	soakEditsMs: 'soak: time to make them',
	soakSettledMs: 'soak: from the first edit until the diagnostics were those of the final text',
	soakHeapGrowthKB: 'soak: extension host heap growth after a full collection (KB, not a time)',
	webOpenToSquiggleMs: 'web worker extension host: Kraftfile clicked in the Explorer → squiggle drawn (includes activation)',
};
/** The suites' own tests have deadlines; this bounds the whole extension-host run. */
const SUITES_DEADLINE_MS = 180_000;

const started = Date.now();
const phases = {};
const results = [];
const metrics = {};
const cleanup = [];
let ok = false;
let locked = false;

process.on('SIGINT', () => void finish(130));
process.on('SIGTERM', () => void finish(143));

try {
	await main();
	ok = results.length > 0 && results.every((r) => r.passed);
} catch (e) {
	results.push({ name: 'harness', passed: false, error: e instanceof Error ? e.message : String(e) });
}
await finish(ok ? 0 : 1);

async function main() {
	mkdirSync(ARTIFACTS, { recursive: true });
	lock();
	for (const name of readdirSync(ARTIFACTS)) if (name !== '.lock') rmSync(join(ARTIFACTS, name), { recursive: true, force: true });
	cpSync(join(ROOT, 'test/e2e/workspace'), WORKSPACE_DIR, { recursive: true });
	// kraft's source layout beside main/kconfig/Kraftfile and main/kconfig-hover/Kraftfile, from
	// ../shared/sources (never copied into the project): the two kconfig suites.
	for (const project of ['kconfig', 'kconfig-hover']) assembleKconfigWorkspace(join(WORKSPACE_DIR, 'main', project), resolve(ROOT, '..', 'shared'));
	const tools = await phase('tools', () => ensureTools());
	if (!process.argv.includes('--no-package')) await phase('package', () => run('npm', ['run', 'package']));
	if (!existsSync(VSIX)) throw new Error(`${relative(ROOT, VSIX)} is missing: run npm run package`);
	const runnerVsix = await phase('runner', () => buildRunner(join(ARTIFACTS, 'build')));
	const dirs = instanceDirs(join(ARTIFACTS, 'code-server'));
	await phase('install', () => installExtensions(tools, dirs, [VSIX, runnerVsix]));
	const resultsFile = join(ARTIFACTS, 'extension-host-results.json');
	const port = await freePort();
	// VSCODE_CLI=1: the server then gives the extension host this environment as it is,
	// instead of one resolved from a login shell, whose profile resets PATH (and with it the
	// stand-in kraft; VS Code's resolveShellEnv() skips on VSCODE_CLI).
	const standIn = kraftStandInEnv(tools.env.PATH, ARTIFACTS);
	const server = await phase('start', () => startCodeServer(tools, dirs, { port, workspace: WORKSPACE, env: { KRAFTFILE_E2E_RESULTS: resultsFile, ...standIn, VSCODE_CLI: '1' } }));
	cleanup.push(server.stop);
	cleanup.push(() => printLogOnFailure(dirs));
	const browser = await chromium.launch({ executablePath: tools.chromium, args: CHROMIUM_ARGS, headless: true });
	cleanup.unshift(() => withTimeout(browser.close(), 10_000));
	const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
	// The workbench's console, where VS Code also forwards the extension host's console output.
	const consoleLog = join(ARTIFACTS, 'browser-console.log');
	page.on('console', (m) => appendFileSync(consoleLog, `[${m.type()}] ${m.text()}\n`));
	cleanup.unshift(() => (ok ? undefined : page.screenshot({ path: join(ARTIFACTS, 'last-page.png') }).catch(() => {})));
	await phase('workbench', async () => {
		await page.goto(`${server.url}/?workspace=${encodeURIComponent(WORKSPACE)}`);
		await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
		await watchKraftToasts(page);
	});
	const host = await phase('suites', () => waitForFile(resultsFile, SUITES_DEADLINE_MS));
	for (const t of host.tests) results.push({ name: `${t.suite} › ${t.test}`, passed: t.passed, ms: t.durationMs, error: t.error });
	Object.assign(metrics, host.metrics);
	await phase('browser', () => runBrowserChecks(page, [...CHECKS, ...QUICK_FIX_CHECKS, ...LATENCY_CHECKS], { kraftLog: standIn.KRAFT_STANDIN_LOG }));
	// The web worker extension host gets a code-server of its own (test/e2e/browser/web.mjs);
	// the first one is stopped, the machine has few cores.
	await server.stop();
	await phase('web', () => runWebChecks(tools, browser));
	await phase('untrusted', () => runUntrustedChecks(tools, browser));
}

/** The same .vsix in a code-server with workspace trust on: `main/` opens in Restricted Mode (test/e2e/browser/untrusted.mjs). */
async function runUntrustedChecks(tools, browser) {
	mkdirSync(join(ARTIFACTS, 'untrusted'), { recursive: true });
	const env = { ...kraftStandInEnv(tools.env.PATH, join(ARTIFACTS, 'untrusted')), VSCODE_CLI: '1' };
	await runSecondInstance(tools, browser, { name: 'untrusted', checks: UNTRUSTED_CHECKS, settings: UNTRUSTED_SETTINGS, env, trust: true, extra: { kraftLog: env.KRAFT_STANDIN_LOG } });
}

/** The same .vsix in a second code-server that runs it in the web worker extension host. */
async function runWebChecks(tools, browser) {
	await runSecondInstance(tools, browser, { name: 'web', checks: WEB_CHECKS, settings: WEB_SETTINGS });
}

/**
 * Another code-server with only the .vsix, on `main/`, for `checks` (those the grep keeps):
 * its own instance folders and console log, named `name`.
 */
async function runSecondInstance(tools, browser, { name, checks: all, settings, env, trust, extra }) {
	const checks = all.filter((c) => !process.env.KRAFTFILE_E2E_GREP || `browser › ${c.name}`.includes(process.env.KRAFTFILE_E2E_GREP));
	if (checks.length === 0) return;
	const dirs = instanceDirs(join(ARTIFACTS, `code-server-${name}`));
	installExtensions(tools, dirs, [VSIX]);
	const folder = join(WORKSPACE_DIR, 'main');
	const server = await startCodeServer(tools, dirs, { port: await freePort(), workspace: folder, settings, ...(env ? { env } : {}), ...(trust ? { trust } : {}) });
	cleanup.push(server.stop);
	const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
	const consoleLog = join(ARTIFACTS, `browser-console-${name}.log`);
	page.on('console', (m) => appendFileSync(consoleLog, `[${m.type()}] ${m.text()}\n`));
	// A busy machine loads a second workbench slowly: more time than the first gets.
	await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}`, { timeout: 120_000 });
	await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
	await runBrowserChecks(page, checks, extra);
	await page.close();
	await server.stop();
}

async function runBrowserChecks(page, all, extra = {}) {
	// Pictures for the README go to media/ only when asked, so a routine run changes no tracked file.
	const ctx = { ...extra, workspaceDir: WORKSPACE_DIR, mediaDir: process.argv.includes('--update-media') ? join(ROOT, 'media') : join(ARTIFACTS, 'screenshots') };
	mkdirSync(ctx.mediaDir, { recursive: true });
	const grep = process.env.KRAFTFILE_E2E_GREP;
	for (const check of all.filter((c) => !grep || `browser › ${c.name}`.includes(grep))) {
		const t = Date.now();
		try {
			Object.assign(metrics, await check.run(page, ctx));
			results.push({ name: `browser › ${check.name}`, passed: true, ms: Date.now() - t });
		} catch (e) {
			const shot = join(ARTIFACTS, `failed-${results.length}.png`);
			await page.screenshot({ path: shot }).catch(() => {});
			results.push({ name: `browser › ${check.name}`, passed: false, ms: Date.now() - t, error: `${e instanceof Error ? e.message : e}\n(screenshot: ${relative(ROOT, shot)})` });
			await page.keyboard.press('Escape').catch(() => {});
		}
	}
}

async function finish(code) {
	for (const step of cleanup.splice(0).concat(unlock)) {
		try {
			await step();
		} catch (e) {
			console.error(`[e2e] cleanup: ${e instanceof Error ? e.message : e}`);
		}
	}
	for (const r of results) console.log(`${r.passed ? 'ok  ' : 'FAIL'} ${r.name}${r.ms === undefined ? '' : ` (${r.ms} ms)`}${r.passed ? '' : `\n     ${String(r.error).replace(/\n/g, '\n     ')}`}`);
	console.log('\nTimings reported by VS Code and the suites (ms)');
	for (const [k, v] of Object.entries(metrics)) console.log(`  ${String(v).padStart(6)}  ${k}: ${METRICS[k] ?? ''}`);
	console.log(`Phases of this run (ms): ${Object.entries(phases).map(([k, v]) => `${k} ${v}`).join(', ')}; total ${((Date.now() - started) / 1000).toFixed(1)} s`);
	const passed = results.filter((r) => r.passed).length;
	console.log(`\n${passed} passed, ${results.length - passed} failed`);
	process.exit(code);
}

function lock() {
	const take = () => writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
	try {
		take();
	} catch {
		const pid = Number(readFileSync(LOCK, 'utf8'));
		if (pid && isAlive(pid)) throw new Error(`another e2e run (pid ${pid}) is using ${relative(ROOT, ARTIFACTS)}; wait for it, or set KRAFTFILE_E2E_ARTIFACTS to another folder`);
		rmSync(LOCK, { force: true }); // Left by a run that died.
		take();
	}
	locked = true;
}

function unlock() {
	if (locked) rmSync(LOCK, { force: true });
}

function isAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return e.code === 'EPERM';
	}
}

async function phase(name, fn) {
	const t = Date.now();
	try {
		return await fn();
	} finally {
		phases[name] = Date.now() - t;
	}
}

function run(command, args) {
	const r = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${r.stdout}${r.stderr}`);
}

/** Resolves with the JSON in `file` once it exists; rejects after `deadlineMs`. */
async function waitForFile(file, deadlineMs) {
	const deadline = Date.now() + deadlineMs;
	while (!existsSync(file)) {
		if (Date.now() > deadline) throw new Error(`no extension-host results in ${relative(ROOT, file)} within ${deadlineMs / 1000} s (did the runner extension start?)`);
		await new Promise((r) => setTimeout(r, 250));
	}
	return JSON.parse(readFileSync(file, 'utf8'));
}

function printLogOnFailure(dirs) {
	if (ok) return;
	const logs = findFiles(join(dirs.userData, 'logs'), (f) => /exthost\d*\.log$/.test(f));
	for (const log of logs) console.log(`\n--- ${relative(ROOT, log)} ---\n${readFileSync(log, 'utf8')}--- end of ${relative(ROOT, log)} ---`);
	if (logs.length === 0) console.log(`[e2e] no extension host log under ${relative(ROOT, dirs.userData)}/logs; code-server's own log: ${relative(ROOT, dirs.log)}`);
}

function findFiles(dir, match) {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const p = join(dir, name);
		return statSync(p).isDirectory() ? findFiles(p, match) : match(p) ? [p] : [];
	});
}

function withTimeout(p, ms) {
	return Promise.race([p, new Promise((r) => setTimeout(r, ms))]);
}
