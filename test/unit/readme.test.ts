// SPDX-License-Identifier: Apache-2.0
// Every diagnostic code is documented in the README table, with the anchor the
// diagnostic's link points to, and the table documents no code that does not exist.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DIAGNOSTIC_CODES } from '../../src/core';
import { ROOT } from './support/paths';

test('the README documents exactly the diagnostic codes', () => {
	const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
	const rows = [...readme.matchAll(/^\| <a id="([a-z-]+)"><\/a>`([a-z-]+)` \|/gm)].map((m) => {
		assert.equal(m[1], m[2], 'anchor and code agree');
		return m[1]!;
	});
	assert.deepEqual([...rows].sort(), [...DIAGNOSTIC_CODES].sort());
});
