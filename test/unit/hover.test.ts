// SPDX-License-Identifier: Apache-2.0
// Hovers at `$0`: the span they explain and the Markdown they render, from the same data
// and `supportOf` as the diagnostics. A few hovers are checked whole against golden files
// (test/golden/hover/, reviewed as diffs: see support/golden.ts); the others by the lines
// that carry their meaning.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, hoverAt, type HoverContext } from '../../src/core';
import type { HostFacts } from '../../src/core/host';
import { href } from '../../src/core/hover/markdown';
import { ARCHITECTURE_MISNOMERS, ARCHITECTURES, UNSUPPORTED_ARCHITECTURES } from '../../src/data/architectures';
import { KEYS } from '../../src/data/keys';
import { HOSTED_HYPERVISORS } from '../../src/data/name-notes';
import { OTHER_PLATFORMS } from '../../src/data/other-platforms';
import { PLATFORMS } from '../../src/data/platforms';
import type { Source } from '../../src/data/source';
import { COMPARISON } from '../../src/data/virtualization';
import { withCursor } from './support/cursor';
import { golden } from './support/golden';

const X86_KVM: HostFacts = { arch: 'x86_64', kvm: true, os: 'linux' };
const MAC_ARM: HostFacts = { arch: 'arm64', kvm: false, os: 'darwin' };
const MEDIA = 'file:///ext/media';

/** The hover at `$0`: the text it covers, and its Markdown split into paragraphs. */
interface Shown {
	readonly covers: string;
	readonly paragraphs: string[];
	/** The lines of the first paragraph, the hover's first screen (joined by hard line breaks). */
	readonly lead: string[];
	readonly markdown: string;
}

function hover(source: string, context: HoverContext = {}, release?: string): Shown | undefined {
	const { text, offset } = withCursor(source);
	const h = hoverAt(analyze(text, release ? { unikraftRelease: release } : {}), offset, context);
	if (!h) return undefined;
	const paragraphs = h.markdown.split('\n\n');
	return { covers: text.slice(h.span.start, h.span.end), paragraphs, lead: paragraphs[0]!.split('\\\n'), markdown: h.markdown };
}

function mustHover(source: string, context: HoverContext = {}, release?: string): Shown {
	const h = hover(source, context, release);
	assert.ok(h, `no hover at ${source}`);
	return h;
}

function names(sources: readonly Source[]): string[] {
	return sources.map((s) => `](${href(s.url)})`);
}

test('shorthand platform: the whole hover, with the picture, the matrix, KVM or emulation, and this machine', () => {
	const h = mustHover('spec: v0.6\nname: app\ntargets:\n  - q$0emu/arm64\n', { host: X86_KVM, mediaBase: MEDIA });
	assert.equal(h.covers, 'qemu');
	golden('hover/qemu-arm64-on-x86-64-kvm.md', h.markdown);
});

test('the same platform on the host architecture with KVM runs natively', () => {
	const h = mustHover('spec: v0.6\nname: app\ntargets:\n  - qemu$0/x86_64\n', { host: X86_KVM });
	assert.equal(h.lead[2], '**On this machine** (x86_64, Linux, `/dev/kvm` usable): `qemu/x86_64` runs natively, with KVM (hardware acceleration).');
	// Nothing more to say about it further down.
	assert.ok(!h.paragraphs.slice(1).some((p) => p.includes('qemu/x86_64` here')));
	// Without host facts, nothing is said about this machine.
	assert.ok(!mustHover('spec: v0.6\nname: app\ntargets:\n  - qemu$0/x86_64\n').markdown.includes('On this machine'));
});

test('shorthand architecture: platforms in the release, this target, how it runs here', () => {
	const h = mustHover('spec: v0.6\nname: app\ntargets:\n  - qemu/arm$064\n', { host: X86_KVM });
	assert.equal(h.covers, 'arm64');
	golden('hover/arm64-after-qemu-on-x86-64-kvm.md', h.markdown);
});

test('an architecture its platform does not build: this target says why', () => {
	const h = mustHover('spec: v0.6\nname: app\ntargets:\n  - kraftcloud/arm$064\n');
	assert.ok(h.paragraphs.includes('**This target** `kraftcloud/arm64`: does not build — Unikraft Cloud runs x86_64 images: `kraft cloud deploy` uses the target `kraftcloud/x86_64`.'));
	assert.ok(h.markdown.includes('(https://github.com/unikraft/kraftkit/blob/f02a5331/unikraft/target/target.go)'));
});

test('map form values: platform and architecture, on a Mac', () => {
	const source = 'spec: v0.6\nname: app\ntargets:\n  - platform: f$0c\n    architecture: x86_64\n';
	const p = mustHover(source, { host: MAC_ARM });
	assert.equal(p.covers, 'fc');
	assert.deepEqual(p.lead, [
		'**`fc`** — Firecracker · Type 1 (bare-metal) hypervisor',
		'**In Unikraft v0.21.0 or a newer release (no `unikraft` names one):** builds for `x86_64` and `arm64`; not for `arm`.',
		'**On this machine** (arm64, macOS, no usable `/dev/kvm`): `fc/x86_64` cannot run here.',
	]);
	assert.ok(p.paragraphs.includes('**No emulation:** Firecracker needs KVM and the host’s own architecture: it cannot emulate.'));
	assert.ok(p.paragraphs.includes('**Run:** `kraft run` starts it on Linux with KVM only.'));
	assert.ok(p.paragraphs.some((x) => x.startsWith('**`fc/x86_64` here:** Firecracker runs only on Linux')));
	golden('hover/fc-x86-64-on-mac-arm64.md', p.markdown);
	const a = mustHover(source.replace('f$0c', 'fc').replace('x86_64', 'x86$0_64'), { host: MAC_ARM });
	assert.equal(a.covers, 'x86_64');
	assert.equal(a.lead[1], '**Platforms for `x86_64` in Unikraft v0.21.0 or a newer release (no `unikraft` names one):** `qemu`, `fc`, `xen` and `kraftcloud`.');
	assert.equal(a.lead[2], '**On this machine** (arm64, macOS, no usable `/dev/kvm`): `fc/x86_64` cannot run here.');
});

test('`platform: qemu/arm64` in map form: each half has its own hover', () => {
	const source = 'spec: v0.6\nname: app\ntargets:\n  - platform: qemu/ar$0m64\n';
	assert.equal(mustHover(source).covers, 'arm64');
	assert.equal(mustHover(source.replace('ar$0m64', 'arm64').replace('qemu', 'q$0emu')).covers, 'qemu');
});

test('an alias names its canonical platform first', () => {
	const h = mustHover('spec: v0.6\nname: app\ntargets:\n  - kv$0m/x86_64\n');
	assert.equal(h.covers, 'kvm');
	assert.equal(h.lead[0], '**`kvm`** (alias of `qemu`) — QEMU with KVM · Type 1 (bare-metal) hypervisor');
	assert.match(h.paragraphs[1]!, /^`kvm` is an alias of `qemu`\./);
	golden('hover/kvm-alias.md', h.markdown);
});

test('linuxu: built for every architecture with v0.16.3, removed since v0.17.0', () => {
	const old = mustHover('spec: v0.6\nname: app\nunikraft: v0.16.3\ntargets:\n  - linu$0xu/arm\n', { mediaBase: MEDIA });
	golden('hover/linuxu-arm-in-v0-16-3.md', old.markdown);
	const latest = mustHover('spec: v0.6\nname: app\ntargets:\n  - linu$0xu/arm\n');
	assert.equal(latest.lead[1], '**Not in Unikraft v0.21.0 or a newer release (no `unikraft` names one):** removed in v0.17.0.');
	assert.equal(latest.paragraphs[2], 'The last release with it, v0.16.3, builds it for `x86_64`, `arm64` and `arm`.');
	assert.ok(latest.paragraphs.includes('[Picture: No hypervisor (a Linux process)](https://unikraft.org/docs/concepts/virtualization)'));
	// The setting stands in for a release the file does not name.
	assert.equal(mustHover('spec: v0.6\nname: app\ntargets:\n  - linu$0xu/arm\n', {}, 'v0.16.3').lead[1], '**In Unikraft v0.16.3 (from the kraftfile.unikraftRelease setting):** builds for `x86_64`, `arm64` and `arm`.');
});

test('a platform only on a branch, and an architecture that arrived later', () => {
	// No `unikraft`: v0.21.0 or a newer release, which may have it; not an error, and the hover says why.
	const hl = mustHover('spec: v0.6\nname: app\ntargets:\n  - hyper$0light/x86_64\n');
	assert.match(hl.paragraphs[3]!, /^- `x86_64`: depends on the release — /);
	golden('hover/hyperlight-x86-64.md', hl.markdown);
	// On the branch that has it: it builds for x86_64.
	const branch = mustHover('spec: v0.6\nname: app\nunikraft:\n  version: plat-hyperlight\ntargets:\n  - hyper$0light/x86_64\n');
	assert.equal(branch.lead[1], '**In Unikraft’s `plat-hyperlight` branch (the Hyperlight branch, after v0.21.0):** builds for `x86_64`; not for `arm`; not known for `arm64`.');
	assert.equal(branch.paragraphs[2], '**Per architecture, in Unikraft’s `plat-hyperlight` branch (the Hyperlight branch, after v0.21.0):**');
	assert.match(branch.paragraphs[3]!, /^- `x86_64`: builds\n- `arm64`: not known — /);
	// Against a release: not there at all.
	assert.equal(mustHover('spec: v0.6\nname: app\nunikraft: v0.21.0\ntargets:\n  - hyper$0light/x86_64\n').lead[1], '**Not in Unikraft v0.21.0 (named by `unikraft`):** in no release; on the branch `plat-hyperlight`.');
	const fc = mustHover('spec: v0.6\nname: app\nunikraft: v0.13.0\ntargets:\n  - f$0c/x86_64\n');
	assert.ok(fc.paragraphs.includes('- `x86_64`: builds\n- `arm64`: not yet: from v0.14.0\n- `arm`: does not build — Unikraft’s KVM platform only exists for x86_64 and arm64: `PLAT_KVM` “depends on (ARCH_X86_64 || ARCH_ARM_64)”, so the build stops with “Please choose at least one target platform”.'));
});

test('keys: meaning, example, the reference of the spec in use; targets shows the comparison table', () => {
	const h = mustHover('spec: v0.6\nname: app\ntarg$0ets:\n  - qemu/x86_64\n');
	assert.equal(h.covers, 'targets');
	golden('hover/key-targets.md', h.markdown);
	assert.equal(COMPARISON.length, 4);
	const arch = mustHover('spec: v0.6\nname: app\ntargets:\n  - platform: qemu\n    ar$0ch: x86_64\n');
	assert.equal(arch.covers, 'arch');
	assert.equal(arch.paragraphs[0], '**`arch`** · in a target · same as `architecture`');
	const lib = mustHover('spec: v0.6\nname: app\nlibraries:\n  lwip:\n    vers$0ion: stable\n');
	assert.equal(lib.covers, 'version');
	assert.equal(lib.paragraphs[0], '**`version`** · in `unikraft`, `template` or a library');
});

test('spec v0.7: keys link to the v0.7 reference and say what it drops', () => {
	const h = mustHover('spec: v0.7\nname: app\ntargets:\n  - na$0me: app\n    plat: qemu\n    arch: x86_64\n');
	assert.equal(h.paragraphs[0], '**`name`** · in a target');
	assert.equal(h.paragraphs[2], '*Spec v0.7 targets have no `name`: the v0.7 parser drops it.*');
	assert.equal(h.paragraphs[4], '[Kraftfile reference, spec v0.7](https://github.com/unikraft-cloud/x/blob/c92e317b/kraftfile/schema.md)');
});

test('a key of the old Python kraft says what to write instead', () => {
	const h = mustHover('spec: v0.6\nname: app\narchi$0tectures:\n  x86_64: true\n');
	assert.deepEqual(h.paragraphs.slice(0, 2), ['**`architectures`** · top level · not read by today’s `kraft`', 'A key of the old Python `kraft`. List the builds under `targets:` as `plat/arch` entries (e.g. `- qemu/x86_64`).']);
});

test('unknown, planned, cloud and hosted names', () => {
	const unknown = mustHover('spec: v0.6\nname: app\ntargets:\n  - qem$0ux/x86_64\n');
	assert.equal(unknown.paragraphs[0], '**`qemux`** — not a Unikraft platform');
	assert.equal(unknown.paragraphs[2], 'Did you mean `qemu`?');
	golden('hover/qemux-unknown.md', unknown.markdown);
	const planned = mustHover('spec: v0.6\nname: app\ntargets:\n  - hyp$0erv/x86_64\n', { mediaBase: MEDIA });
	assert.equal(planned.paragraphs[0], '**`hyperv`** — Hyper-V · planned, not a platform yet');
	assert.ok(planned.paragraphs.includes('![Hardware, a host operating system on it, a hosted hypervisor as a program on the host, and a guest on top](file:///ext/media/type2-hypervisor.svg)'));
	const cloud = mustHover('spec: v0.6\nname: app\ntargets:\n  - platform: a$0ws\n    architecture: x86_64\n');
	assert.equal(cloud.paragraphs[0], '**`aws`** — Amazon Web Services · a cloud, not a platform');
	assert.ok(!cloud.markdown.includes('Type 2'));
	const hosted = mustHover('spec: v0.6\nname: app\ntargets:\n  - virtual$0box/x86_64\n', { mediaBase: 'vscode-remote://host/ext/media', inlineImages: false });
	assert.equal(hosted.paragraphs[0], '**`virtualbox`** — VirtualBox · Type 2 (hosted) hypervisor, not a platform');
	assert.ok(hosted.paragraphs.includes('[Picture: Type 2 (hosted) hypervisor](vscode-remote://host/ext/media/type2-hypervisor.svg)'));
});

test('architecture names kraft does not know', () => {
	const mis = mustHover('spec: v0.6\nname: app\ntargets:\n  - qemu/aarch$064\n');
	assert.match(mis.paragraphs[0]!, /^\*\*`aarch64`\*\* — not a name `kraft` knows: write `arm64`\./);
	assert.equal(mis.lead.length, 1);
	assert.equal(mis.paragraphs[2]!.split('\\\n')[0], '**`arm64`** — Armv8 64-bit (AArch64)');
	golden('hover/aarch64-misnomer.md', mis.markdown);
	const riscv = mustHover('spec: v0.6\nname: app\ntargets:\n  - qemu/riscv$064\n');
	assert.equal(riscv.paragraphs[0], '**`riscv64`** — not supported by Unikraft');
	const unknown = mustHover('spec: v0.6\nname: app\ntargets:\n  - qemu/x86$0_65\n');
	assert.deepEqual(unknown.paragraphs.slice(0, 1).concat(unknown.paragraphs.slice(2, 4)), ['**`x86_65`** — not an architecture', 'Did you mean `x86_64`?', 'Architectures: `x86_64`, `arm64` and `arm`.']);
});

test('every platform and architecture hover leads with at most three lines: what it is, whether it builds, whether it runs here', () => {
	for (const host of [undefined, X86_KVM, MAC_ARM]) {
		for (const p of PLATFORMS) {
			for (const a of ARCHITECTURES) {
				for (const [at, title] of [
					[`${p.id}$0/${a.id}`, `**\`${p.id}\`** — `],
					[`${p.id}/${a.id}$0`, `**\`${a.id}\`** — `],
				] as const) {
					const h = mustHover(`spec: v0.6\nname: app\ntargets:\n  - ${at}\n`, host ? { host } : {});
					assert.ok(h.lead.length >= 2 && h.lead.length <= 3, `${at}: ${h.lead.join(' | ')}`);
					assert.ok(h.lead[0]!.startsWith(title), `${at}: ${h.lead[0]}`);
					assert.match(h.lead[1]!, /^\*\*(In|Not in|Platforms for|No platform builds for) /, `${at}: ${h.lead[1]}`);
					if (host && h.lead[2]) assert.match(h.lead[2], /^\*\*(On this machine\*\*|Run:\*\*)/, `${at}: ${h.lead[2]}`);
				}
			}
		}
	}
});

test('no hover on values of other keys, comments, interpolations, or past the end of a name', () => {
	assert.equal(hover('spec: v0.6\nname: my$0app\ntargets:\n  - qemu/x86_64\n'), undefined);
	assert.equal(hover('spec: v0.6\nname: app\ntargets:\n  - qemu/x86_64 # q$0emu\n'), undefined);
	assert.equal(hover('spec: v0.6\nname: app\ntargets:\n  - ${PL$0AT}/x86_64\n'), undefined);
	assert.equal(hover('spec: v0.6\nname: app\ntargets:\n  - qemu/x86_64   $0\n'), undefined);
});

test('CRLF and flow sequences: the span is exactly the name', () => {
	const crlf = mustHover('spec: v0.6\r\nname: app\r\ntargets:\r\n  - qemu/ar$0m64\r\n');
	assert.equal(crlf.covers, 'arm64');
	assert.equal(mustHover('spec: v0.6\nname: app\ntargets: [qemu/x86_64, "f$0c/x86_64"]\n').covers, 'fc');
});

test('every platform, alias, planned or cloud name and hosted hypervisor names its sources', () => {
	for (const p of PLATFORMS) {
		for (const name of [p.id, ...p.aliases]) {
			const h = mustHover(`spec: v0.6\nname: app\ntargets:\n  - ${name}$0/x86_64\n`);
			for (const s of names(p.sources)) assert.ok(h.markdown.includes(s), `${name}: ${s}`);
		}
	}
	for (const o of OTHER_PLATFORMS) {
		const h = mustHover(`spec: v0.6\nname: app\ntargets:\n  - ${o.name}$0/x86_64\n`);
		for (const s of names(o.sources)) assert.ok(h.markdown.includes(s), `${o.name}: ${s}`);
	}
	for (const o of HOSTED_HYPERVISORS) {
		const h = mustHover(`spec: v0.6\nname: app\ntargets:\n  - ${o.name}$0/x86_64\n`);
		for (const s of names(o.sources)) assert.ok(h.markdown.includes(s), `${o.name}: ${s}`);
	}
});

test('every architecture, misnomer and unsupported architecture names its sources', () => {
	const rows = [...ARCHITECTURES.map((a) => ({ name: a.id, sources: a.sources })), ...ARCHITECTURE_MISNOMERS, ...UNSUPPORTED_ARCHITECTURES];
	for (const row of rows) {
		const h = mustHover(`spec: v0.6\nname: app\ntargets:\n  - qemu/${row.name}$0\n`);
		assert.equal(h.covers, row.name);
		for (const s of names(row.sources)) assert.ok(h.markdown.includes(s), `${row.name}: ${s}`);
	}
});

test('every key names its sources and links the reference', () => {
	for (const k of KEYS) {
		const source =
			k.scope === 'top-level'
				? `spec: v0.6\n${k.name}$0: x\n`
				: k.scope === 'target'
					? `spec: v0.6\nname: app\ntargets:\n  - ${k.name === 'platform' || k.name === 'plat' ? 'architecture: x86_64' : 'platform: qemu'}\n    ${k.name}$0: x\n`
					: `spec: v0.6\nname: app\ntemplate:\n  ${k.name}$0: x\n`;
		const h = mustHover(source.replace('spec: v0.6\nspec$0: x', 'spec$0: v0.6'));
		assert.equal(h.covers, k.name);
		assert.ok(h.paragraphs.includes('[Kraftfile reference, spec v0.6](https://unikraft.org/docs/cli/reference/kraftfile/v0.6)'), k.name);
		for (const s of names(k.sources)) assert.ok(h.markdown.includes(s), `${k.name}: ${s}`);
	}
});
