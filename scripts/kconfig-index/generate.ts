// SPDX-License-Identifier: Apache-2.0
// `npm run kconfig-index`: writes src/data/kconfig-index.json from the Config.uk files of
// the trees in src/data/kconfig-trees.ts, stored under ../shared/sources. A unit test
// checks that the committed file is what this makes.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildKconfigIndex, serializeKconfigIndex } from '../../src/core/kconfig-lang/index-build';
import { indexInputs } from './sources';

const root = process.cwd();
const shared = resolve(root, '..', 'shared');
const inputs = indexInputs(shared);
for (const i of inputs) for (const p of i.read.problems) console.error(`${p.position.file}:${p.position.line + 1}: ${p.message}`);
const index = buildKconfigIndex(inputs);
const text = serializeKconfigIndex(index);
const out = join(root, 'src', 'data', 'kconfig-index.json');
writeFileSync(out, text);
for (const t of index.trees) console.log(`${t.id.padEnd(28)} ${String(t.files).padStart(4)} files ${String(t.options).padStart(5)} options`);
const variants = Object.values(index.options).reduce((n, v) => n + v.length, 0);
console.log(`${Object.keys(index.options).length} distinct options, ${variants} variants; ${out}: ${text.length} bytes, ${gzipSync(text).length} gzipped`);

