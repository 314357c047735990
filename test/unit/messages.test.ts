// SPDX-License-Identifier: Apache-2.0
// The wording of the target messages of issue #13 ("Messages"): an invisible character is
// named, a suggestion names what its fix writes, `- qemu: x86_64` is one diagnostic with a
// fix, `qemu-x86_64` gets the obvious fix, and a line that does not parse does not make
// the target above it look incomplete.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, applyEdits, fixesFor, type Diagnostic } from '../../src/core';

const HEAD = 'spec: v0.6\nname: app\ntargets:\n';

function only(text: string, code: string): Diagnostic {
	const found = analyze(text).diagnostics;
	assert.equal(found.length, 1, found.map((d) => `${d.code}: ${d.message}`).join('\n'));
	assert.equal(found[0]!.code, code);
	return found[0]!;
}

/** The text after the preferred fix of `d`. */
function fixed(text: string, d: Diagnostic): string {
	const fixes = fixesFor(analyze(text), d).fixes;
	const preferred = fixes.filter((f) => f.preferred);
	assert.equal(preferred.length, 1, JSON.stringify(fixes));
	return applyEdits(text, preferred[0]!.edits);
}

test('an invisible character in a name is named, and shown where it is', () => {
	const text = `${HEAD}  - qemu/x86_64\u200b\n`;
	const d = only(text, 'unknown-architecture');
	assert.match(d.message, /`x86_64⟨U\+200B⟩`/);
	assert.match(d.message, /U\+200B ZERO WIDTH SPACE/);
	assert.ok(!d.message.includes('\u200b'), d.message);
	assert.equal(fixed(text, d), `${HEAD}  - qemu/x86_64\n`);
	const two = only(`${HEAD}  - q\u00a0emu\u2060/x86_64\n`, 'unknown-platform');
	assert.match(two.message, /`q⟨U\+00A0⟩emu⟨U\+2060⟩`/);
	assert.match(two.message, /U\+00A0 NO-BREAK SPACE and U\+2060 WORD JOINER/);
	// A name without one gets no such sentence.
	assert.doesNotMatch(only(`${HEAD}  - qemu/x86\n`, 'unknown-architecture').message, /does not show/);
});

test('a platform typo names what the fix writes, with the alias that was close', () => {
	const text = `${HEAD}  - firecrackr/x86_64\n`;
	const d = only(text, 'unknown-platform');
	assert.match(d.message, /Did you mean `fc` \(also spelled `firecracker`\)\?/);
	assert.deepEqual(
		fixesFor(analyze(text), d).fixes.map((f) => f.title),
		['Change to `fc`'],
	);
	assert.equal(fixed(text, d), `${HEAD}  - fc/x86_64\n`);
	// A canonical name that was close by itself is not followed by "also spelled".
	assert.match(only(`${HEAD}  - qemuu/x86_64\n`, 'unknown-platform').message, /Did you mean `qemu`\?/);
});

test('`- qemu: x86_64` is one diagnostic, whose preferred fix writes `- qemu/x86_64`', () => {
	for (const [written, want] of [
		['  - qemu: x86_64\n', '  - qemu/x86_64\n'],
		['  - {fc: x86_64}\n', '  - fc/x86_64\n'],
		['  - kvm: arm64 # a comment\n', '  - kvm/arm64 # a comment\n'],
		['  - qemu: x86_64\r\n', '  - qemu/x86_64\r\n'],
	] as const) {
		const text = `${HEAD}${written}`;
		const d = only(text, 'invalid-target');
		assert.match(d.message, /Write `- [a-z]+\/[a-z0-9_]+`\./);
		assert.equal(fixed(text, d), `${HEAD}${want}`);
	}
	// With more keys in the map, one diagnostic still, and no fix that would drop them.
	const more = `${HEAD}  - qemu: x86_64\n    kconfig:\n      CONFIG_LIBUKDEBUG: 'y'\n`;
	const d = only(more, 'invalid-target');
	assert.match(d.message, /Write `platform: qemu` and `architecture: x86_64`/);
	assert.deepEqual(fixesFor(analyze(more), d).fixes, []);
});

test('`qemu-x86_64`, `qemu_x86_64`, `qemu x86_64` and `qemu:x86_64` get the fix to `qemu/x86_64`', () => {
	for (const written of ['qemu-x86_64', 'qemu_x86_64', '"qemu x86_64"', "'qemu x86_64'", 'qemu:x86_64', 'firecracker-arm64']) {
		const text = `${HEAD}  - ${written}\n`;
		const d = only(text, 'invalid-target');
		const want = written.startsWith('firecracker') ? 'firecracker/arm64' : 'qemu/x86_64';
		assert.match(d.message, new RegExp(`Write \`${want}\``));
		assert.equal(fixed(text, d), `${HEAD}  - ${want}\n`);
	}
	// Not two known names: the old advice, and no certain fix.
	const d = only(`${HEAD}  - qemu-x86\n`, 'invalid-target');
	assert.doesNotMatch(d.message, /Write `qemu\/x86`/);
});

test('a line that does not parse adds no diagnostic on the target above it', () => {
	for (const broken of ['  - platform: fc\n  architecture: x86_64\n', '  - platform: fc\n    architecture x86_64\n', '  - platform: fc\n\n  # note\n  architecture: x86_64\n']) {
		const found = analyze(`${HEAD}  - qemu/x86_64\n${broken}`).diagnostics;
		assert.deepEqual(
			found.map((d) => d.code),
			['yaml-syntax'],
			found.map((d) => d.message).join('\n'),
		);
	}
	// A target that does lack its architecture, well before the broken line, still says so.
	const found = analyze(`${HEAD}  - platform: fc\n  - qemu/x86_64\nbad line\n`).diagnostics;
	assert.deepEqual(found.map((d) => d.code).sort(), ['invalid-target', 'yaml-syntax']);
});

test('a key without its colon is hinted as that, not as a missing quote or bracket', () => {
	const d = only(`${HEAD}  - qemu/x86_64\nunikraft stable\n`, 'yaml-syntax');
	assert.match(d.message, /Write a `:` and a space after the key/);
	assert.doesNotMatch(d.message, /quote or bracket/);
	const item = analyze(`${HEAD}  - qemu/x86_64\n  -fc/x86_64\n`).diagnostics.filter((x) => /followed by map values/.test(x.message));
	assert.equal(item.length, 1);
	assert.match(item[0]!.message, /a space after its `-`/);
});
