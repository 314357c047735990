// SPDX-License-Identifier: Apache-2.0
// Quotes are verbatim: every entry of QUOTES occurs word for word in the file it cites,
// stored under ../shared/sources/<repo>/<rev>/<path>. A quote whose file is not stored
// fails too: a fact from such a file is stated without quotation marks instead.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test } from 'node:test';
import { QUOTES, type Quote } from '../../src/data/quotes';
import { REV } from '../../src/data/revisions';
import { ROOT, SHARED } from './support/paths';
import { SOURCE_TABLES } from './support/source-tables';

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

// No unmarked quote can come back: an opening typographic quote is written only by q().
// Files owned by parallel work that this change may not edit are listed, each with why;
// remove an entry once its file is converted.
const PENDING: Record<string, string> = {};

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

test('no typographic opening quote in src/ except the formatter in quotes.ts', () => {
	const found: string[] = [];
	for (const file of filesUnder(join(ROOT, 'src'))) {
		const rel = relative(ROOT, file).split(sep).join('/');
		if (rel === 'src/data/quotes.ts' || rel in PENDING) continue;
		readFileSync(file, 'utf8')
			.split('\n')
			.forEach((line, i) => {
				if (/\u201c|\\u201c|&ldquo;/i.test(line)) found.push(`${rel}:${i + 1}: ${line.trim()}`);
			});
	}
	assert.deepEqual(found, [], 'mark quoted upstream text with QUOTES and q(), or state it without quotation marks');
});

test('quotes.ts writes the opening quote only in q()', () => {
	const lines = readFileSync(join(ROOT, 'src', 'data', 'quotes.ts'), 'utf8').split('\n');
	const hits = lines.filter((l) => l.includes('\u201c'));
	assert.deepEqual(hits.map((l) => l.trim()), ['return `\u201c${quote.text}\u201d`;']);
});

test('a quote a Source carries is one of QUOTES (so the verbatim test covers it)', () => {
	const known = new Set<Quote>(Object.values(QUOTES));
	for (const [name, rows] of Object.entries(SOURCE_TABLES)) {
		for (const row of rows) for (const s of row.sources) if (s.quote) assert.ok(known.has(s.quote), `${name}: ${s.label} quotes ${JSON.stringify(s.quote.text)}, which is not in QUOTES`);
	}
});

test('no Source links a GitHub blob at a revision with ^ (GitHub does not resolve it)', () => {
	for (const [name, rows] of Object.entries(SOURCE_TABLES)) {
		for (const row of rows) {
			for (const s of row.sources) {
				const rev = /\/blob\/([^/]+)\//.exec(s.url)?.[1];
				if (rev !== undefined) assert.ok(!rev.includes('^') && !rev.includes('~'), `${name}: ${s.url}`);
			}
		}
	}
	for (const [key, rev] of Object.entries(REV)) assert.ok(!/[\^~]/.test(rev), `REV.${key} = ${rev}`);
});

test('what the README’s diagnostics table quotes is in QUOTES', () => {
	const texts = new Set(Object.values(QUOTES).map((x: Quote) => x.text));
	const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
	const rows = readme.split('\n').filter((l) => l.startsWith('| <a id="'));
	for (const row of rows) for (const m of row.matchAll(/\u201c([^\u201d]+)\u201d/g)) assert.ok(texts.has(m[1]!), `README quotes ${JSON.stringify(m[1])}, which is not in QUOTES`);
});
