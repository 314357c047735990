// SPDX-License-Identifier: Apache-2.0
// The browser bundle (package.json `browser`, dist/web/extension.js) runs in a web worker
// extension host (vscode.dev, github.dev), where no Node API exists: a `require` of a Node
// module, `process`, `Buffer` or `__dirname` there throws when the code runs. Read from the
// bundle `npm run build` made (`npm run test:unit` runs it first).
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './support/paths';

const BUNDLE = join(ROOT, 'dist/web/extension.js');
const NODE_MODULES = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** `text` without comments and with string contents blanked, so only code that runs is searched. */
function codeOnly(text: string): string {
	return text
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/^\s*\/\/.*$/gm, '')
		.replace(/`(?:\\[\s\S]|[^`\\])*`|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'/g, '""');
}

/** Every use of a Node API in a bundle's text: modules it loads and Node-only globals. */
function nodeApiIn(text: string): string[] {
	const found: string[] = [];
	for (const m of text.matchAll(/(?<![\w$.])(?:require|__require)\s*\(([^)]*)\)/g)) {
		if (m[1]!.trim() !== '"vscode"') found.push(`require(${m[1]!.trim()})`);
	}
	for (const m of text.matchAll(/(?:\bfrom|\bimport\s*\()\s*["']([^"']+)["']/g)) if (NODE_MODULES.has(m[1]!)) found.push(`import of ${m[1]}`);
	for (const m of text.matchAll(/["'](node:[a-z_/]+)["']/g)) found.push(`names ${m[1]}`);
	const code = codeOnly(text);
	for (const m of code.matchAll(/(?<![\w$.])(process|Buffer|__dirname|__filename|global|setImmediate)\b(?!\s*:)/g)) {
		found.push(`${m[1]}: …${code.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, ' ')}…`);
	}
	return found;
}

function bundle(): string {
	assert.ok(existsSync(BUNDLE), `no ${BUNDLE}: run \`npm run build\` first (\`npm run test:unit\` does)`);
	return readFileSync(BUNDLE, 'utf8');
}

test('package.json names the browser bundle beside the Node one', () => {
	const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { browser?: string; main?: string };
	assert.equal(manifest.browser, './dist/web/extension.js');
	assert.equal(manifest.main, './dist/extension.js');
});

test('the browser bundle uses no Node API: it requires only vscode, names no Node module, touches no Node global', () => {
	const text = bundle();
	assert.match(text, /require\("vscode"\)/, 'no require("vscode"): is this the bundle?');
	assert.deepEqual(nodeApiIn(text), []);
});

test('the check finds each kind of Node API use', () => {
	assert.deepEqual(nodeApiIn('var v = require("vscode");'), []);
	assert.deepEqual(nodeApiIn('// process.env in a comment\nvar s = "process.platform";'), []);
	assert.equal(nodeApiIn('var fs = require("node:fs");').length, 2); // the require and the name
	assert.equal(nodeApiIn('var cp = __require("child_process");').length, 1);
	assert.equal(nodeApiIn('import { join } from "path";').length, 1);
	assert.equal(nodeApiIn('if (process.platform === "linux") f();').length, 1);
	assert.equal(nodeApiIn('var b = Buffer.from(s, "base64");').length, 1);
	assert.equal(nodeApiIn('var d = __dirname;').length, 1);
});
