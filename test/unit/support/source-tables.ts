// SPDX-License-Identifier: Apache-2.0
// Every table of src/data whose rows carry `sources`, found by loading the compiled data
// modules rather than by a list a new table could be left out of. The provenance test
// (data.test.ts) and the quote tests (quotes.test.ts) read this one set.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PLATFORMS } from '../../../src/data/platforms';
import type { Source } from '../../../src/data/source';

export type SourcedRows = readonly { readonly sources: readonly Source[] }[];

/** The compiled src/data (tests run from out/test/unit, beside out/src). */
const DATA_DIR = join(__dirname, '..', '..', '..', 'src', 'data');

function isSourcedTable(value: unknown): value is SourcedRows {
	return Array.isArray(value) && value.length > 0 && value.every((row) => typeof row === 'object' && row !== null) && value.some((row) => 'sources' in row);
}

function discover(): Record<string, SourcedRows> {
	const tables: Record<string, SourcedRows> = {};
	for (const file of readdirSync(DATA_DIR).filter((f) => f.endsWith('.js')).sort()) {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const mod = require(join(DATA_DIR, file)) as Record<string, unknown>;
		for (const [name, value] of Object.entries(mod)) if (isSourcedTable(value)) tables[name] = value;
	}
	// A platform's cells carry sources of their own (the why of each unsupported pair).
	tables['PLATFORM_CELLS'] = PLATFORMS.flatMap((p) => Object.values(p.architectures).flatMap((c) => (c.sources ? [{ sources: c.sources }] : [])));
	return tables;
}

export const SOURCE_TABLES: Readonly<Record<string, SourcedRows>> = discover();
