// SPDX-License-Identifier: Apache-2.0
// What the built bundles can do, read from the bundles themselves (dist/, built by
// `npm run build`, which `npm run test:unit` runs first): no child process but
// `kraft version` and the tasks the user runs (in trusted workspaces only, ALLOWED below), no network, no evaluated code, only the Node.js modules listed here, and in the extension no file
// access but the few reads of this machine's state that make it safe in untrusted and
// virtual workspaces. The manifest declares exactly that.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './support/paths';

/** Code that starts processes, reaches the network or evaluates strings. */
const FORBIDDEN: readonly [string, RegExp][] = [
	['child processes', /child_process|\b(spawn|spawnSync|execSync|execFile|execFileSync|fork)\s*\(/g],
	['network modules', /require\(\s*["'](node:)?(http|https|http2|net|tls|dgram|dns|cluster|inspector|worker_threads)["']\s*\)/g],
	['fetch', /\bfetch\s*\(/g],
	['XMLHttpRequest', /XMLHttpRequest/g],
	['WebSocket', /WebSocket/g],
	['eval', /\beval\b/g],
	['new Function', /\bFunction\s*\(/g],
	['vm', /\bvm\.runIn|require\(\s*["'](node:)?vm["']\s*\)/g],
	['native code', /process\.(binding|dlopen)\s*\(/g],
	['dynamic import', /\bimport\s*\(/g],
];

/**
 * Matches of FORBIDDEN that are harmless, each by its exact text in the bundle and why.
 * None today: the `yaml` library has no such code (it reads `process.env.LOG_TOKENS` and
 * `LOG_STREAM` for its own debugging, and uses `Buffer` for `!!binary`).
 */
const ALLOWED: readonly { readonly bundle: string; readonly text: string; readonly why: string }[] = [
	{ bundle: 'extension.js', text: 'var import_node_child_process = require("node:child_process");', why: 'the module of the execFile below' },
	{
		bundle: 'extension.js',
		text: '(0, import_node_child_process.execFile)(command, ["version"]',
		why: 'src/node/kraft-probe.ts: `kraft version` (an argument list, no shell, a timeout), only in a trusted workspace; kraft run and deploy are ProcessExecutions VS Code starts when the user runs them',
	},
	{ bundle: 'extension.js', text: 'var import_node_child_process2 = require("node:child_process");', why: 'the module of the spawn below' },
	{
		bundle: 'extension.js',
		text: 'child = (0, import_node_child_process2.spawn)(command, [...args], { cwd: options.cwd, env: { ...process.env, ...options.env }, shell: false,',
		why: 'src/node/spawn-lines.ts: the build task runs kraft, and the QEMU task QEMU, when the user runs the task (an argument list, no shell); tasks exist only in a trusted workspace',
	},
	...['extension.js', 'web/extension.js'].map((bundle) => ({ bundle, text: '--eval-command="target remote :', why: 'GDB\'s option in the steps by hand (src/core/qemu-debug.ts), text, not an eval' })),
];

/** Every module each bundle requires, and why it may. */
const MODULES: Record<string, Record<string, string>> = {
	'extension.js': {
		vscode: 'the extension API',
		'node:fs': 'stat and access /dev/kvm (host facts), and whether the packaged readme.md exists',
		'node:path': 'joins the extension path',
		'node:crypto': 'randomBytes for the webview content-security-policy nonce',
		'node:child_process': 'execFile of `kraft version` in a trusted workspace (src/node/kraft-probe.ts); spawn of a task the user runs (src/node/spawn-lines.ts)',
		process: 'yaml: process.emitWarning and its LOG_* debug variables',
		buffer: 'yaml: base64 of !!binary scalars',
	},
	'web/extension.js': {
		vscode: 'the extension API (and nothing else: test/unit/web-bundle.test.ts)',
	},
	'cli.js': {
		'node:fs': 'reads the files it checks; --fix writes them (in place)',
		'node:fs/promises': 'looks at the files beside each Kraftfile (src/node/workspace-fs.ts: stat, list, bounded reads of regular files)',
		'node:path': 'the folder and name of each Kraftfile',
		process: 'yaml: process.emitWarning and its LOG_* debug variables',
		buffer: 'yaml: base64 of !!binary scalars',
	},
};

/**
 * The `node:fs` functions the extension may call: reads of this machine's state, never of
 * workspace files (src/node/detect-host.ts: the mode of /dev/kvm and the contents of
 * /proc/xen/capabilities; extension.ts: whether its own README is `readme.md`).
 */
const EXTENSION_FS = ['accessSync', 'constants', 'existsSync', 'readFileSync', 'statSync'];

function bundle(name: string): string {
	const path = join(ROOT, 'dist', name);
	assert.ok(existsSync(path), `no ${path}: run \`npm run build\` first (\`npm run test:unit\` does)`);
	return readFileSync(path, 'utf8');
}

for (const name of Object.keys(MODULES)) {
	test(`${name}: no child process, no network, no evaluated code`, () => {
		const code = bundle(name);
		const found: string[] = [];
		for (const [what, pattern] of FORBIDDEN) {
			for (const m of code.matchAll(pattern)) {
				const line = code.slice(code.lastIndexOf('\n', m.index) + 1, code.indexOf('\n', m.index)).trim();
				if (ALLOWED.some((a) => a.bundle === name && line.includes(a.text))) continue;
				found.push(`${what}: ${line.slice(0, 160)}`);
			}
		}
		assert.deepEqual(found, []);
	});

	test(`${name}: requires only the modules it is known to need`, () => {
		const code = bundle(name);
		const calls = [...code.matchAll(/(?<![\w$.])require\s*\(([^)]*)\)/g)].map((m) => m[1]!.trim());
		const dynamic = calls.filter((arg) => !/^"[^"]+"$/.test(arg));
		assert.deepEqual(dynamic, [], 'a require() of a computed name');
		assert.deepEqual([...new Set(calls.map((arg) => arg.slice(1, -1)))].sort(), Object.keys(MODULES[name]!).sort());
	});
}

test('extension.js reads no workspace file through node:fs, so it works on virtual file systems', () => {
	const code = bundle('extension.js');
	// The names `require("node:fs")` is bound to (`import_node_fs`, or `gd` when minified),
	// then the functions of node:fs called through them.
	const names = [...code.matchAll(/([\w$]+)\s*=\s*(?:[\w$]+\()?require\("node:fs"\)/g)].map((m) => m[1]!);
	assert.ok(names.length > 0, 'no require("node:fs") found');
	const api = new Set(Object.keys(fs));
	const used = new Set<string>();
	for (const name of names) {
		for (const m of code.matchAll(new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}\\.([\\w$]+)`, 'g'))) if (api.has(m[1]!)) used.add(m[1]!);
	}
	assert.deepEqual([...used].sort(), EXTENSION_FS);
	assert.doesNotMatch(code, /\bimport_node_fs\d*\s*[,)]|\{\s*[^}]*\}\s*=\s*import_node_fs/, 'node:fs used as a whole');
});

test('the manifest declares what the bundle does: untrusted and virtual workspaces, settings scoped', () => {
	const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
		capabilities: unknown;
		contributes: { configuration: { properties: Record<string, { scope?: string }> } };
	};
	// Nothing read from a workspace is evaluated, and documents are read through the editor
	// (the tests above). kraft runs only in trusted workspaces: limited support in untrusted
	// ones, where the setting that names the program is ignored.
	const capabilities = manifest.capabilities as { untrustedWorkspaces: { supported: unknown; description?: unknown; restrictedConfigurations?: unknown }; virtualWorkspaces: unknown };
	assert.equal(capabilities.untrustedWorkspaces.supported, 'limited');
	assert.deepEqual(capabilities.untrustedWorkspaces.restrictedConfigurations, ['kraftfile.kraftPath']);
	assert.match(String(capabilities.untrustedWorkspaces.description), /trusted workspace/);
	assert.equal(capabilities.virtualWorkspaces, true);
	// Both can differ per folder (one pins an older Unikraft, one runs on a build machine);
	// neither names a path or a program, so a workspace may set them even when untrusted.
	const scopes = Object.fromEntries(Object.entries(manifest.contributes.configuration.properties).map(([k, v]) => [k, v.scope]));
	// The kraft path names a program: per machine, overridable by a trusted workspace only.
	assert.deepEqual(scopes, { 'kraftfile.unikraftRelease': 'resource', 'kraftfile.hostHints': 'resource', 'kraftfile.kraftPath': 'machine-overridable', 'kraftfile.codeLens.enabled': 'resource' });
});
