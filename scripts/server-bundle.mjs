// SPDX-License-Identifier: Apache-2.0
// The esbuild options of the language server bundle (one file, no runtime dependency, run
// as a command): used by esbuild.mjs for dist/server.js and by pack-server.mjs for the package.
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** What every Node bundle of this project (extension, CLI, server) is built with. */
export function nodeBundleOptions(production) {
	return {
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
}

export function serverBuildOptions({ outfile, production }) {
	return {
		...nodeBundleOptions(production),
		entryPoints: ['src/server/server.ts'],
		outfile,
		banner: { js: '#!/usr/bin/env node' },
		define: { SERVER_VERSION: JSON.stringify(version) },
	};
}
