// SPDX-License-Identifier: Apache-2.0
// Every file in test/fixtures/diagnostics is an annotated fixture (see support/annotated.ts):
// the diagnostics it produces must be exactly the annotated ones, no more, no fewer.
// A first-line comment `# unikraft-release: v0.16.3` sets the release option.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyze } from '../../src/core';
import { describe as render, describeExpected, parseAnnotated } from './support/annotated';
import { fixture } from './support/paths';

const dir = fixture('diagnostics');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

test('there are fixtures', () => {
	assert.ok(files.length >= 10, `only ${files.length} fixtures in ${dir}`);
});

for (const file of files) {
	test(`fixture ${file}`, () => {
		const source = readFileSync(`${dir}/${file}`, 'utf8');
		const { text, expected } = parseAnnotated(source);
		const release = /^# unikraft-release: (\S+)/m.exec(text)?.[1];
		const { diagnostics } = analyze(text, release ? { unikraftRelease: release } : {});
		assert.deepEqual(render(text, diagnostics), describeExpected(expected), diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n'));
	});
}
