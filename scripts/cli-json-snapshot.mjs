// SPDX-License-Identifier: Apache-2.0
// Prints the CLI's JSON report for every Kraftfile of ../shared/corpus and every fixture
// under test/fixtures, one file at a time in a fixed order, with paths relative to the
// project root. A refactoring that must not change behaviour compares two runs of it:
//   npm run build && node scripts/cli-json-snapshot.mjs > /tmp/before.json
//   (change) && npm run build && node scripts/cli-json-snapshot.mjs > /tmp/after.json
//   diff /tmp/before.json /tmp/after.json
// The setting a fixture names on its first lines (`# unikraft-release: v0.16.3`) is passed
// as --unikraft-release, as the fixture tests do.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const walk = (dir) =>
	readdirSync(dir)
		.sort()
		.flatMap((n) => {
			const p = join(dir, n);
			return statSync(p).isDirectory() ? walk(p) : n === 'README.md' ? [] : [p];
		});
const files = [...walk(join(root, '..', 'shared', 'corpus')), ...walk(join(root, 'test', 'fixtures'))];
const out = [];
for (const file of files) {
	const release = /^# unikraft-release: (\S+)/m.exec(readFileSync(file, 'utf8'))?.[1];
	const args = [join(root, 'dist', 'cli.js'), '--format', 'json', ...(release ? ['--unikraft-release', release] : []), relative(root, file)];
	let stdout;
	try {
		stdout = execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
	} catch (e) {
		stdout = e.stdout; // exit 1 (errors found) and 2 (not checked) still print the report
	}
	out.push(...JSON.parse(stdout || '[]'));
}
process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
