// SPDX-License-Identifier: Apache-2.0
// The language server as users get it, with real editors: packs the npm package
// (scripts/pack-server.mjs), installs the tarball offline into a temporary prefix, and runs
// Debian 12's editors (installed by scripts/bootstrap.sh) headless against it: Neovim 0.7
// with test/server/nvim/client.lua and Emacs 28 + eglot with test/server/emacs/client.el.
// Each starts `kraftfile-language-server --stdio` from PATH, waits for diagnostics, hovers,
// applies the preferred code action, and reports what it saw as JSON.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT } from './support/paths';

const NVIM = '/usr/bin/nvim';
const EMACS = '/usr/bin/emacs';
const EGLOT = '/usr/share/emacs/site-lisp/elpa/eglot-1.9';
const BAD = 'spec: v0.6\nname: hello\nunikraft: stable\ntargets:\n  - qemu/amd64\n';

interface NvimResult {
	error?: string;
	steps: string[];
	diagnostics?: { code: string; source: string; severity: number; lnum: number; col: number; end_lnum: number; end_col: number; message: string }[];
	hover?: { kind: string; value: string };
	symbols?: NvimSymbol[];
	actions?: { title: string; kind: string; isPreferred: boolean }[];
	lines?: string[];
	cleared?: boolean;
}

interface NvimSymbol {
	name: string;
	/** Lua's empty table comes out of vim.fn.json_encode as `[]` or `{}`. */
	children: NvimSymbol[] | Record<string, never>;
}

/** `name` or `[name, children]`, as the outline reads. */
function outlineOf(symbols: NvimSymbol[] | Record<string, never>): unknown[] {
	return (Array.isArray(symbols) ? symbols : []).map((s) => (Array.isArray(s.children) && s.children.length ? [s.name, outlineOf(s.children)] : s.name));
}

function run(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): string {
	const r = spawnSync(command, args, { encoding: 'utf8', timeout: 120_000, ...options });
	assert.equal(r.status, 0, `${command} ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`}):\n${r.stdout}\n${r.stderr}`);
	return r.stdout;
}

let dir = '';
let env: NodeJS.ProcessEnv = {};

before(() => {
	dir = mkdtempSync(join(tmpdir(), 'kraftfile-editors-'));
	const tarball = run(process.execPath, [join(ROOT, 'scripts', 'pack-server.mjs'), '--out', dir], { cwd: ROOT }).trim().split('\n').pop()!;
	assert.match(tarball, /kraftfile-language-server-\d+\.\d+\.\d+\.tgz$/);
	const prefix = join(dir, 'prefix');
	// Offline: the bundle has no runtime dependency, so nothing is fetched.
	run('npm', ['install', '-g', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball]);
	// HOME and XDG dirs in the temporary folder: no editor reads or writes the user's.
	env = { ...process.env, PATH: `${join(prefix, 'bin')}${delimiter}${process.env.PATH ?? ''}`, HOME: dir, XDG_CONFIG_HOME: dir, XDG_STATE_HOME: dir, XDG_CACHE_HOME: dir, XDG_DATA_HOME: dir };
});

after(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the installed package puts kraftfile-language-server on PATH', () => {
	assert.match(run('kraftfile-language-server', ['--version'], { env }), /^kraftfile-language-server \d+\.\d+\.\d+\n$/);
});

test('Neovim 0.7 with the installed package: diagnostics, hover, the outline, and the preferred code action applied to the buffer', () => {
	assert.ok(existsSync(NVIM), `no ${NVIM}: scripts/bootstrap.sh installs Debian's neovim`);
	const work = mkdtempSync(join(dir, 'nvim-'));
	const file = join(work, 'Kraftfile');
	writeFileSync(file, BAD);
	const out = join(work, 'result.json');
	run(NVIM, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(ROOT, 'test', 'server', 'nvim', 'client.lua')}`], {
		cwd: work,
		env: { ...env, KRAFTFILE_NVIM_FILE: file, KRAFTFILE_NVIM_RESULT: out },
	});
	const result = JSON.parse(readFileSync(out, 'utf8')) as NvimResult;
	assert.equal(result.error, undefined, `Neovim: ${result.error} (after ${result.steps.join(', ')})`);
	assert.deepEqual(
		result.diagnostics?.map((d) => ({ code: d.code, source: d.source, severity: d.severity, lnum: d.lnum, col: d.col, end_lnum: d.end_lnum, end_col: d.end_col })),
		[{ code: 'architecture-alias', source: 'kraftfile', severity: 1, lnum: 4, col: 9, end_lnum: 4, end_col: 14 }],
	);
	assert.equal(result.hover?.kind, 'markdown');
	assert.match(result.hover!.value, /^\*\*`amd64`\*\*.*write `x86_64`/);
	// hostHints = false came through initializationOptions: nothing about this machine.
	assert.doesNotMatch(result.hover!.value, /On this machine/);
	assert.deepEqual(outlineOf(result.symbols ?? []), ['spec', 'name', 'unikraft', ['targets', ['qemu/amd64']]]);
	assert.deepEqual(result.actions?.filter((a) => a.isPreferred), [{ title: 'Change to `x86_64`', kind: 'quickfix', isPreferred: true }]);
	assert.deepEqual(result.lines, BAD.replace('amd64', 'x86_64').split('\n').slice(0, -1));
	assert.equal(result.cleared, true, 'the diagnostics stayed after the fix');
	assert.deepEqual(result.steps, ['started', 'initialized', 'diagnostics', 'hover', 'symbols', 'applied', 'cleared', 'stopped']);
});

interface EmacsResult {
	error?: string;
	steps: string[];
	mode?: string;
	diagnostics?: { type: string; start: number; end: number; text: string }[];
	hover?: { kind: string; value: string };
	actions?: { title: string; kind: string }[];
	text?: string;
}

test('Emacs 28 with eglot and the installed package: diagnostics, hover, and the preferred code action applied to the buffer', () => {
	assert.ok(existsSync(EMACS) && existsSync(EGLOT), `no ${EMACS} or ${EGLOT}: scripts/bootstrap.sh installs Debian's emacs-nox and elpa-eglot`);
	const work = mkdtempSync(join(dir, 'emacs-'));
	const file = join(work, 'Kraftfile');
	writeFileSync(file, BAD);
	const out = join(work, 'result.json');
	run(EMACS, ['--batch', '-Q', '-l', join(ROOT, 'test', 'server', 'emacs', 'client.el')], {
		cwd: work,
		env: { ...env, KRAFTFILE_EMACS_FILE: file, KRAFTFILE_EMACS_RESULT: out },
	});
	const result = JSON.parse(readFileSync(out, 'utf8')) as EmacsResult;
	assert.equal(result.error, undefined, `Emacs: ${result.error} (after ${result.steps.join(', ')})`);
	assert.equal(result.mode, 'kraftfile-mode');
	// Flymake counts buffer positions from 1: `amd64` is characters 58 to 63 of the text.
	assert.deepEqual(
		result.diagnostics?.map((d) => [d.type, d.start, d.end]),
		[['eglot-error', BAD.indexOf('amd64') + 1, BAD.indexOf('amd64') + 6]],
	);
	assert.match(result.diagnostics![0]!.text, /^kraftfile \[architecture-alias\]: `amd64` is not an architecture name/);
	// Emacs 28 without markdown-mode asks for plain text.
	assert.equal(result.hover?.kind, 'plaintext');
	assert.match(result.hover!.value, /write `x86_64`/);
	assert.doesNotMatch(result.hover!.value, /On this machine/, 'hostHints = false from eglot-workspace-configuration was not used');
	assert.ok(result.actions?.some((a) => a.title === 'Change to `x86_64`' && a.kind === 'quickfix'), JSON.stringify(result.actions));
	assert.equal(result.text, BAD.replace('amd64', 'x86_64'));
	assert.deepEqual(result.steps, ['started', 'diagnostics', 'hover', 'applied', 'cleared', 'stopped']);
});
