// SPDX-License-Identifier: Apache-2.0
// `npm run schema`: writes schemas/kraftfile.schema.json from src/data.
// `npm run schema -- --check`: exits 1 if the committed file differs from what src/data gives now.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderKraftfileSchema } from './schema/build-schema';

const file = join(process.cwd(), 'schemas', 'kraftfile.schema.json');
const text = renderKraftfileSchema();

if (process.argv.includes('--check')) {
	let committed = '';
	try {
		committed = readFileSync(file, 'utf8');
	} catch {
		// A missing file differs.
	}
	if (committed !== text) {
		console.error(`${file} is out of date: run npm run schema`);
		process.exit(1);
	}
	console.log(`${file} is up to date`);
} else {
	writeFileSync(file, text);
	console.log(`wrote ${file} (${text.length} characters)`);
}
