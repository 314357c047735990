// SPDX-License-Identifier: Apache-2.0
// The bundled Kconfig index: it is what scripts/kconfig-index/generate.ts makes now from
// ../shared/sources, it holds facts and no help text, it loads lazily and only on demand,
// and it knows most of the options the catalog's Kraftfiles set.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { indexOption, loadKconfigIndex, resetKconfigIndex, type KconfigIndex } from '../../src/core/kconfig-lang';
import { buildKconfigIndex, serializeKconfigIndex } from '../../src/core/kconfig-lang/index-build';
import { KCONFIG_TREES } from '../../src/data/kconfig-trees';
import { catalogCoverage } from '../../scripts/kconfig-index/catalog-coverage';
import { indexInputs, readTree } from '../../scripts/kconfig-index/sources';
import { ROOT, SHARED } from './support/paths';

const FILE = join(ROOT, 'src', 'data', 'kconfig-index.json');
const committed = readFileSync(FILE, 'utf8');

test('the committed index is what the generator makes from ../shared/sources', () => {
	const made = buildKconfigIndex(indexInputs(SHARED));
	assert.deepEqual(JSON.parse(committed), made, 'run npm run kconfig-index');
	assert.equal(committed, serializeKconfigIndex(made), 'same facts, different layout: run npm run kconfig-index');
});

test('each tree is recorded with its revision, and each option with the trees it is in', () => {
	resetKconfigIndex();
	const index = loadKconfigIndex(() => committed)!;
	assert.deepEqual(index.trees.map((t) => t.id), KCONFIG_TREES.map((t) => t.id));
	const id = (rev: string) => index.trees.findIndex((t) => t.rev === rev);
	const trees = (name: string) => indexOption(index, name).flatMap((v) => v.in.map((i) => index.trees[i]!.rev));
	assert.ok(trees('LIBUKSWRAND').includes('RELEASE-0.16.3') && !trees('LIBUKSWRAND').includes('RELEASE-0.17.0'));
	assert.ok(trees('LIBUKRANDOM').includes('RELEASE-0.17.0') && !trees('LIBUKRANDOM').includes('RELEASE-0.16.3'));
	assert.ok(trees('PLAT_LINUXU').includes('39b8f4ce') && !trees('PLAT_LINUXU').includes('eaf6fda1'));
	assert.ok(trees('LIBMUSL').includes('fd1abc92'));
	const [printd] = indexOption(index, 'LIBUKDEBUG_PRINTD', 'unikraft@RELEASE-0.17.0');
	assert.ok(printd);
	assert.equal(printd.type, 'bool');
	assert.equal(printd.file, 'lib/ukdebug/Config.uk');
	assert.equal(printd.lines[printd.in.indexOf(id('RELEASE-0.17.0'))], 34);
	assert.deepEqual(printd.defaults, [['n']]);
	assert.equal(printd.depends, 'LIBUKDEBUG');
	// Each tree's every option is in the index, in exactly the variants listing that tree.
	for (const spec of KCONFIG_TREES.filter((t) => t.rev === 'RELEASE-0.12.0' || t.rev === 'eaf6fda1')) {
		const names = new Set(readTree(SHARED, spec).definitions.map((d) => d.name));
		const t = index.trees.findIndex((x) => x.id === spec.id);
		const inIndex = Object.keys(index.options).filter((n) => index.options[n]!.some((v) => v.in.includes(t)));
		assert.deepEqual(inIndex.sort(), [...names].sort(), spec.id);
	}
});

test('the index holds no help text', () => {
	const index = JSON.parse(committed) as KconfigIndex;
	const tree = readTree(SHARED, KCONFIG_TREES.find((t) => t.rev === 'RELEASE-0.17.0')!);
	// Every line of help prose (more than six words, and not the option's prompt repeated): none occurs in the index.
	const helps = tree.definitions.flatMap((d) => (d.help ?? '').split('\n').filter((l) => l.split(/\s+/).length > 6 && l.trim() !== d.prompt?.value));
	assert.ok(helps.length > 150, `${helps.length} help texts`);
	for (const h of helps) assert.ok(!committed.includes(JSON.stringify(h).slice(1, -1)), h);
	for (const variants of Object.values(index.options)) for (const v of variants) assert.ok(!('help' in v));
});

test('the index is loaded once, on demand, and a bad file is refused without a throw', () => {
	resetKconfigIndex();
	let reads = 0;
	assert.equal(loadKconfigIndex(() => { reads++; throw new Error('no file'); }), undefined);
	assert.equal(loadKconfigIndex(() => '{not json'), undefined);
	assert.equal(loadKconfigIndex(() => ({ kconfigIndex: 2, trees: [], options: {} })), undefined);
	const a = loadKconfigIndex(() => { reads++; return committed; });
	const b = loadKconfigIndex(() => { reads++; return committed; });
	assert.ok(a && a === b);
	assert.equal(reads, 2, 'read once after the failure');
	resetKconfigIndex();
});

test('the extension bundle does not carry the index; the build ships it beside the bundle', () => {
	const bundle = readFileSync(join(ROOT, 'dist', 'extension.js'), 'utf8');
	// The loader is in the bundle (the extension reads the file on first use); the facts are not.
	const entry = committed.split('\n').find((l) => l.startsWith('"LIBUKDEBUG_PRINTK":'))!;
	assert.ok(entry, 'a line of the index to look for');
	assert.ok(!bundle.includes(entry.slice(0, 60)) && !bundle.includes(entry.slice(0, 60).replace(/"/g, '\\"')), 'the index is in dist/extension.js');
	assert.ok(existsSync(join(ROOT, 'dist', 'kconfig-index.json')));
	assert.equal(readFileSync(join(ROOT, 'dist', 'kconfig-index.json'), 'utf8'), committed);
	assert.match(readFileSync(join(ROOT, '.vscodeignore'), 'utf8'), /^!dist\/kconfig-index\.json$/m);
});

test('catalog coverage: most options the catalog sets are known', () => {
	const c = catalogCoverage(SHARED, JSON.parse(committed));
	assert.ok(c.names.length >= 100, `${c.names.length} names`);
	assert.ok(c.known.length / c.names.length >= 0.75, `${c.known.length} of ${c.names.length}`);
	assert.ok(c.known.includes('CONFIG_LIBUKDEBUG_PRINTD') || c.known.includes('CONFIG_LIBVFSCORE'));
	// Kraft's names carry CONFIG_; a bare symbol name is not how the catalog writes them.
	assert.ok(c.names.every((n) => n.startsWith('CONFIG_')));
});

test('a tree read is quick enough for the editor: all of RELEASE-0.17.0 within 2 s even on a loaded machine', () => {
	const spec = KCONFIG_TREES.find((t) => t.rev === 'RELEASE-0.17.0')!;
	readTree(SHARED, spec);
	const t0 = performance.now();
	const t = readTree(SHARED, spec);
	assert.ok(performance.now() - t0 < 2000);
	assert.ok(t.definitions.length > 600);
});
