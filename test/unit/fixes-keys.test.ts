// SPDX-License-Identifier: Apache-2.0
// Fixes that remove or rename keys and list items: conflicting keys, duplicates, unknown
// keys. Whole lines go; comments on other lines, indentation and line endings stay.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, titles } from './support/fixes';

const HEAD = 'spec: v0.6\nname: app\n';
const targets = (...lines: string[]) => `${HEAD}targets:\n${lines.map((l) => `${l}\n`).join('')}`;

test('conflicting-keys, same value: one fix per key, keeping the documented key is preferred', () => {
	const text = targets('  - name: app', '    plat: qemu', '    platform: qemu # long', '    arch: x86_64');
	assert.deepEqual(titles(text, 'conflicting-keys'), ['Keep `plat: qemu`', '*Keep `platform: qemu`']);
	assert.equal(applyFix(text, 'conflicting-keys', 'Keep `platform: qemu`').text, targets('  - name: app', '    platform: qemu # long', '    arch: x86_64'));
	assert.equal(applyFix(text, 'conflicting-keys', 'Keep `plat: qemu`').text, targets('  - name: app', '    plat: qemu', '    arch: x86_64'));
});

test('conflicting-keys, different values: neither preferred; the first key of a list item moves up', () => {
	const text = targets('  - plat: fc', '    platform: qemu', '    arch: x86_64');
	assert.deepEqual(titles(text, 'conflicting-keys'), ['Keep `plat: fc`', 'Keep `platform: qemu`']);
	assert.equal(applyFix(text, 'conflicting-keys', 'Keep `platform: qemu`').text, targets('  - platform: qemu', '    arch: x86_64'));
	assert.equal(applyFix(text, 'conflicting-keys', 'Keep `plat: fc`').text, targets('  - plat: fc', '    arch: x86_64'));
});

test('conflicting-keys: what the dropped key also carries stays', () => {
	// `platform: qemu/x86_64` with `architecture: arm64`: keeping the architecture cuts `/x86_64`.
	const arch = targets('  - platform: qemu/x86_64', '    architecture: arm64');
	assert.equal(applyFix(arch, 'conflicting-keys', 'Keep `architecture: arm64`').text, targets('  - platform: qemu', '    architecture: arm64'));
	assert.equal(applyFix(arch, 'conflicting-keys', 'Keep `platform: qemu/x86_64`').text, targets('  - platform: qemu/x86_64'));
	// `plat: fc` with `platform: qemu/x86_64`: keeping `plat` keeps the architecture as `arch`.
	const plat = targets('  - plat: fc', '    platform: qemu/x86_64');
	assert.equal(applyFix(plat, 'conflicting-keys', 'Keep `plat: fc`').text, targets('  - plat: fc', '    arch: x86_64'));
});

test('conflicting-keys in spec v0.7: keeping the short key (the one v0.7 reads) is preferred', () => {
	const text = 'spec: v0.7\ntargets:\n  - {plat: qemu, platform: fc, arch: x86_64}\n';
	assert.deepEqual(titles(text, 'conflicting-keys'), ['*Keep `plat: qemu`', 'Keep `platform: fc`']);
	assert.equal(applyFix(text, 'conflicting-keys', 'Keep `plat: qemu`').text, 'spec: v0.7\ntargets:\n  - {plat: qemu, arch: x86_64}\n');
	assert.equal(applyFix(text, 'conflicting-keys', 'Keep `platform: fc`').text, 'spec: v0.7\ntargets:\n  - {platform: fc, arch: x86_64}\n');
});

test('duplicate-target: the item goes with its lines; comments around it and CRLF stay', () => {
	const text = 'spec: v0.6\r\nname: app\r\ntargets:\r\n  # first\r\n  - qemu/x86_64\r\n  # second\r\n  - kvm/x86_64 # again\r\n  # last\r\n  - fc/x86_64';
	assert.deepEqual(titles(text, 'duplicate-target'), ['*Remove this duplicate target']);
	assert.equal(applyFix(text, 'duplicate-target', 'Remove this duplicate target').text, 'spec: v0.6\r\nname: app\r\ntargets:\r\n  # first\r\n  - qemu/x86_64\r\n  # second\r\n  # last\r\n  - fc/x86_64');
	// The last line of a file without a final line break: the file still ends without one.
	const last = 'spec: v0.6\nname: app\ntargets:\n  - qemu/x86_64\n  - qemu/x86_64';
	assert.equal(applyFix(last, 'duplicate-target', 'Remove this duplicate target').text, 'spec: v0.6\nname: app\ntargets:\n  - qemu/x86_64');
});

test('duplicate-target: map items, flow lists, and items with more than a name are not preferred', () => {
	const map = targets('  - qemu/x86_64', '  - name: app', '    platform: qemu', '    architecture: x86_64', '  - fc/x86_64');
	assert.equal(applyFix(map, 'duplicate-target', 'Remove this duplicate target').text, targets('  - qemu/x86_64', '  - fc/x86_64'));
	assert.equal(applyFix(`${HEAD}targets: [qemu/x86_64, fc/x86_64, qemu/x86_64]\n`, 'duplicate-target', 'Remove this duplicate target').text, `${HEAD}targets: [qemu/x86_64, fc/x86_64]\n`);
	const kconfig = targets('  - qemu/x86_64', '  - platform: qemu', '    architecture: x86_64', '    kconfig:', "      CONFIG_X: 'y'");
	assert.deepEqual(titles(kconfig, 'duplicate-target'), ['Remove this duplicate target']);
});

test('duplicate-key: remove the earlier one (preferred when equal), or this one', () => {
	const equal = `${HEAD}unikraft:\n  kconfig:\n    CONFIG_A: 'y'\n    CONFIG_B: 'y'\n    CONFIG_A: 'y'\n`;
	assert.deepEqual(titles(equal, 'duplicate-key'), ['*Remove the earlier `CONFIG_A` (ignored by kraft)', 'Remove this `CONFIG_A`']);
	assert.equal(applyFix(equal, 'duplicate-key', 'Remove the earlier `CONFIG_A` (ignored by kraft)').text, `${HEAD}unikraft:\n  kconfig:\n    CONFIG_B: 'y'\n    CONFIG_A: 'y'\n`);
	const differ = `${HEAD}unikraft:\n  kconfig:\n    CONFIG_A: 'y'\n    CONFIG_A: 'n'\n`;
	assert.deepEqual(titles(differ, 'duplicate-key'), ['Remove the earlier `CONFIG_A` (ignored by kraft)', 'Remove this `CONFIG_A`']);
	assert.equal(applyFix(differ, 'duplicate-key', 'Remove this `CONFIG_A`').text, `${HEAD}unikraft:\n  kconfig:\n    CONFIG_A: 'y'\n`);
});

test('unknown-key: rename to the closest known key, keeping quotes; not to a key the map has', () => {
	assert.deepEqual(titles(`${HEAD}libaries:\n  musl: stable\n`, 'unknown-key'), ['*Rename to `libraries`']);
	assert.equal(applyFix(`${HEAD}libaries:\n  musl: stable\n`, 'unknown-key', 'Rename to `libraries`').text, `${HEAD}libraries:\n  musl: stable\n`);
	assert.equal(applyFix(targets('  - "platfrom": qemu', '    arch: x86_64'), 'unknown-key', 'Rename to `platform`').text, targets('  - "platform": qemu', '    arch: x86_64'));
	assert.deepEqual(titles(targets('  - platform: qemu', '    platfrom: fc', '    arch: x86_64'), 'unknown-key'), []);
});

test('unknown-key: a rename that would make a duplicate target is offered, not preferred', () => {
	const text = targets('  - qemu/x86_64', '  - platfrom: qemu', '    arch: x86_64');
	assert.deepEqual(titles(text, 'unknown-key'), ['Rename to `platform`']);
});

test('unknown-key: a target name under spec v0.7 can be removed', () => {
	const text = 'spec: v0.7\ntargets:\n  - name: app\n    plat: qemu\n    arch: x86_64\n';
	assert.deepEqual(titles(text, 'unknown-key'), ['Remove `name`']);
	assert.equal(applyFix(text, 'unknown-key', 'Remove `name`').text, 'spec: v0.7\ntargets:\n  - plat: qemu\n    arch: x86_64\n');
});
