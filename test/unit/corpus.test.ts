// SPDX-License-Identifier: Apache-2.0
// The false-positive check: real Kraftfiles written by the Unikraft project, held to what
// ../shared/corpus/README.md says of each folder.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { analyze, loadKconfigIndex, stripBom, type Diagnostic } from '../../src/core';
import { filesUnder, ROOT, SHARED, sharedAvailable } from './support/paths';

const corpus = join(SHARED, 'corpus');
// As the adapters give it: the bundled Kconfig index, so that its checks are held to the corpus too.
const kconfigIndex = () => loadKconfigIndex(() => readFileSync(join(ROOT, 'src', 'data', 'kconfig-index.json'), 'utf8'));

function check(file: string, release?: string): readonly Diagnostic[] {
	return analyze(stripBom(readFileSync(file, 'utf8')), { kconfigIndex, ...(release ? { unikraftRelease: release } : {}) }).diagnostics;
}

const render = (file: string, ds: readonly Diagnostic[]) => ds.map((d) => `${relative(corpus, file)} ${d.severity} ${d.code}: ${d.message}`);

test('the corpus is there (CI lays ../shared beside the project)', () => {
	assert.ok(sharedAvailable(), `no corpus at ${corpus}`);
});

const AT_LEAST: Record<string, number> = { 'unikraft-catalog': 180, 'unikraft-apps': 4, 'unikraft-catalog-2026': 2 };

for (const folder of ['unikraft-catalog', 'unikraft-apps', 'unikraft-catalog-2026']) {
	test(`${folder}: builds with today's kraft, so no error`, () => {
		const all = filesUnder(join(corpus, folder));
		assert.ok(all.length > AT_LEAST[folder]!, `${all.length} files`);
		const errors = all.flatMap((f) => render(f, check(f).filter((d) => d.severity === 'error')));
		assert.deepEqual(errors, []);
	});
}

/**
 * Warnings the corpus earns, each justified: httpbingo builds with `staging` (after v0.21.0)
 * and sets two options Unikraft v0.17.0 renamed (src/data/kconfig-renames.ts, unikraft
 * ffedca4a): Kconfig drops both, so the settings are lost.
 */
const JUSTIFIED: Record<string, readonly string[]> = {
	'unikraft-catalog': ['library/httpbingo/2.13.4/Kraftfile renamed-kconfig-option CONFIG_LIBUKSWRAND_DEVFS', 'library/httpbingo/2.13.4/Kraftfile renamed-kconfig-option CONFIG_LIBUKSWRAND'],
};

for (const folder of ['unikraft-catalog', 'unikraft-apps', 'unikraft-catalog-2026']) {
	test(`${folder}: the only warnings are ones kraft really mishandles, each listed and justified`, () => {
		const warnings = filesUnder(join(corpus, folder)).flatMap((f) => {
			const text = readFileSync(f, 'utf8');
			return check(f)
				.filter((d) => d.severity === 'warning')
				.map((d) => `${relative(join(corpus, folder), f)} ${d.code} ${stripBom(text).slice(d.span.start, d.span.end)}`);
		});
		assert.deepEqual(warnings.sort(), [...(JUSTIFIED[folder] ?? [])].sort());
	});
}

test('unikraft-catalog-2026: the Hyperlight files say nothing at all about their targets', () => {
	// Official 2026 examples: the plat-hyperlight branch, and base:latest on Hyperlight.
	const said = filesUnder(join(corpus, 'unikraft-catalog-2026')).flatMap((f) => render(f, check(f).filter((d) => d.code === 'unsupported-target' || d.code === 'platform-kconfig-missing')));
	assert.deepEqual(said, []);
});

test('linuxu-era on v0.16.3: no error', () => {
	const errors = filesUnder(join(corpus, 'linuxu-era')).flatMap((f) => render(f, check(f, 'v0.16.3').filter((d) => d.severity === 'error')));
	assert.deepEqual(errors, []);
});

for (const release of ['v0.17.0', undefined]) {
	test(`linuxu-era on ${release ?? 'the latest release'}: errors only for linuxu targets, each one`, () => {
		for (const f of filesUnder(join(corpus, 'linuxu-era'))) {
			const text = readFileSync(f, 'utf8');
			const errors = check(f, release).filter((d) => d.severity === 'error');
			for (const e of errors) {
				assert.equal(e.code, 'platform-removed', render(f, [e]).join());
				assert.equal(text.slice(e.span.start, e.span.end), 'linuxu');
			}
			// Every linuxu target (and nothing else) is reported: count them in the text.
			const linuxuTargets = (text.match(/^\s*(-\s+)?(platform:\s*)?linuxu(\/\w+)?\s*$/gm) ?? []).length;
			assert.equal(errors.length, linuxuTargets, relative(corpus, f));
		}
	});
}

test('linuxu-era: the spec 0.4 files say why kraft ignores their layout', () => {
	const old = filesUnder(join(corpus, 'linuxu-era')).filter((f) => /specification:\s*'0\.4'/.test(readFileSync(f, 'utf8')));
	assert.equal(old.length, 2);
	for (const f of old) {
		const ds = check(f, 'v0.16.3');
		assert.ok(ds.some((d) => d.code === 'invalid-spec' && /old Python `kraft`/.test(d.message)), render(f, ds).join('\n'));
		assert.ok(ds.some((d) => d.code === 'unknown-key' && /`architectures`/.test(d.message)));
		assert.ok(ds.some((d) => d.code === 'unknown-key' && /`platforms`/.test(d.message)));
	}
});

test('reference-examples: errors only where the reference says kraft fails', () => {
	const errors = filesUnder(join(corpus, 'reference-examples')).flatMap((f) => check(f).filter((d) => d.severity === 'error').map((d) => `${relative(corpus, f).split('/')[1]!.slice(0, 2)} ${d.code}`));
	// 08 and 11 have linuxu targets (removed in v0.17.0); nothing else fails.
	assert.deepEqual(errors, ['08 platform-removed', '08 platform-removed', '08 platform-removed', '11 platform-removed']);
});

test('the empty catalog files and the CRLF ones are handled', () => {
	const all = filesUnder(join(corpus, 'unikraft-catalog'));
	const empty = all.filter((f) => statSync(f).size === 0);
	const crlf = all.filter((f) => readFileSync(f, 'utf8').includes('\r\n'));
	assert.equal(empty.length, 2);
	assert.equal(crlf.length, 3);
	for (const f of empty) assert.deepEqual(check(f), []);
	for (const f of crlf) assert.deepEqual(check(f).filter((d) => d.severity !== 'information'), []);
});
