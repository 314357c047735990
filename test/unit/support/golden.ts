// SPDX-License-Identifier: Apache-2.0
// Golden files: a whole rendered text (a hover's Markdown, a list of completions) kept in
// test/golden/ and compared as it is, so that a change to one shows up in review as a
// diff of that file. `UPDATE_GOLDEN=1 npm run test:unit` writes the files instead of
// comparing; review the diff, then commit. A missing golden fails unless asked to update,
// and always under CI, so that no run quietly makes its own expectation.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './paths';

export const GOLDEN_DIR = join(ROOT, 'test', 'golden');

const updating = process.env['UPDATE_GOLDEN'] === '1' && process.env['CI'] !== 'true';

/**
 * Checks `actual` against test/golden/`name` (with its extension, e.g. `hover/qemu.md`).
 * The file ends with one line break that is not part of the text.
 */
export function golden(name: string, actual: string): void {
	assert.match(name, /^[a-z0-9][a-z0-9/-]*\.(md|txt)$/, `golden name ${name}: lower-case words, .md or .txt`);
	const file = join(GOLDEN_DIR, name);
	const content = `${actual}\n`;
	if (updating) {
		mkdirSync(dirname(file), { recursive: true });
		if (!existsSync(file) || readFileSync(file, 'utf8') !== content) writeFileSync(file, content);
		return;
	}
	assert.ok(existsSync(file), `no golden file test/golden/${name}: run UPDATE_GOLDEN=1 npm run test:unit, review it and commit it`);
	// Compared by line so that a failure shows the lines that differ, not one long string.
	const expected = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
	assert.deepEqual(content.split('\n'), expected.split('\n'), `test/golden/${name} differs (UPDATE_GOLDEN=1 npm run test:unit rewrites it; review the diff)`);
}
