// SPDX-License-Identifier: Apache-2.0
// The hover of a `runtime` value: a catalog runtime says what it is, where the catalog
// publishes it and how it would run here, citing the catalog revision; any other name says
// what kind of name it is and nothing it cannot know. Two are kept whole in golden files.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, hoverAt, type HoverContext } from '../../src/core';
import type { HostFacts } from '../../src/core/host';
import { CATALOG_RUNTIMES_REVISION } from '../../src/data/runtimes';
import { withCursor } from './support/cursor';
import { golden } from './support/golden';

const X86_KVM: HostFacts = { arch: 'x86_64', kvm: true, os: 'linux' };
const MAC_ARM: HostFacts = { arch: 'arm64', kvm: false, os: 'darwin' };
const REV = CATALOG_RUNTIMES_REVISION.sha.slice(0, 8);

function hover(source: string, context: HoverContext = {}): { covers: string; markdown: string; lead: string[] } {
	const { text, offset } = withCursor(source);
	const h = hoverAt(analyze(text), offset, context);
	assert.ok(h, `no hover at ${source}`);
	return { covers: text.slice(h.span.start, h.span.end), markdown: h.markdown, lead: h.markdown.split('\n\n')[0]!.split('\\\n') };
}

test('a catalog runtime with targets, on an x86_64 host with KVM: the whole hover', () => {
	const h = hover('spec: v0.6\nname: app\nruntime: ngi$0nx:1.25\ntargets:\n  - qemu/x86_64\n  - qemu/arm64\n', { host: X86_KVM });
	assert.equal(h.covers, 'nginx:1.25');
	golden('hover/runtime-nginx-on-x86-64-kvm.md', h.markdown);
	assert.ok(h.lead.length <= 3, h.lead.join('\n'));
	assert.ok(h.lead[0]!.includes('`unikraft.org/nginx:1.25`'), h.lead[0]);
	assert.ok(h.lead[1]!.includes(`unikraft/catalog ${REV}`), h.lead[1]);
	assert.ok(h.lead[1]!.includes('Not for `qemu/arm64`'), h.lead[1]);
	// Only the file's targets the catalog publishes are run: qemu/x86_64, natively.
	assert.equal(h.lead[2], '**On this machine** (x86_64, Linux, `/dev/kvm` usable): `qemu/x86_64` runs with KVM.');
});

test('base:latest on a Mac: Hyperlight from the later catalog folder, and what cannot run here', () => {
	const h = hover('spec: v0.6\nname: app\nruntime: base$0\n', { host: MAC_ARM });
	golden('hover/runtime-base-on-mac-arm64.md', h.markdown);
	assert.ok(h.lead[1]!.includes('`fc/x86_64`, `qemu/x86_64` and `hyperlight/x86_64`'), h.lead[1]);
	assert.ok(h.lead[1]!.includes('f2f85476 for `hyperlight/x86_64`'), h.lead[1]);
	assert.ok(h.markdown.includes('No tag written: `kraft` asks for `latest`.'));
	assert.match(h.lead[2]!, /`fc\/x86_64` cannot run here; `qemu\/x86_64` runs emulated; `hyperlight\/x86_64` cannot run here\.$/);
	assert.ok(h.markdown.includes('**Unikraft:** built from `staging` for `fc/x86_64` and `qemu/x86_64`; `plat-hyperlight` for `hyperlight/x86_64`'));
});

test('without host facts nothing is said of this machine', () => {
	const h = hover('spec: v0.6\nname: app\nruntime: $0python:3.12\n');
	assert.equal(h.lead.length, 2);
	assert.ok(!h.markdown.includes('On this machine'));
	assert.ok(h.markdown.includes('**Unikraft:** built from `staging`'));
});

test('names outside the catalog say so, and claim nothing else', () => {
	const cases: [string, string][] = [
		['ghcr.io/example/app:1.0', 'a runtime from the registry `ghcr.io`'],
		['localhost:5000/app', 'a runtime from a local registry (`localhost:5000`)'],
		['base@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', 'an image pinned by its digest'],
		['myapp:latest', 'not a runtime of the Unikraft catalog'],
		['node:22', 'publishes `node` as `18`, `20` and `21`, not `22`'],
		['oci://unikraft.org/base:latest', 'an OCI image reference'],
		['kernel://./build/app_qemu-x86_64', 'a kernel file'],
	];
	for (const [value, says] of cases) {
		const h = hover(`spec: v0.6\nname: app\nruntime: '$0${value}'\ntargets:\n  - qemu/arm64\n`, { host: X86_KVM });
		assert.ok(h.markdown.includes(says), `${value}:\n${h.markdown}`);
		assert.ok(!h.markdown.includes('Published for'), value);
		assert.ok(!h.markdown.includes('On this machine'), value);
		assert.ok(h.lead.length <= 3, value);
	}
});

test('a registry with a port: the legacy spec cannot load it, spec v0.7 reads it as a local registry', () => {
	const legacy = hover('spec: v0.6\nname: app\nruntime: local$0host:5000/app:latest\n');
	assert.ok(legacy.lead[0]!.includes('not a name `kraft` can load with this spec'), legacy.markdown);
	const v07 = hover('spec: v0.7\nname: app\nruntime: local$0host:5000/app:latest\n');
	assert.ok(v07.lead[0]!.includes('a runtime from a local registry (`localhost:5000`)'), v07.markdown);
	assert.ok(!v07.markdown.includes('not in the catalog'), v07.markdown);
});

test('no hover on a runtime map, an interpolated name, or the key\'s neighbours', () => {
	const none = (source: string) => {
		const { text, offset } = withCursor(source);
		return hoverAt(analyze(text), offset);
	};
	assert.equal(none('spec: v0.6\nname: app\nruntime:\n  source: $0x\n'), undefined);
	assert.equal(none('spec: v0.6\nname: app\nruntime: ${RUN$0TIME}\n'), undefined);
	assert.equal(none('spec: v0.6\nname: a$0pp\nruntime: base:latest\n'), undefined);
});

test('a runtime the catalog runs with more memory says so, with its README among the sources', () => {
	const h = hover('spec: v0.6\nruntime: no$0de:21\n', { host: X86_KVM });
	assert.ok(h.markdown.includes('**Memory:** the catalog\'s README runs it with `kraft run -M 512M`'), h.markdown);
	assert.ok(h.markdown.includes('library/node/21/README.md'), 'the README is cited');
	assert.ok(!hover('spec: v0.6\nruntime: ngi$0nx:1.25\n', { host: X86_KVM }).markdown.includes('**Memory:**'));
});
