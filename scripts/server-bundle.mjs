// SPDX-License-Identifier: Apache-2.0
// The esbuild options of the language server bundle (one file, no runtime dependency, run
// as a command): used by esbuild.mjs for dist/server.js and by pack-server.mjs for the package.
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

export function serverBuildOptions({ outfile, production }) {
	return {
		entryPoints: ['src/server/server.ts'],
		outfile,
		bundle: true,
		format: 'cjs',
		platform: 'node',
		target: 'node18',
		minify: production,
		sourcemap: !production,
		sourcesContent: false,
		logLevel: 'warning',
		logOverride: { 'import-is-undefined': 'error' },
		banner: { js: '#!/usr/bin/env node' },
		define: { SERVER_VERSION: JSON.stringify(version) },
	};
}
