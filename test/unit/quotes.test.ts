// SPDX-License-Identifier: Apache-2.0
// Quotes are verbatim: every entry of QUOTES occurs word for word in the file it cites,
// stored under ../shared/sources/<repo>/<rev>/<path>. A quote whose file is not stored
// fails too: a fact from such a file is stated without quotation marks instead.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { QUOTES, type Quote } from '../../src/data/quotes';
import { SHARED } from './support/paths';

const SOURCES = join(SHARED, 'sources');

function fileOf(quote: Quote): string {
	return join(SOURCES, quote.repo, quote.rev, quote.path);
}

test('the stored sources are there (CI lays ../shared beside the project)', () => {
	assert.ok(existsSync(join(SOURCES, 'README.md')), `no sources at ${SOURCES}`);
});

for (const [key, quote] of Object.entries(QUOTES) as [string, Quote][]) {
	test(`QUOTES.${key} occurs verbatim in ${quote.repo}/${quote.rev}/${quote.path}`, () => {
		const file = fileOf(quote);
		assert.ok(existsSync(file), `QUOTES.${key} cites ${quote.repo}/${quote.rev}/${quote.path}, which is not stored under ${SOURCES}: state the fact without quoting it`);
		const text = readFileSync(file, 'utf8');
		assert.ok(text.includes(quote.text), `QUOTES.${key}: not found word for word in ${file}:\n  ${JSON.stringify(quote.text)}`);
	});
}

test('a quote is one line of its file and has no padding (what a reader can search for)', () => {
	for (const [key, quote] of Object.entries(QUOTES) as [string, Quote][]) {
		assert.ok(!quote.text.includes('\n'), `QUOTES.${key} spans lines`);
		assert.equal(quote.text, quote.text.trim(), `QUOTES.${key} has leading or trailing blanks`);
		assert.ok(quote.text.length > 0, `QUOTES.${key} is empty`);
	}
});
