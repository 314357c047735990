// SPDX-License-Identifier: Apache-2.0
// Builds the e2e test-runner extension (test/e2e/runner-extension) and packages it as a .vsix:
// dist/suites.js bundles every test/e2e/suites/*.suite.ts (activation first, the rest in
// name order) with suites/index.ts, so a new suite is one new file; dist/extension.js is
// the runner that loads it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { ROOT } from './tools.mjs';

export const RUNNER_DIR = join(ROOT, 'test/e2e/runner-extension');
export const SUITES_DIR = join(ROOT, 'test/e2e/suites');
/** Suites that must run before the others, in this order. */
const FIRST = ['activation.suite.ts'];

/** The suite files in the order they run. */
export function suiteFiles() {
	const all = readdirSync(SUITES_DIR).filter((f) => f.endsWith('.suite.ts')).sort();
	return [...FIRST.filter((f) => all.includes(f)), ...all.filter((f) => !FIRST.includes(f))];
}

/**
 * Bundles the suites into runner-extension/dist/suites.js (what `@vscode/test-electron`
 * takes as `extensionTestsPath`) and the runner into runner-extension/dist/extension.js.
 */
export async function bundleRunner() {
	const common = { bundle: true, format: 'cjs', platform: 'node', target: 'node18', sourcemap: 'inline', logLevel: 'warning', external: ['vscode'] };
	await esbuild.build({
		...common,
		stdin: { contents: [...suiteFiles().map((f) => `import './${f}';`), `export { run, runAll } from './index';`].join('\n'), resolveDir: SUITES_DIR, sourcefile: 'suites-entry.ts', loader: 'ts' },
		outfile: join(RUNNER_DIR, 'dist/suites.js'),
	});
	await esbuild.build({ ...common, entryPoints: [join(RUNNER_DIR, 'src/extension.ts')], outfile: join(RUNNER_DIR, 'dist/extension.js') });
	return join(RUNNER_DIR, 'dist/suites.js');
}

/** Bundles the runner and the suites and packages them; returns the path of the .vsix. */
export async function buildRunner(outDir) {
	await bundleRunner();
	mkdirSync(outDir, { recursive: true });
	const vsix = join(outDir, 'kraftfile-e2e-runner.vsix');
	const vsce = join(ROOT, 'node_modules/.bin/vsce');
	const r = spawnSync(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', vsix], { cwd: RUNNER_DIR, encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`packaging the runner extension failed:\n${r.stdout}${r.stderr}`);
	return vsix;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	console.log(await bundleRunner());
}
