// SPDX-License-Identifier: Apache-2.0
// Runs a TypeScript script of this project without extra tools: esbuild (already a
// devDependency) bundles it with the src/ code it imports into node_modules/.cache, where
// packages resolve from node_modules, and it runs in this same process.
// Usage: node [node flags] scripts/run-ts.mjs scripts/x.ts [args…]
import * as esbuild from 'esbuild';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const entry = process.argv[2];
if (!entry) {
	console.error('usage: node scripts/run-ts.mjs SCRIPT.ts [args…]');
	process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'node_modules', '.cache', 'kraftfile-scripts');
mkdirSync(dir, { recursive: true });
const outfile = join(dir, `${basename(entry).replace(/\.[cm]?ts$/, '')}.cjs`);
await esbuild.build({
	entryPoints: [resolve(entry)],
	outfile,
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node18',
	// Packages come from node_modules at run time: the same `yaml` for every measurement.
	packages: 'external',
	sourcemap: 'inline',
	logLevel: 'warning',
});
// The script sees its own arguments after its name, as if run directly.
process.argv.splice(1, 1);
createRequire(import.meta.url)(outfile);
