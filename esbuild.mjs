// SPDX-License-Identifier: Apache-2.0
// Bundles the extension, the CLI and the language server into dist/. `--production` minifies.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { serverBuildOptions } from './scripts/server-bundle.mjs';

const production = process.argv.includes('--production');
const common = {
	bundle: true,
	format: 'cjs',
	platform: 'node',
	target: 'node18',
	minify: production,
	sourcemap: !production,
	sourcesContent: false,
	logLevel: 'warning',
	logOverride: { 'import-is-undefined': 'error' },
};

await Promise.all([
	esbuild.build({ ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
	esbuild.build({ ...common, entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli.js' }),
	esbuild.build(serverBuildOptions({ outfile: 'dist/server.js', production })),
]);

// The Kconfig index is read on first use with the host's file API, never at activation, so it
// ships beside the bundles instead of inside them (src/core/kconfig-lang/load-index.ts).
mkdirSync('dist', { recursive: true });
copyFileSync('src/data/kconfig-index.json', 'dist/kconfig-index.json');
