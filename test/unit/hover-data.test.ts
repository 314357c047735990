// SPDX-License-Identifier: Apache-2.0
// The data the hovers read besides the support matrix (their sources: data.test.ts): every
// value the matrix uses has a row, the pictures exist, and the comparison table is the seed's.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { LOCAL_RUN } from '../../src/data/local-run';
import { HOSTED_HYPERVISORS, NAME_NOTES } from '../../src/data/name-notes';
import { OTHER_PLATFORMS } from '../../src/data/other-platforms';
import { PLATFORMS } from '../../src/data/platforms';
import { COMPARISON, EMULATION_SUPPORT, STACKS } from '../../src/data/virtualization';
import { ROOT, SHARED } from './support/paths';

test('every hypervisor kind and every `localRun` of the matrix has a row', () => {
	for (const p of PLATFORMS) {
		assert.ok(STACKS.some((s) => s.kind === p.hypervisor), `${p.id}: ${p.hypervisor}`);
		assert.ok(LOCAL_RUN.some((l) => l.localRun === p.localRun), `${p.id}: ${p.localRun}`);
	}
	assert.ok(STACKS.some((s) => s.kind === 'type-2' && s.summary));
	for (const kind of ['planned', 'cloud-provider'] as const) assert.ok(NAME_NOTES.some((n) => n.kind === kind) && OTHER_PLATFORMS.some((o) => o.kind === kind));
});

test('emulation rows agree with the matrix: exactly the platforms `kraft run` starts on a local hypervisor', () => {
	const local = PLATFORMS.filter((p) => p.hypervisor === 'type-1' && (p.localRun === 'yes' || p.localRun === 'linux-kvm-only')).map((p) => p.id);
	assert.deepEqual(EMULATION_SUPPORT.map((e) => e.platform).sort(), [...local].sort());
	for (const e of EMULATION_SUPPORT) assert.equal(e.emulates, e.needs === undefined, e.platform);
	// Firecracker is the one the matrix says runs only on Linux with KVM: it cannot emulate.
	for (const p of PLATFORMS.filter((x) => x.localRun === 'linux-kvm-only')) assert.equal(EMULATION_SUPPORT.find((e) => e.platform === p.id)?.emulates, false);
});

test('hosted hypervisors are no platform names', () => {
	const names = new Set([...PLATFORMS.flatMap((p) => [p.id, ...p.aliases]), ...OTHER_PLATFORMS.map((o) => o.name)]);
	for (const h of HOSTED_HYPERVISORS) assert.ok(!names.has(h.name), h.name);
});

test('the pictures exist, are SVG with a title and a description, and use no script or external reference', () => {
	const files = new Set(STACKS.flatMap((s) => (s.picture ? [s.picture.file] : [])));
	assert.deepEqual([...files].sort(), ['no-hypervisor.svg', 'type1-hypervisor.svg', 'type2-hypervisor.svg']);
	for (const f of files) {
		const path = join(ROOT, 'media', f);
		assert.ok(existsSync(path), path);
		const svg = readFileSync(path, 'utf8');
		assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+" role="img"/);
		assert.match(svg, /<title id="title">[^<]{10,}<\/title>/);
		assert.match(svg, /<desc id="desc">[^<]{40,}<\/desc>/);
		assert.doesNotMatch(svg, /<script|href=|url\(/i);
		assert.match(svg.trimEnd(), /<\/svg>$/);
	}
});

test('the comparison table is the seed’s, cell for cell', () => {
	const seed = readFileSync(join(SHARED, 'seed', 'unikraft-virtualization.md'), 'utf8');
	const rows = seed
		.split('\n')
		.filter((l) => /^\|\s*\*\*/.test(l))
		.map((l) =>
			l
				.split('|')
				.slice(1, -1)
				.map((c) => c.trim().replace(/^\*\*(.*)\*\*$/, '$1')),
		);
	assert.deepEqual(
		rows,
		COMPARISON.map((c) => [c.aspect, c.vm, c.container, c.unikernel]),
	);
});
