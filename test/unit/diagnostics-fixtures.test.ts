// SPDX-License-Identifier: Apache-2.0
// Every file in test/fixtures/diagnostics is an annotated fixture (see support/annotated.ts):
// the diagnostics it produces must be exactly the annotated ones, no more, no fewer.
// A first-line comment `# unikraft-release: v0.16.3` sets the release option.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyze, loadKconfigIndex } from '../../src/core';
import { describe as render, describeExpected, parseAnnotated } from './support/annotated';
import { fixture, ROOT } from './support/paths';

// As the adapters give it: kconfig-options checks names and values against it.
const kconfigIndex = () => loadKconfigIndex(() => readFileSync(`${ROOT}/src/data/kconfig-index.json`, 'utf8'));

// test/fixtures/release: one fixture per row of the README's table "Which Unikraft is checked".
const dirs = [fixture('diagnostics'), fixture('release')];
const files = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => `${dir}/${f}`));

test('there are fixtures', () => {
	assert.ok(files.length >= 10, `only ${files.length} fixtures in ${dirs.join(', ')}`);
});

test('every form of `unikraft` in the README table has a release fixture', () => {
	const rows = readFileSync('README.md', 'utf8').split('## Which Unikraft is checked')[1]!.split('\n## ')[0]!.split('\n').filter((l) => /^\| (?!`unikraft`|---)/.test(l));
	const release = readdirSync(fixture('release')).filter((f) => f.endsWith('.yaml') && !f.includes('-with-setting'));
	assert.equal(release.length, rows.length, `${rows.length} rows, fixtures: ${release.join(', ')}`);
});

for (const path of files) {
	const file = path.slice(path.lastIndexOf('/', path.lastIndexOf('/') - 1) + 1);
	test(`fixture ${file}`, () => {
		const source = readFileSync(path, 'utf8');
		const { text, expected } = parseAnnotated(source);
		const release = /^# unikraft-release: (\S+)/m.exec(text)?.[1];
		const { diagnostics } = analyze(text, { kconfigIndex, ...(release ? { unikraftRelease: release } : {}) });
		assert.deepEqual(render(text, diagnostics), describeExpected(expected), diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n'));
	});
}
