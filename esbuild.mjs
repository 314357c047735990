// SPDX-License-Identifier: Apache-2.0
// Bundles the extension (desktop and web), the CLI and the language server into dist/. `--production` minifies.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeBundleOptions, serverBuildOptions } from './scripts/server-bundle.mjs';

const production = process.argv.includes('--production');
const common = nodeBundleOptions(production);

/**
 * The web worker extension host (vscode.dev, github.dev) has no Node API: the browser
 * bundle resolves packages' `browser` builds, and the one Node import on the shared path
 * (the support view's `randomBytes` from node:crypto) gets the Web Crypto stand-in.
 * test/unit/bundle-safety.test.ts fails on any Node module left in it.
 */
const web = {
	...common,
	platform: 'browser',
	target: 'es2022',
	mainFields: ['browser', 'module', 'main'],
	alias: { 'node:crypto': fileURLToPath(new URL('./src/web/random-bytes.ts', import.meta.url)) },
	define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
};

await Promise.all([
	esbuild.build({ ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
	esbuild.build({ ...web, entryPoints: ['src/web/extension.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] }),
	esbuild.build({ ...common, entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli.js' }),
	esbuild.build(serverBuildOptions({ outfile: 'dist/server.js', production })),
]);

// The Kconfig index is read on first use with the host's file API, never at activation, so it
// ships beside the bundles instead of inside them (src/core/kconfig-lang/load-index.ts).
mkdirSync('dist', { recursive: true });
copyFileSync('src/data/kconfig-index.json', 'dist/kconfig-index.json');
