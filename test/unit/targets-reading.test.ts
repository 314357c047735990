// SPDX-License-Identifier: Apache-2.0
// `targetsReading` is indexed once per model instead of scanning every target for every
// diagnostic; it must name exactly the targets the plain scan names, for every span a
// rule asks about: every name and pair of every target, and every diagnostic, in every
// fixture and corpus file, and in the anchors, merges and aliases written for it here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze, stripBom } from '../../src/core';
import { targetsReading, targetsReadingByScan, targetsReadingIndexed } from '../../src/core/model';
import { filesUnder, fixture, SHARED } from './support/paths';


const EXTRA = [
	'spec: v0.6\nname: app\ntargets:\n  - &t qemu/amd64\n  - *t\n  - *t\n',
	'spec: v0.6\nname: app\ntargets:\n  - &m {plat: qemux, arch: arm}\n  - <<: *m\n    name: two\n  - *m\n',
	'spec: v0.6\nname: app\ntargets:\n  -\n  - "qemu\\x2Farm"\n  - \n  - fc/\n',
	'spec: v0.6\nname: app\ntargets: [*nope, qemu/arm, {platform: kvm/aarch64}]\n',
];

test('targetsReading, through its index or by a scan, names exactly the targets the plain scan names', () => {
	const texts = [...filesUnder(join(SHARED, 'corpus')), ...filesUnder(fixture('.'))].map((f) => stripBom(readFileSync(f, 'utf8'))).concat(EXTRA);
	let spans = 0;
	for (const text of texts) {
		const a = analyze(text);
		const asked = [...a.diagnostics.map((d) => d.span)];
		for (const t of a.model.targets) {
			for (const s of [t.span, t.head, t.platform?.span, t.architecture?.span]) if (s) asked.push(s);
			if (t.platform && t.architecture) asked.push({ start: t.platform.span.start, end: t.architecture.span.end });
		}
		for (const s of asked) {
			const scan = targetsReadingByScan(a.model, s);
			assert.deepEqual(targetsReadingIndexed(a.model, s), scan, `${JSON.stringify(s)} in ${JSON.stringify(text.slice(0, 80))}`);
			assert.deepEqual(targetsReading(a.model, s), scan);
			spans++;
		}
	}
	assert.ok(spans > 1000, `${spans} spans`);
});
