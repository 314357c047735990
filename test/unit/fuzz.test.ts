// SPDX-License-Identifier: Apache-2.0
// Seeded property tests, bounded for CI (about half a minute): every real Kraftfile and
// fixture as it is, seeded mutations of them and random YAML-ish text, and three files cut
// at every offset. The properties are in support/fuzz-properties.ts. For longer runs:
// `npm run fuzz -- --seed N --iterations M`; a failure prints its seed and iteration.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, fixesFor } from '../../src/core';
import { Counts, checkText } from './support/fuzz-properties';
import { bases, describeFinding, fuzz, truncations } from './support/fuzz-run';

const all = bases();
const summary = (c: Counts) => `${c.texts} texts, ${c.analyses} analyses, ${c.diagnostics} diagnostics, ${c.hovers} hovers, ${c.completions} completions, ${c.fixes} fixes, ${c.fixAlls} fix-alls`;

test('every real Kraftfile and fixture, as it is', (t) => {
	assert.ok(all.length > 250, `${all.length} files`);
	const counts = new Counts();
	const found = all.flatMap((b) => checkText(b.text, { offsets: 48, fixes: true }, counts).map((v) => `${b.name}: ${v.property}: ${v.detail}`));
	t.diagnostic(summary(counts));
	assert.deepEqual(found, []);
});

// Fix-all runs to a fixed point itself, so CI holds it to the strict property: twice is once.
for (const seed of [1, 2, 3]) {
	test(`seed ${seed}: mutated Kraftfiles and random YAML-ish text`, (t) => {
		const counts = new Counts();
		const findings = fuzz(all, { seed, iterations: 250, everyOffsetUpTo: 400, sampleOffsets: 32, fixAll: 'idempotent' }, counts);
		t.diagnostic(summary(counts));
		assert.deepEqual(findings.map(describeFinding), []);
	});
}

test('what fuzzing found, shrunk, passes every property (fix-all strictly)', () => {
	const found: Record<string, string> = {
		// A target with its architecture twice: conflicting-keys and duplicate-key each removed one line.
		'fix-all removed both': 'spec: v0.6\ntargets:\n  - platform: qemu\n    architecture: x86_64\n    architecture: x86_64\n',
		// The parser's error range ended inside the emoji.
		'range in a surrogate pair': '{* 😀',
		// A document after `...` with no `---`: its first three code units were underlined.
		'extra document in a surrogate pair': '...\né/😀',
		// Completion at the start of an indented line offered to replace the key after the cursor.
		'completion before the cursor': ' é:',
		// A key renamed `targets` made its list of wrong targets read: invalid-target added.
		'rename to targets': 'spec: v0.6\r\nname: "héllo-😀"\ntaérgets:\r\n  - name:',
		// Removing the `targets` kraft reads made the earlier one count, with its unknown architecture.
		'remove the later duplicate': 'spec: v0.6\nname: app\ntargets:\n  - qemu/x86app\ntargets:\n  - qemu/x86_64\n',
		// Parsing overflowed the stack: the analysis failed instead of reporting.
		'parser stack overflow': `${'- '.repeat(8_000)}x\ny: 1\n`,
		// A top-level key renamed to `targets` made `kraft` read a value that is no list.
		'rename to a failing key': 'érgets: 8',
		// Removing the last of two `targets` made `kraft` read the earlier one, no list.
		'remove the key that works': 'targets: u\ntargets:',
	};
	for (const [what, text] of Object.entries(found)) assert.deepEqual(checkText(text, { offsets: 'all', fixes: true }), [], what);
	assert.deepEqual(analyze(found['fix-all removed both']!).diagnostics.map((d) => d.code), ['duplicate-key']);
});

test('what `npm run fuzz -- --caught` found: a fix provider that threw and so offered nothing', () => {
	// A debug build with a target that has no platform: switching it to linuxu read `platform.text`.
	const text = 'spec: v0.6\nname: app\nunikraft:\n  version: v0.16.3\n  kconfig:\n    CONFIG_LIBUKDEBUG_PRINTD: y\ntargets:\n  - architecture: x86_64\n  - qemu/x86_64\n';
	const a = analyze(text);
	const hint = a.diagnostics.find((d) => d.code === 'debug-build');
	assert.ok(hint);
	assert.deepEqual(
		fixesFor(a, hint).fixes.map((f) => f.title),
		['Add a linuxu target for debugging (`linuxu/x86_64`)', 'Switch `qemu/x86_64` to linuxu'],
	);
});

test('three files cut at every offset', (t) => {
	const names = ['reference-examples/05-catalog-examples-httpserver-perl5.42-base.CRLF.Kraftfile', 'reference-examples/11-app-redis-02f8cbc-kvm-volumesmap.kraft.yaml', 'fixtures/anchors-and-merges.yaml'];
	const counts = new Counts();
	for (const name of names) {
		const base = all.find((b) => b.name === name);
		assert.ok(base, `no ${name}`);
		assert.deepEqual(truncations(base.text, counts).slice(0, 5), [], name);
	}
	t.diagnostic(summary(counts));
});
