// SPDX-License-Identifier: Apache-2.0
// The value checks of the structural keys (invalid-section, no-targets, misread-key, an empty
// `targets`, unquoted hex kconfig values, `outdir` under spec v0.7): what each reports on
// forms the fixtures do not show (anchors, flow lists, CRLF, duplicates), and their fixes by
// the text they produce. `applyFix` also checks that a fix removes its diagnostic and adds no error.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/core';
import { applyFix, titles } from './support/fixes';

const codes = (text: string, ...only: string[]) =>
	analyze(text)
		.diagnostics.filter((d) => only.length === 0 || only.includes(d.code))
		.map((d) => `${d.severity} ${d.code} ${text.slice(d.span.start, d.span.end)}`);

const HEAD = 'spec: v0.6\nname: app\nunikraft: stable\n';
const TAIL = 'targets:\n  - qemu/x86_64\n';

test('a libraries list becomes a map: each `- ` removed, comments and nested maps kept', () => {
	const text = `${HEAD}libraries:\n  - musl: stable # libc\n  # the network stack\n  - lwip:\n      version: stable\n      kconfig:\n        CONFIG_LWIP_TCP: 'y'\n${TAIL}`;
	assert.deepEqual(titles(text, 'invalid-section'), ['*Write `libraries` as a map (remove the `- `)']);
	const r = applyFix(text, 'invalid-section', 'Write `libraries` as a map (remove the `- `)');
	assert.equal(r.text, `${HEAD}libraries:\n  musl: stable # libc\n  # the network stack\n  lwip:\n      version: stable\n      kconfig:\n        CONFIG_LWIP_TCP: 'y'\n${TAIL}`);
	assert.deepEqual(codes(r.text, 'invalid-section'), []);
	// CRLF files keep their line endings (the edits touch no line break).
	const crlf = text.replace(/\n/g, '\r\n');
	assert.equal(applyFix(crlf, 'invalid-section', 'Write `libraries` as a map (remove the `- `)').text, r.text.replace(/\n/g, '\r\n'));
});

test('a libraries list that is not certainly a map in disguise gets the error and no fix', () => {
	const cases = [
		`${HEAD}libraries:\n  - musl\n  - lwip\n${TAIL}`, // names without versions
		`${HEAD}libraries: [musl, lwip]\n${TAIL}`, // a flow list
		`${HEAD}libraries:\n- musl: stable\n${TAIL}`, // not indented: the key would leave `libraries`
		`${HEAD}libraries:\n  - musl: stable\n  - musl: staging\n${TAIL}`, // a name twice
		`${HEAD}libraries:\n  - musl: stable\n    lwip: stable\n${TAIL}`, // two entries in one item
		`${HEAD}libraries:\n  - &m musl: stable\n${TAIL}`, // an anchor
		`${HEAD}libraries:\n  -\n    musl: stable\n${TAIL}`, // the key on a line of its own
	];
	for (const text of cases) {
		assert.deepEqual(codes(text, 'invalid-section'), ['error invalid-section libraries'], text);
		assert.deepEqual(titles(text, 'invalid-section'), [], text);
	}
});

test('numbers where kraft reads strings are quoted as written', () => {
	assert.equal(applyFix(`spec: v0.6\nname: 2048\nunikraft: stable\n${TAIL}`, 'invalid-section', "Quote it: `'2048'`").text, `spec: v0.6\nname: '2048'\nunikraft: stable\n${TAIL}`);
	assert.equal(applyFix(`spec: v0.6\nname: app\nunikraft: 0.16 # pinned\n${TAIL}`, 'invalid-section', "Quote it: `'0.16'`").text, `spec: v0.6\nname: app\nunikraft: '0.16' # pinned\n${TAIL}`);
	assert.equal(applyFix(`${HEAD}libraries:\n  musl: stable\n  newlib: 1.2\n${TAIL}`, 'invalid-section', "Quote it: `'1.2'`").text, `${HEAD}libraries:\n  musl: stable\n  newlib: '1.2'\n${TAIL}`);
	const pinned = `spec: v0.6\nname: app\nunikraft:\n  version: 0.10\n${TAIL}`;
	const quoted = applyFix(pinned, 'invalid-section', "Quote it: `'0.10'`");
	assert.equal(quoted.text, `spec: v0.6\nname: app\nunikraft:\n  version: '0.10'\n${TAIL}`);
	assert.match(quoted.before.find((d) => d.code === 'invalid-section')!.message, /reads as `0\.1`/);
	assert.equal(applyFix(`${HEAD}libraries:\n  musl:\n    version: 1.20\n${TAIL}`, 'invalid-section', "Quote it: `'1.20'`").text, `${HEAD}libraries:\n  musl:\n    version: '1.20'\n${TAIL}`);
	// A number Go prints as written (`0.16`, `16`), and one YAML 1.1 reads as octal, are left alone.
	for (const v of ['0.16', '16', '016']) assert.deepEqual(codes(pinned.replace('0.10', v), 'invalid-section'), [], v);
	// Through an alias the number is written elsewhere: reported, not quoted here.
	const alias = `spec: v0.6\nx-n: &n 2048\nname: *n\nunikraft: stable\n${TAIL}`;
	assert.deepEqual(codes(alias, 'invalid-section'), ['error invalid-section *n']);
	assert.deepEqual(titles(alias, 'invalid-section'), []);
});

test('invalid-section reads the key kraft reads (the last one), and says nothing under spec v0.7', () => {
	assert.deepEqual(codes(`spec: v0.6\nname: 1\nname: app\nunikraft: stable\n${TAIL}`, 'invalid-section'), []);
	assert.deepEqual(codes(`spec: v0.6\nname: app\nname: 1\nunikraft: stable\n${TAIL}`, 'invalid-section'), ['error invalid-section 1']);
	assert.deepEqual(codes('spec: v0.7\nname: 1\nruntime: base:latest\nlibraries:\n  - musl: stable\n', 'invalid-section'), []);
	// Merged keys are not the map's own: the merged map is where they are written.
	assert.deepEqual(codes(`spec: v0.6\nname: app\nunikraft: stable\nlibraries:\n  <<: {musl: stable}\n  lwip: stable\n${TAIL}`, 'invalid-section'), []);
});

test('a target `name` of its own keeps `name: ""` harmless; an empty name with runtime-only files is not reported', () => {
	assert.deepEqual(codes("spec: v0.6\nname: ''\nruntime: base:latest\n", 'invalid-section'), []);
	assert.deepEqual(codes("spec: v0.6\nname: ''\nunikraft: stable\ntargets:\n  - {name: a, platform: qemu, architecture: x86_64}\n", 'invalid-section'), []);
	assert.deepEqual(codes("spec: v0.6\nname: ''\nunikraft: stable\ntargets:\n  - {kernel: a, platform: qemu, architecture: x86_64}\n", 'invalid-section'), []);
});

test('empty targets: an error in the legacy format, nothing in spec v0.7; `targets: []` is no-targets', () => {
	assert.deepEqual(codes(`${HEAD}targets:\n#  - qemu/x86_64\n`, 'invalid-target', 'no-targets'), ['error invalid-target targets']);
	assert.deepEqual(codes(`${HEAD}targets: ~\n`, 'invalid-target', 'no-targets'), ['error invalid-target targets']);
	assert.deepEqual(codes('spec: v0.7\nunikraft: stable\ntargets:\n', 'invalid-target', 'no-targets'), []);
	assert.deepEqual(codes(`${HEAD}targets: []\n`, 'invalid-target', 'no-targets'), ['error no-targets targets: []']);
});

test('no-targets: a build from source without targets, also with a runtime; not with a template or the old layout', () => {
	assert.deepEqual(codes(HEAD, 'no-targets'), ['error no-targets unikraft']);
	assert.deepEqual(codes(`${HEAD}runtime: base:latest\n`, 'no-targets'), ['error no-targets unikraft']);
	assert.deepEqual(codes(`${HEAD}template: app-elfloader\n`, 'no-targets'), []);
	assert.deepEqual(codes(`specification: '0.4'\nunikraft: stable\narchitectures:\n  x86_64: true\n`, 'no-targets'), []);
	assert.deepEqual(codes('spec: v0.6\nname: app\nruntime: base:latest\n', 'no-targets'), []);
	assert.deepEqual(codes('spec: v0.7\nunikraft: stable\n', 'no-targets'), []);
	// An empty `unikraft` is ignored by kraft: invalid-section says so, and nothing is built from source.
	assert.deepEqual(codes('spec: v0.6\nname: app\nunikraft:\nruntime: base:latest\n', 'no-targets', 'invalid-section'), ['warning invalid-section unikraft']);
});

test('misread-key: a target `kernel` is renamed to `name` (not preferred); not when `name` is there too', () => {
	const text = `${HEAD}targets:\n  - platform: qemu\n    architecture: x86_64\n    kernel: 'app-qemu'\n`;
	assert.deepEqual(titles(text, 'misread-key'), ['Rename to `name`']);
	assert.equal(applyFix(text, 'misread-key', 'Rename to `name`').text, `${HEAD}targets:\n  - platform: qemu\n    architecture: x86_64\n    name: 'app-qemu'\n`);
	const both = `${HEAD}targets:\n  - {name: a, kernel: b, platform: qemu, architecture: x86_64}\n`;
	assert.deepEqual(codes(both, 'misread-key'), ['warning misread-key kernel']);
	assert.deepEqual(titles(both, 'misread-key'), []);
	// Through an alias: pointed at the alias, no fix.
	const alias = `${HEAD}x-t: &t {kernel: b, platform: qemu, architecture: x86_64}\ntargets:\n  - *t\n`;
	assert.deepEqual(codes(alias, 'misread-key'), ['warning misread-key *t']);
	assert.deepEqual(titles(alias, 'misread-key'), []);
	assert.deepEqual(codes('spec: v0.7\nunikraft: stable\ntargets:\n  - {kernel: b, plat: qemu, arch: x86_64}\n', 'misread-key'), []);
});

test('unquoted hex kconfig values: a warning with the decimal kraft writes; quoting is offered, not preferred', () => {
	const text = `${HEAD}  kconfig:\n    CONFIG_LIBUKBOOT_HEAP_BASE: 0x400000000 # heap\n${TAIL}`.replace('unikraft: stable\n  kconfig', 'unikraft:\n  version: stable\n  kconfig');
	const a = analyze(text);
	const d = a.diagnostics.find((x) => x.code === 'invalid-kconfig');
	assert.ok(d);
	assert.equal(d.severity, 'warning');
	assert.match(d.message, /17179869184/);
	assert.deepEqual(titles(text, 'invalid-kconfig'), ["Quote it: `'0x400000000'`"]);
	assert.equal(applyFix(text, 'invalid-kconfig', "Quote it: `'0x400000000'`").text, text.replace('0x400000000', "'0x400000000'"));
	// Decimal numbers, quoted hex and the list form are what they look like.
	for (const v of ['4096', "'0x400000000'", '"0x10"']) assert.deepEqual(codes(text.replace('0x400000000', v), 'invalid-kconfig'), [], v);
	assert.deepEqual(codes(`${HEAD.replace('unikraft: stable\n', 'unikraft:\n  kconfig:\n    - CONFIG_LIBUKBOOT_HEAP_BASE=0x400000000\n')}${TAIL}`, 'invalid-kconfig'), []);
	// A huge hex value: the decimal is written in full, as Go's %d does.
	assert.match(analyze(text.replace('0x400000000', '0x0000001000000000')).diagnostics.find((x) => x.code === 'invalid-kconfig')!.message, /68719476736/);
	// Beyond 2^53 a JavaScript number is not exact: the digits are converted from the text.
	assert.match(analyze(text.replace('0x400000000', '0xFFFFFFFFFFFFFFFF')).diagnostics.find((x) => x.code === 'invalid-kconfig')!.message, /writes 18446744073709551615 /);
});

test('outdir under spec v0.7 is ignored: unknown-key with a removal fix; spec v0.6 reads it', () => {
	const text = 'spec: v0.7\noutdir: ./build\nruntime: base:latest\n';
	assert.deepEqual(codes(text, 'unknown-key'), ['warning unknown-key outdir']);
	assert.equal(applyFix(text, 'unknown-key', 'Remove `outdir`').text, 'spec: v0.7\nruntime: base:latest\n');
	assert.deepEqual(codes('spec: v0.6\noutdir: ./build\nruntime: base:latest\n', 'unknown-key'), []);
});
