// SPDX-License-Identifier: Apache-2.0
// Every quick fix, by the text it produces. `applyFix` also checks what every fix must do:
// a quick fix removes its diagnostic, and no fix adds an error (the result is analysed again).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, titles } from './support/fixes';

const HEAD = 'spec: v0.6\nname: app\n';
const targets = (...lines: string[]) => `${HEAD}targets:\n${lines.map((l) => `${l}\n`).join('')}`;

test('platform-alias: the canonical name, preferred; comments and quotes stay', () => {
	assert.deepEqual(titles(targets('  - kvm/x86_64 # the VM'), 'platform-alias'), ['*Change to `qemu`']);
	assert.equal(applyFix(targets('  - kvm/x86_64 # the VM'), 'platform-alias', 'Change to `qemu`').text, targets('  - qemu/x86_64 # the VM'));
	const map = targets('  - platform: "firecracker"', '    architecture: x86_64');
	assert.equal(applyFix(map, 'platform-alias', 'Change to `fc`').text, targets('  - platform: "fc"', '    architecture: x86_64'));
});

test('unknown-platform: the closest name; preferred only when certain; an alias becomes its canonical name', () => {
	assert.deepEqual(titles(targets('  - QEMU/x86_64'), 'unknown-platform'), ['*Change to `qemu`']);
	assert.equal(applyFix(targets('  - QEMU/x86_64'), 'unknown-platform', 'Change to `qemu`').text, targets('  - qemu/x86_64'));
	assert.equal(applyFix(targets('  - firecraker/x86_64'), 'unknown-platform', 'Change to `fc`').text, targets('  - fc/x86_64'));
	assert.deepEqual(titles(targets('  - xe/x86_64'), 'unknown-platform'), ['*Change to `xen`']);
	// `hyperlight` is in no release but may be in a newer one; `linuxu` is gone: only the first is offered.
	assert.deepEqual(titles(targets('  - hyperligth/x86_64'), 'unknown-platform'), ['*Change to `hyperlight`']);
	assert.deepEqual(titles(`${HEAD}unikraft: v0.21.0\ntargets:\n  - hyperligth/x86_64\n`, 'unknown-platform'), []);
	assert.deepEqual(titles(targets('  - linux/x86_64'), 'unknown-platform'), []);
});

test('unknown-platform: never a name that cannot build with the architecture', () => {
	// `kvm` (qemu) on arm cannot build: only xen is offered, and only where xen/arm still builds.
	assert.deepEqual(titles(targets('  - kvn/arm'), 'unknown-platform'), []);
	assert.deepEqual(titles(`${HEAD}unikraft: v0.16.3\ntargets:\n  - xem/arm\n`, 'unknown-platform'), ['*Change to `xen`']);
});

test('unknown-architecture and architecture-alias', () => {
	assert.deepEqual(titles(targets('  - qemu/X86_64'), 'unknown-architecture'), ['*Change to `x86_64`']);
	// Two candidates: neither is certain, and `arm` (which qemu cannot build) is not offered.
	assert.deepEqual(titles(`${HEAD}unikraft: v0.16.3\ntargets:\n  - xen/arm6\n`, 'unknown-architecture'), ['Change to `arm`', 'Change to `arm64`']);
	assert.deepEqual(titles(targets('  - qemu/arm6'), 'unknown-architecture'), ['Change to `arm64`']);
	assert.equal(applyFix(targets('  - qemu/aarch64'), 'architecture-alias', 'Change to `arm64`').text, targets('  - qemu/arm64'));
	assert.equal(applyFix(targets('  - platform: qemu', "    arch: 'amd64'"), 'architecture-alias', 'Change to `x86_64`').text, targets('  - platform: qemu', "    arch: 'x86_64'"));
	// qemu/arm cannot build: no fix rather than a fix that makes an error.
	assert.deepEqual(titles(targets('  - qemu/armv7'), 'architecture-alias'), []);
	assert.deepEqual(titles(`${HEAD}unikraft: v0.16.3\ntargets:\n  - xen/armv7\n`, 'architecture-alias'), ['*Change to `arm`']);
});

test('a right name that makes the target a duplicate: removing it is preferred', () => {
	const text = targets('  - qemu/x86_64', '  - qemu/amd64');
	assert.deepEqual(titles(text, 'architecture-alias'), ['Change to `x86_64`', '*Remove this target (`qemu/x86_64` is already there)']);
	assert.equal(applyFix(text, 'architecture-alias', 'Remove this target (`qemu/x86_64` is already there)').text, targets('  - qemu/x86_64'));
});

test('planned-platform and cloud-provider: qemu, not preferred', () => {
	assert.deepEqual(titles(targets('  - hyperv/x86_64'), 'planned-platform'), ['Change to `qemu`']);
	assert.equal(applyFix(targets('  - aws/arm64'), 'cloud-provider', 'Change to `qemu`').text, targets('  - qemu/arm64'));
});

test('invalid-spec: a missing spec is added before the first key, after comments, with the file’s line endings', () => {
	const text = '# My app\r\nname: app\r\ntargets:\r\n  - qemu/x86_64\r\n';
	assert.deepEqual(titles(text, 'invalid-spec'), ['*Add `spec: v0.6`']);
	assert.equal(applyFix(text, 'invalid-spec', 'Add `spec: v0.6`').text, '# My app\r\nspec: v0.6\r\nname: app\r\ntargets:\r\n  - qemu/x86_64\r\n');
	assert.equal(applyFix('spec:\nname: app\n', 'invalid-spec', 'Set `spec: v0.6`').text, 'spec: v0.6\nname: app\n');
	assert.equal(applyFix('spec: ~ # todo\nname: app\n', 'invalid-spec', 'Set `spec: v0.6`').text, 'spec: v0.6 # todo\nname: app\n');
});

test('invalid-spec: a numeric spec becomes a string, v-prefixed (preferred) or quoted', () => {
	assert.deepEqual(titles('spec: 0.6\nname: app\n', 'invalid-spec'), ['*Change to `v0.6`', "Quote it: `'0.6'`"]);
	assert.equal(applyFix('spec: 0.6\nname: app\n', 'invalid-spec', 'Change to `v0.6`').text, 'spec: v0.6\nname: app\n');
	assert.equal(applyFix('specification: 0.5\nname: app\n', 'invalid-spec', "Quote it: `'0.5'`").text, "specification: '0.5'\nname: app\n");
	// A version kraft does not know is still better as a string, but not certain.
	assert.deepEqual(titles('spec: 0.9\nname: app\n', 'invalid-spec'), ['Change to `v0.9`', "Quote it: `'0.9'`"]);
});

test('invalid-spec: not a version, keeping the quotes; both keys, removing the ignored one', () => {
	assert.equal(applyFix('spec: "latest"\nname: app\n', 'invalid-spec', 'Change to `v0.6`').text, 'spec: "v0.6"\nname: app\n');
	const both = "specification: '0.5'\n# the new one\nspec: v0.6\nname: app\n";
	assert.deepEqual(titles(both, 'invalid-spec'), ['*Remove `spec`']);
	assert.equal(applyFix(both, 'invalid-spec', 'Remove `spec`').text, "specification: '0.5'\n# the new one\nname: app\n");
});

test('outdated-spec: the current version, keeping quotes, not preferred', () => {
	assert.deepEqual(titles("specification: '0.5'\nname: app\n", 'outdated-spec'), ['Change to `v0.6`']);
	assert.equal(applyFix("specification: '0.5'\nname: app\n", 'outdated-spec', 'Change to `v0.6`').text, "specification: 'v0.6'\nname: app\n");
});

test('invalid-target: a single string becomes a list (preferred)', () => {
	assert.deepEqual(titles(`${HEAD}targets: qemu/x86_64 # one\n`, 'invalid-target'), ['*Make it a list: `[qemu/x86_64]`']);
	assert.equal(applyFix(`${HEAD}targets: qemu/x86_64 # one\n`, 'invalid-target', 'Make it a list: `[qemu/x86_64]`').text, `${HEAD}targets: [qemu/x86_64] # one\n`);
});

test('invalid-target: the missing half of a shorthand, on the host’s architecture when given', () => {
	assert.equal(applyFix(targets('  - qemu'), 'invalid-target', 'Change to `qemu/x86_64`').text, targets('  - qemu/x86_64'));
	assert.equal(applyFix(targets("  - 'qemu'"), 'invalid-target', 'Change to `qemu/arm64`', {}, { arch: 'arm64' }).text, targets("  - 'qemu/arm64'"));
	assert.equal(applyFix(targets('  - arm64'), 'invalid-target', 'Change to `qemu/arm64`').text, targets('  - qemu/arm64'));
	assert.equal(applyFix(targets('  - fc/'), 'invalid-target', 'Change to `fc/x86_64`').text, targets('  - fc/x86_64'));
	assert.equal(applyFix(targets('  - /arm64'), 'invalid-target', 'Change to `qemu/arm64`').text, targets('  - qemu/arm64'));
	// `arm`: only Xen builds it (doubtful from v0.21.0 on, but not ruled out).
	assert.deepEqual(titles(targets('  - arm'), 'invalid-target'), ['Change to `xen/arm`']);
	assert.equal(applyFix(`${HEAD}unikraft: v0.16.3\ntargets:\n  - arm\n`, 'invalid-target', 'Change to `xen/arm`').text, `${HEAD}unikraft: v0.16.3\ntargets:\n  - xen/arm\n`);
});

test('invalid-target: a missing key is added, named like its partner, in block and flow maps', () => {
	assert.equal(applyFix(targets('  - plat: qemu # mine', '  - fc/x86_64'), 'invalid-target', 'Add `arch: x86_64`').text, targets('  - plat: qemu # mine', '    arch: x86_64', '  - fc/x86_64'));
	assert.equal(applyFix(targets('  - {platform: fc}'), 'invalid-target', 'Add `architecture: x86_64`').text, targets('  - {platform: fc, architecture: x86_64}'));
	const noPlat = targets('  - name: app', '    architecture: arm64');
	assert.equal(applyFix(noPlat, 'invalid-target', 'Add `platform: qemu`').text, targets('  - name: app', '    architecture: arm64', '    platform: qemu'));
});

test('unsupported-target: each supported pair, none preferred, none that duplicates a target', () => {
	assert.deepEqual(titles(targets('  - qemu/arm'), 'unsupported-target'), ['Change to `qemu/x86_64`', 'Change to `qemu/arm64`', 'Change to `xen/arm`']);
	assert.deepEqual(titles(targets('  - qemu/x86_64', '  - qemu/arm'), 'unsupported-target'), ['Change to `qemu/arm64`', 'Change to `xen/arm`']);
	const map = targets('  - platform: kraftcloud', '    architecture: arm64');
	assert.equal(applyFix(map, 'unsupported-target', 'Change to `qemu/arm64`').text, targets('  - platform: qemu', '    architecture: arm64'));
	assert.equal(applyFix(map, 'unsupported-target', 'Change to `kraftcloud/x86_64`').text, targets('  - platform: kraftcloud', '    architecture: x86_64'));
});

test('platform-removed: linuxu becomes qemu on its architecture, or goes where that is already built', () => {
	assert.deepEqual(titles(targets('  - linuxu/x86_64'), 'platform-removed'), ['*Change to `qemu`']);
	assert.equal(applyFix(targets('  - linuxu/arm64'), 'platform-removed', 'Change to `qemu`').text, targets('  - qemu/arm64'));
	const both = targets('  - qemu/x86_64', '  # debugging', '  - linuxu/x86_64', '  - fc/x86_64');
	assert.deepEqual(titles(both, 'platform-removed'), ['*Remove this target (`qemu/x86_64` is already there)']);
	assert.equal(applyFix(both, 'platform-removed', 'Remove this target (`qemu/x86_64` is already there)').text, targets('  - qemu/x86_64', '  # debugging', '  - fc/x86_64'));
	// A target with its own kconfig is not removed without asking.
	const kconfig = targets('  - qemu/x86_64', '  - platform: linuxu', '    architecture: x86_64', '    kconfig:', "      CONFIG_X: 'y'");
	assert.deepEqual(titles(kconfig, 'platform-removed'), ['Remove this target (`qemu/x86_64` is already there)']);
	// arm: Xen (not preferred: kraft run cannot start it, and from v0.21.0 on it is doubtful).
	assert.deepEqual(titles(`${HEAD}unikraft: v0.17.0\ntargets:\n  - linuxu/arm\n`, 'platform-removed'), ['Change to `xen`']);
	assert.deepEqual(titles(targets('  - linuxu/arm'), 'platform-removed'), ['Change to `xen`']);
});
