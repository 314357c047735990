// SPDX-License-Identifier: Apache-2.0
// The outline (document symbols) of src/core/outline.ts: what each symbol is named, and
// that every symbol of every fixture and corpus file is well formed (a name, a selection
// inside its span, children inside their parent), as the editors require.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze, documentSymbols, LIMITS, stripBom, type OutlineSymbol } from '../../src/core';
import { filesUnder, fixture, SHARED, sharedAvailable } from './support/paths';

/** `kind name — detail` per symbol, indented by depth. */
function lines(symbols: readonly OutlineSymbol[], depth = 0): string[] {
	return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.kind} ${s.name}${s.detail ? ` — ${s.detail}` : ''}`, ...lines(s.children, depth + 1)]);
}

function outline(text: string): OutlineSymbol[] {
	return documentSymbols(analyze(text));
}

/** Every symbol, depth first. */
function all(symbols: readonly OutlineSymbol[]): OutlineSymbol[] {
	return symbols.flatMap((s) => [s, ...all(s.children)]);
}

/** What VS Code and LSP clients require of a document symbol, and what this outline promises. */
function assertWellFormed(text: string, symbols: readonly OutlineSymbol[], where: string, parent?: OutlineSymbol): void {
	let previous = -1;
	for (const s of symbols) {
		const at = `${where}: ${s.kind} ${JSON.stringify(s.name)}`;
		assert.ok(s.name.trim() !== '', `${at}: an empty name`);
		assert.ok(0 <= s.span.start && s.span.start <= s.span.end && s.span.end <= text.length, `${at}: span ${JSON.stringify(s.span)}`);
		assert.ok(s.span.start <= s.selection.start && s.selection.end <= s.span.end, `${at}: selection ${JSON.stringify(s.selection)} outside ${JSON.stringify(s.span)}`);
		if (parent) assert.ok(parent.span.start <= s.span.start && s.span.end <= parent.span.end, `${at}: outside its parent ${parent.name}`);
		assert.ok(s.span.start >= previous, `${at}: out of order`);
		assert.ok(!/\s$/.test(text.slice(s.span.start, s.span.end)), `${at}: ends in white space`);
		previous = s.span.start;
		assertWellFormed(text, s.children, where, s);
	}
}

const KRAFTFILE = `spec: v0.6
name: app
runtime: base:latest
rootfs: ./Dockerfile
cmd: ["/server", "-p", "8080"]
env:
  PORT: "8080"
labels:
  cloud.unikraft.v1.instances/scale_to_zero.policy: idle
unikraft:
  version: stable
  kconfig:
    CONFIG_LIBUKDEBUG: 'y'
libraries:
  musl: stable
  lwip:
    version: stable
    kconfig:
      - CONFIG_LWIP_TCP=y
volumes:
  - ./data:/data
  - source: ./logs
    destination: /var/log
targets:
  - qemu/x86_64
  - platform: fc
    architecture: arm64
    name: small
    kconfig:
      CONFIG_LIBUKDEBUG_PRINTK_INFO: y
  - {plat: xen, arch: x86_64}
`;

test('every top-level key, targets as plat/arch in every form, libraries with versions, volumes, kconfig options with values', () => {
	assert.deepEqual(lines(outline(KRAFTFILE)), [
		'key spec — v0.6',
		'key name — app',
		'key runtime — base:latest',
		'key rootfs — ./Dockerfile',
		'key cmd — /server -p 8080',
		'section env',
		'  variable PORT — 8080',
		'section labels',
		'  label cloud.unikraft.v1.instances/scale_to_zero.policy — idle',
		'key unikraft — stable',
		'  key version — stable',
		'  kconfig kconfig — 1 option',
		'    option CONFIG_LIBUKDEBUG — y',
		'section libraries — 2 libraries',
		'  library musl — stable',
		'  library lwip — stable',
		'    key version — stable',
		'    kconfig kconfig — 1 option',
		'      option CONFIG_LWIP_TCP — y',
		'section volumes — 2 volumes',
		'  volume ./data:/data',
		'  volume ./logs:/var/log',
		'    key source — ./logs',
		'    key destination — /var/log',
		'section targets — 3 targets',
		'  target qemu/x86_64',
		'  target fc/arm64 — small',
		'    key platform — fc',
		'    key architecture — arm64',
		'    key name — small',
		'    kconfig kconfig — 1 option',
		'      option CONFIG_LIBUKDEBUG_PRINTK_INFO — y',
		'  target xen/x86_64',
		'    key plat — xen',
		'    key arch — x86_64',
	]);
	assertWellFormed(KRAFTFILE, outline(KRAFTFILE), 'KRAFTFILE');
});

test('selections are the names as written: the key, the target item or its first entry, a list option without its value', () => {
	const symbols = all(outline(KRAFTFILE));
	const selected = (name: string) => {
		const s = symbols.find((x) => x.name === name);
		assert.ok(s, name);
		return KRAFTFILE.slice(s.selection.start, s.selection.end);
	};
	assert.equal(selected('targets'), 'targets');
	assert.equal(selected('qemu/x86_64'), 'qemu/x86_64');
	assert.equal(selected('fc/arm64'), 'platform: fc');
	assert.equal(selected('musl'), 'musl');
	assert.equal(selected('CONFIG_LWIP_TCP'), 'CONFIG_LWIP_TCP');
	assert.equal(selected('CONFIG_LIBUKDEBUG'), 'CONFIG_LIBUKDEBUG');
	const target = symbols.find((x) => x.name === 'fc/arm64')!;
	assert.match(KRAFTFILE.slice(target.span.start, target.span.end), /^platform: fc\n[\s\S]*CONFIG_LIBUKDEBUG_PRINTK_INFO: y$/);
});

test('env as a KEY=VALUE list, a library as a map without version, unikraft and template as strings', () => {
	const text = 'spec: v0.6\nenv:\n  - PATH=/bin\n  - "HOME=/root"\nunikraft: stable\ntemplate: app-elfloader\nlibraries:\n  lwip:\n    source: https://github.com/unikraft/lib-lwip\n';
	assert.deepEqual(lines(outline(text)), [
		'key spec — v0.6',
		'section env',
		'  variable PATH — /bin',
		'  variable HOME — /root',
		'key unikraft — stable',
		'key template — app-elfloader',
		'section libraries — 1 library',
		'  library lwip',
		'    key source — https://github.com/unikraft/lib-lwip',
	]);
});

test('aliases and merges: an aliased target is named by what it reads, and nothing is listed twice', () => {
	const text = 'spec: v0.6\nx-base: &base\n  platform: qemu\n  architecture: arm64\ntargets:\n  - *base\n  - <<: *base\n    name: merged\n';
	assert.deepEqual(lines(outline(text)), ['key spec — v0.6', 'key x-base', '  key platform — qemu', '  key architecture — arm64', 'section targets — 2 targets', '  target qemu/arm64 — *base', '  target qemu/arm64 — merged', '    key name — merged']);
	assertWellFormed(text, outline(text), 'aliases');
});

test('targets that kraft cannot read still get a symbol, named by what is written', () => {
	const text = 'spec: v0.6\ntargets:\n  - qemu\n  - qemu/\n  - platform: fc\n  - name: only-a-name\n  - 42\n  - [a, b]\n  - qemu/x86_64\u200b\n  - qemu: x86_64\n';
	assert.deepEqual(
		lines(outline(text)).filter((l) => l.startsWith('  target')),
		['  target qemu', '  target qemu/?', '  target fc/?', '  target only-a-name — only-a-name', '  target 42', '  target [a, b]', '  target qemu/x86_64⟨U+200B⟩', '  target qemu: x86_64'],
	);
});

test('CRLF, flow collections, broken YAML and a second document: symbols in the right places, nothing thrown', () => {
	const crlf = KRAFTFILE.replace(/\n/g, '\r\n');
	assert.deepEqual(lines(outline(crlf)), lines(outline(KRAFTFILE)));
	assertWellFormed(crlf, outline(crlf), 'CRLF');
	for (const s of all(outline(crlf))) assert.ok(!crlf.slice(s.span.start, s.span.end).endsWith('\r'), s.name);
	const flow = '{spec: v0.6, targets: [qemu/x86_64, {platform: fc, architecture: x86_64}], libraries: {musl: stable}}';
	assert.deepEqual(lines(outline(flow)), ['key spec — v0.6', 'section targets — 2 targets', '  target qemu/x86_64', '  target fc/x86_64', '    key platform — fc', '    key architecture — x86_64', 'section libraries — 1 library', '  library musl — stable']);
	const broken = 'spec: v0.6\ntargets:\n  - qemu/x86_64\n  - platform: fc\n  architecture: x86_64\nlibraries: [musl\n';
	assert.ok(lines(outline(broken)).includes('  target qemu/x86_64'), lines(outline(broken)).join('\n'));
	assertWellFormed(broken, outline(broken), 'broken');
	for (const text of ['', '# only a comment\n', '- a list\n', 'just text', ':', '---\n---\n', 'targets:\n  - \n  -\n', '[unclosed', '\t- tab']) {
		assertWellFormed(text, outline(text), JSON.stringify(text));
	}
	// The text the editor gives (no byte order mark) is what the spans count in.
	const bom = stripBom(`\ufeff${KRAFTFILE}`);
	assert.deepEqual(lines(outline(bom)), lines(outline(KRAFTFILE)));
});

test('a text the analysis does not check has no outline', () => {
	assert.deepEqual(outline(`spec: v0.6\n${'#'.repeat(LIMITS.maxLength)}\n`), []);
	assert.deepEqual(outline('spec: v0.6\nname: \u0000\u0001\u0002\n'.repeat(1) + '\u0000'.repeat(100)), []);
});

test('every fixture and corpus file: well-formed symbols, one per target', () => {
	const files = [...filesUnder(fixture('diagnostics')), ...(sharedAvailable() ? filesUnder(join(SHARED, 'corpus')) : [])];
	assert.ok(files.length > 40, `${files.length} files`);
	for (const file of files) {
		const text = stripBom(readFileSync(file, 'utf8'));
		const analysis = analyze(text);
		const symbols = documentSymbols(analysis);
		assertWellFormed(text, symbols, file);
		const targets = symbols.filter((s) => s.name === 'targets').at(-1);
		if (targets && analysis.model.targets.every((t) => t.span.end > t.span.start)) assert.equal(targets.children.length, analysis.model.targets.length, file);
	}
});
