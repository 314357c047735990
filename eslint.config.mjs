// SPDX-License-Identifier: Apache-2.0
// The lint of `npm test` (issue 12): typescript-eslint's recommended rules, and the
// architecture as rules, so that a break fails the build instead of waiting for a review:
// - the core (`src/core`) and the facts (`src/data`) import no `vscode` and no Node module;
// - the facts import nothing from the core;
// - adapters reach the core only through `src/core/index.ts` (they may read `src/data`,
//   which is plain cited facts);
// - no import cycles anywhere in src/.
import { builtinModules } from 'node:module';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Node's own modules, bare and with the `node:` scheme (`fs`, `node:fs`, `fs/promises` …). */
const NODE_MODULES = builtinModules.filter((m) => !m.startsWith('_')).flatMap((m) => [m, `${m}/*`]);

const PURE = {
	paths: [{ name: 'vscode', message: 'The core and the data run outside VS Code (CLI, language server, web): pass what you need in from the adapter.' }],
	patterns: [
		{ group: ['node:*'], message: 'No Node modules in the core or the data: it must run in a browser too. Do the I/O in an adapter and pass plain data.' },
		{ group: NODE_MODULES, message: 'No Node modules in the core or the data: it must run in a browser too. Do the I/O in an adapter and pass plain data.' },
	],
};

/** Folders of the adapters: each talks to the core only through its index. */
const ADAPTERS = ['./src/vscode', './src/cli', './src/node', './src/server', './src/web'];

/** The boundaries between the core, the data and the adapters in `gated`. */
function zones(gated) {
	return [
		{ target: './src/data', from: './src/core', message: 'The facts in src/data stand alone: the core reads them, never the other way round.' },
		{ target: './src/data', from: ADAPTERS, message: 'The facts in src/data stand alone.' },
		{ target: './src/core', from: ADAPTERS, message: 'The core knows no adapter.' },
		...gated.map((adapter) => ({
			target: adapter,
			from: './src/core',
			except: ['./index.ts'],
			message: 'Adapters import the core only through src/core/index.ts: export what you need from there.',
		})),
	];
}

export default defineConfig(
	{ ignores: ['node_modules/', 'out/', 'dist/', '.tools/', '.e2e-artifacts/', '.out-*/', 'test/e2e/workspace/', '**/dist/'] },
	tseslint.configs.recommended,
	{
		files: ['**/*.ts', '**/*.mjs'],
		plugins: { 'import-x': importX },
		settings: {
			// Without these import-x skips .ts files when it follows imports, and no-cycle sees nothing.
			'import-x/extensions': ['.ts', '.mjs', '.js'],
			'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
			'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.mjs', '.js', '.json'] })],
		},
		rules: {
			// An API's callback may have to take an argument it does not use (`activate(_context)`): `_` says so.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
	{
		files: ['src/**/*.ts'],
		rules: {
			'import-x/no-cycle': ['error', { ignoreExternal: true }],
			'import-x/no-restricted-paths': ['error', { zones: zones(ADAPTERS) }],
		},
	},
	{
		files: ['src/core/**/*.ts', 'src/data/**/*.ts'],
		rules: { 'no-restricted-imports': ['error', PURE] },
	},
	{
		// TODO(issue 12): read-file.ts is being rewritten on another branch; its one deep
		// import (`../core/limits`, for LIMITS, which the index exports) goes when that lands.
		// Every other boundary still holds for it.
		files: ['src/cli/read-file.ts'],
		rules: { 'import-x/no-restricted-paths': ['error', { zones: zones(ADAPTERS.filter((a) => a !== './src/cli')) }] },
	},
);
