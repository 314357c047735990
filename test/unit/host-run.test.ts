// SPDX-License-Identifier: Apache-2.0
// Host-aware hints with injected host facts, one case per branch, and none without facts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/core';
import type { HostFacts } from '../../src/core/host';
import { archFromNode, osFromNode, osWords } from '../../src/core/host';

const X86_KVM: HostFacts = { arch: 'x86_64', kvm: true, os: 'linux' };
const X86_NOKVM: HostFacts = { arch: 'x86_64', kvm: false, os: 'linux' };
const MAC_ARM: HostFacts = { arch: 'arm64', kvm: false, os: 'darwin' };

function hints(target: string, host?: HostFacts, release = 'staging'): string[] {
	const text = `spec: v0.6\nname: app\nunikraft: ${release}\ntargets:\n  - ${target}\n`;
	return analyze(text, host ? { host } : {})
		.diagnostics.filter((d) => d.code === 'emulated-target' || d.code === 'not-runnable-here')
		.map((d) => `${d.code} ${d.severity}: ${text.slice(d.span.start, d.span.end)}`);
}

test('no host facts, no host hints (CI output does not depend on the machine)', () => {
	for (const t of ['qemu/arm64', 'fc/arm64', 'xen/x86_64', 'kraftcloud/x86_64']) assert.deepEqual(hints(t), []);
});

test('qemu on the host architecture with KVM: nothing to say', () => {
	assert.deepEqual(hints('qemu/x86_64', X86_KVM), []);
});

test('qemu on another architecture: emulated, with -W', () => {
	assert.deepEqual(hints('qemu/arm64', X86_KVM), ['emulated-target information: qemu/arm64']);
	const text = 'spec: v0.6\nname: app\ntargets:\n  - qemu/arm64\n';
	assert.match(analyze(text, { host: X86_KVM }).diagnostics[0]!.message, /kraft run -W/);
});

test('qemu without usable KVM: emulated; on macOS, no KVM at all', () => {
	assert.deepEqual(hints('qemu/x86_64', X86_NOKVM), ['emulated-target information: qemu/x86_64']);
	const mac = analyze('spec: v0.6\nname: app\ntargets:\n  - qemu/arm64\n', { host: MAC_ARM }).diagnostics;
	assert.deepEqual(mac.map((d) => d.code), ['emulated-target']);
	assert.match(mac[0]!.message, /macOS has no KVM/);
});

test('Firecracker: not on macOS, not on another architecture, not without KVM', () => {
	assert.deepEqual(hints('fc/arm64', MAC_ARM), ['not-runnable-here information: fc/arm64']);
	assert.deepEqual(hints('fc/arm64', X86_KVM), ['not-runnable-here information: fc/arm64']);
	assert.deepEqual(hints('fc/x86_64', X86_NOKVM), ['not-runnable-here information: fc/x86_64']);
	assert.deepEqual(hints('fc/x86_64', X86_KVM), []);
});

test('map form: the platform value is pointed at', () => {
	const text = 'spec: v0.6\nname: app\ntargets:\n  - platform: firecracker\n    architecture: arm64\n';
	const d = analyze(text, { host: X86_KVM }).diagnostics.filter((x) => x.code === 'not-runnable-here');
	assert.deepEqual(d.map((x) => text.slice(x.span.start, x.span.end)), ['firecracker']);
});

test('Xen (off a Xen host) and kraftcloud do not run locally', () => {
	assert.deepEqual(hints('xen/x86_64', X86_KVM), ['not-runnable-here information: xen/x86_64']);
	assert.deepEqual(hints('kraftcloud/x86_64', X86_KVM), ['not-runnable-here information: kraftcloud/x86_64']);
});

test('Hyperlight: needs KVM on Linux, nothing on macOS, the host architecture', () => {
	assert.deepEqual(hints('hyperlight/x86_64', X86_KVM, 'plat-hyperlight'), []);
	assert.deepEqual(hints('hyperlight/x86_64', X86_NOKVM, 'plat-hyperlight'), ['not-runnable-here information: hyperlight/x86_64']);
	assert.deepEqual(hints('hyperlight/x86_64', MAC_ARM, 'plat-hyperlight'), ['not-runnable-here information: hyperlight/x86_64']);
	assert.deepEqual(hints('hyperlight/x86_64', { arch: 'arm64', os: 'windows' }, 'plat-hyperlight'), ['not-runnable-here information: hyperlight/x86_64']);
	// Against a release Hyperlight does not build: no host hint on top of that error.
	assert.deepEqual(hints('hyperlight/x86_64', X86_NOKVM, 'v0.21.0').length, 0);
});

test('unknown host facts say nothing they cannot know', () => {
	assert.deepEqual(hints('qemu/arm64', { os: 'linux' }), []);
	assert.deepEqual(hints('fc/x86_64', { arch: 'x86_64' }), []);
});

test('targets that cannot build get no host hint on top of their error', () => {
	assert.deepEqual(hints('qemu/arm', X86_KVM), []);
	assert.deepEqual(hints('linuxu/x86_64', X86_KVM), []);
	assert.deepEqual(hints('hyperlight/x86_64', X86_KVM, 'stable'), []);
});

test('host names from Node', () => {
	assert.equal(archFromNode('x64'), 'x86_64');
	assert.equal(archFromNode('arm64'), 'arm64');
	assert.equal(archFromNode('arm'), 'arm');
	assert.equal(archFromNode('ia32'), undefined);
	assert.deepEqual(['linux', 'darwin', 'win32', 'freebsd'].map(osFromNode), ['linux', 'darwin', 'windows', 'other']);
	// In words, for hovers and the status bar; `other` and unknown are left to each sentence.
	assert.deepEqual((['linux', 'darwin', 'windows', 'other', undefined] as const).map(osWords), ['Linux', 'macOS', 'Windows', undefined, undefined]);
});

test('Xen runs under recent kraft on a Xen host (dom0) only', () => {
	assert.deepEqual(hints('xen/x86_64', { ...X86_KVM, xenHost: true }), []);
	assert.deepEqual(hints('xen/x86_64', { ...X86_KVM, xenHost: false }), ['not-runnable-here information: xen/x86_64']);
});
