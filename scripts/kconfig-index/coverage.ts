// SPDX-License-Identifier: Apache-2.0
// `node scripts/run-ts.mjs scripts/kconfig-index/coverage.ts [--json]`: how many of the
// distinct Kconfig options the catalog's Kraftfiles set (../shared/corpus/unikraft-catalog
// and unikraft-catalog-2026, every kconfig block) the bundled index knows, and which not.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { catalogCoverage } from './catalog-coverage';

const root = process.cwd();
const shared = resolve(root, '..', 'shared');
const index = JSON.parse(readFileSync(join(root, 'src', 'data', 'kconfig-index.json'), 'utf8'));
const c = catalogCoverage(shared, index);
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(c, null, 2)}\n`);
else {
	console.log(`${c.files} Kraftfiles, ${c.withKconfig} with kconfig options; ${c.names.length} distinct CONFIG_ names, ${c.known.length} known to the index (${((100 * c.known.length) / Math.max(1, c.names.length)).toFixed(1)}%)`);
	console.log(`not known (${c.unknown.length}): ${c.unknown.join(' ')}`);
}
