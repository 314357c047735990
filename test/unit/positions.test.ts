// SPDX-License-Identifier: Apache-2.0
// Ranges must be right whatever the bytes around them: CRLF, a byte order mark, tabs in
// values, multi-byte characters before the offending value, flow sequences, comments.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, LineIndex, stripBom } from '../../src/core';

/** The text each diagnostic covers, with its code. */
function covered(text: string): string[] {
	return analyze(text).diagnostics.map((d) => `${d.code}:${text.slice(d.span.start, d.span.end)}`);
}

test('CRLF: spans cover exactly the value, and line/character match VS Code', () => {
	const text = 'spec: v0.6\r\nname: app\r\ntargets:\r\n  - qemu/arm\r\n  - foo/x86_64\r\n';
	assert.deepEqual(covered(text), ['unsupported-target:qemu/arm', 'unknown-platform:foo']);
	const d = analyze(text).diagnostics[1]!;
	assert.deepEqual(new LineIndex(text).rangeOf(d.span), { start: { line: 4, character: 4 }, end: { line: 4, character: 7 } });
});

test('lone CR line breaks count as lines, as in VS Code', () => {
	const idx = new LineIndex('a\rb\r\nc\nd');
	assert.deepEqual([0, 2, 5, 7].map((o) => idx.positionAt(o)), [
		{ line: 0, character: 0 },
		{ line: 1, character: 0 },
		{ line: 2, character: 0 },
		{ line: 3, character: 0 },
	]);
	assert.equal(idx.offsetAt({ line: 1, character: 99 }), 3);
});

test('BOM: stripped before analysis, so positions do not count it', () => {
	const raw = '\uFEFFspec: v0.6\nname: app\ntargets:\n  - qemu/amd64\n';
	const text = stripBom(raw);
	const d = analyze(text).diagnostics;
	assert.deepEqual(d.map((x) => x.code), ['architecture-alias']);
	assert.deepEqual(new LineIndex(text).rangeOf(d[0]!.span), { start: { line: 3, character: 9 }, end: { line: 3, character: 14 } });
});

test('a BOM left in the text does not break the analysis', () => {
	const d = analyze('\uFEFFspec: v0.6\nname: app\ntargets:\n  - qemu/amd64\n').diagnostics;
	assert.deepEqual(d.map((x) => x.code), ['architecture-alias']);
});

test('multi-byte characters (UTF-16 surrogate pairs) before the value', () => {
	const text = 'spec: v0.6\nname: "😀😀"\ntargets:\n  - {name: "é😀", plat: qemu, arch: arm}\n';
	assert.deepEqual(covered(text), ['unsupported-target:arm']);
	const d = analyze(text).diagnostics[0]!;
	// "  - {name: "é😀", plat: qemu, arch: " is 36 UTF-16 units (😀 counts two).
	assert.deepEqual(new LineIndex(text).positionAt(d.span.start), { line: 3, character: 36 });
});

test('comments and trailing spaces around values are not part of the range', () => {
	const text = 'spec: v0.6 # the spec\nname: app\ntargets:\n  # a comment\n  - qemu/arm   # 32-bit\n  - platform: qemux   # typo\n    architecture: x86_64\n';
	assert.deepEqual(covered(text), ['unsupported-target:qemu/arm', 'unknown-platform:qemux']);
});

test('a tab inside a value is part of the value, not indentation', () => {
	const text = 'spec: v0.6\nname: app\ntargets:\n  - "qemu/x86_64\\t"\n';
	const d = analyze(text).diagnostics;
	assert.deepEqual(d.map((x) => x.code), ['unknown-architecture']);
	// The escaped tab makes the written text differ from the value: the whole scalar is underlined.
	assert.equal(text.slice(d[0]!.span.start, d[0]!.span.end), '"qemu/x86_64\\t"');
});

test('quoted values: the part inside the quotes', () => {
	assert.deepEqual(covered("spec: v0.6\nname: app\ntargets:\n  - 'xen/aarch64'\n  - \"fc/armv7\"\n"), ['architecture-alias:aarch64', 'architecture-alias:armv7']);
});

test('block scalars are read as values (and underlined whole)', () => {
	const text = 'spec: v0.6\nname: app\ntargets:\n  - >-\n    qemu/amd64\n';
	const d = analyze(text).diagnostics;
	assert.deepEqual(d.map((x) => x.code), ['architecture-alias']);
	assert.ok(text.slice(d[0]!.span.start, d[0]!.span.end).startsWith('>-'));
});
