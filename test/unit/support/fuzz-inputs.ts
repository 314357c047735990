// SPDX-License-Identifier: Apache-2.0
// Inputs for the fuzz tests: random YAML-ish text built from Kraftfile words and YAML
// syntax, and mutations of real files (what typing, pasting and bad tools do to them).
import type { Random } from './random';

const KEYS = ['spec', 'specification', 'name', 'targets', 'platform', 'plat', 'architecture', 'arch', 'unikraft', 'version', 'source', 'kconfig', 'libraries', 'template', 'runtime', 'rootfs', 'cmd', 'env', 'volumes', 'outdir', 'kernel', 'x-ext', 'platfrom', 'architectures', '<<', 'é', '😀'];
const VALUES = [
	'qemu/x86_64', 'fc/arm64', 'xen/arm', 'linuxu/x86_64', 'kvm/x86_64', 'firecracker/x86_64', 'hyperlight/x86_64', 'kraftcloud/arm64', 'QEMU/x86_64', 'qemu/', '/x86_64', 'qemu/arm/x',
	'qemu', 'fc', 'xen', 'x86_64', 'arm64', 'arm', 'amd64', 'riscv64', 'v0.6', "'0.5'", '0.6', 'v0.7', 'v0.4', 'stable', 'staging', 'v0.16.3', '0.17', 'v0.21.0',
	'CONFIG_LIBUKDEBUG_PRINTD=y', 'CONFIG_X: y', 'true', '~', 'null', '123', '"quo\\"ted"', "'sin''gle'", '"\\u00e9\\x41"', '😀', 'é/😀', '"a\\', '|', '>-', '!!str 5', '!tag x',
];
const SHAPES: readonly ((r: Random, a: string) => string)[] = [
	(r) => `${r.pick(KEYS)}: ${r.pick(VALUES)}`,
	(r) => `- ${r.pick(VALUES)}`,
	(r) => `- ${r.pick(KEYS)}: ${r.pick(VALUES)}`,
	(r) => `${r.pick(KEYS)}:`,
	() => `- `,
	(r) => `# ${r.pick(VALUES)}`,
	(r) => r.pick(['---', '...', '--- # doc', '%YAML 1.2']),
	(r) => `${r.pick(KEYS)}: [${r.pick(VALUES)}, ${r.pick(VALUES)}`,
	(r) => `${r.pick(KEYS)}: {${r.pick(KEYS)}: ${r.pick(VALUES)}}`,
	(r, a) => `${r.pick(KEYS)}: &${a} ${r.pick(VALUES)}`,
	(r, a) => `${r.pick(KEYS)}: &${a}`,
	(r, a) => `- *${a}`,
	(r, a) => `<<: *${a}`,
	(r, a) => `${r.pick(KEYS)}: *${a}`,
	(r) => `? ${r.pick(KEYS)}`,
	(r) => `: ${r.pick(VALUES)}`,
	(r) => `${r.pick(KEYS)}: |`,
	(r) => `  ${r.pick(VALUES)} ${r.pick(VALUES)}`,
	(r) => `${r.pick(VALUES)}`,
	(r) => `- [${r.pick(VALUES)}, {${r.pick(KEYS)}: ${r.pick(VALUES)}}]`,
	(r) => `\t${r.pick(KEYS)}: ${r.pick(VALUES)}`,
];

/** Random YAML-ish text: 1 to 40 lines of Kraftfile words in YAML shapes, at random indentation. */
export function randomYamlish(r: Random): string {
	const lines: string[] = [];
	const n = r.range(1, 40);
	const anchors = ['a', 'b', 'base', 't'];
	for (let i = 0; i < n; i++) {
		const indent = r.chance(0.5) ? 0 : r.pick([1, 2, 2, 4, 4, 6, 8]);
		lines.push(' '.repeat(indent) + r.pick(SHAPES)(r, r.pick(anchors)));
	}
	const eol = r.chance(0.15) ? '\r\n' : '\n';
	return lines.join(eol) + (r.chance(0.7) ? eol : '');
}

/** One named way of breaking a text. */
export interface Mutation {
	readonly name: string;
	apply(text: string, r: Random): string;
}

const lines = (text: string) => text.split(/(?<=\n)/);

export const MUTATIONS: readonly Mutation[] = [
	{ name: 'delete-line', apply: (t, r) => editLines(t, r, (ls, i) => ls.splice(i, 1)) },
	{ name: 'duplicate-line', apply: (t, r) => editLines(t, r, (ls, i) => ls.splice(i, 0, ls[i]!)) },
	{ name: 'swap-lines', apply: (t, r) => editLines(t, r, (ls, i) => { const j = r.int(ls.length); [ls[i], ls[j]] = [ls[j]!, ls[i]!]; }) },
	{ name: 'swap-indentation', apply: (t, r) => editLines(t, r, (ls, i) => { const other = ls[r.int(ls.length)]!.match(/^[ \t]*/)![0]; ls[i] = other + ls[i]!.replace(/^[ \t]*/, ''); }) },
	{ name: 'truncate', apply: (t, r) => t.slice(0, r.int(t.length + 1)) },
	{ name: 'insert-tab', apply: (t, r) => insertAt(t, r, r.chance(0.5) ? '\t' : '\t\t') },
	{ name: 'indent-with-tab', apply: (t, r) => editLines(t, r, (ls, i) => { ls[i] = ls[i]!.replace(/^ {1,4}/, '\t'); }) },
	{ name: 'crlf', apply: (t) => t.replace(/\r?\n/g, '\r\n') },
	{ name: 'lone-cr', apply: (t) => t.replace(/\r?\n/g, '\r') },
	{ name: 'mixed-eol', apply: (t, r) => t.replace(/\r?\n/g, () => r.pick(['\n', '\r\n', '\r'])) },
	{ name: 'bom', apply: (t) => `\ufeff${t}` },
	{ name: 'control-character', apply: (t, r) => insertAt(t, r, r.pick(['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ufeff', '\ufffd'])) },
	{ name: 'surrogates', apply: (t, r) => insertAt(t, r, r.pick(['😀', '\ud83d', '\ude00', '𝔘𝔫𝔦', 'é', 'e\u0301'])) },
	{ name: 'long-line', apply: (t, r) => insertAt(t, r, r.pick(['x', 'qemu/x86_64 ', '- ', '[', '"', '😀']).repeat(r.range(2_000, 20_000))) },
	{ name: 'deep-nesting', apply: (t, r) => insertAt(t, r, deepNesting(r)) },
	{ name: 'insert-token', apply: (t, r) => insertAt(t, r, r.pick([...VALUES, ...KEYS.map((k) => `${k}:`), ': ', '- ', '#', '&', '*', '[', ']', '{', '}', ',', '"', "'", '? ', '|', '>', '!', '%', '@', '`', '\n', '\n  ', '\n- '])) },
	{ name: 'delete-range', apply: (t, r) => { const s = r.int(t.length + 1); return t.slice(0, s) + t.slice(Math.min(t.length, s + r.range(1, 40))); } },
	{ name: 'duplicate-range', apply: (t, r) => { const s = r.int(t.length + 1); const e = Math.min(t.length, s + r.range(1, 200)); return t.slice(0, e) + t.slice(s, e) + t.slice(e); } },
	{ name: 'replace-character', apply: (t, r) => { const s = r.int(t.length + 1); return t.slice(0, s) + r.pick([' ', ':', '-', '/', '\n', '\t', 'x', '"', '#']) + t.slice(s + 1); } },
	{ name: 'alias-everything', apply: (t) => t.replace(/^(\s*-\s+)(\S+)\s*$/m, '$1&t $2').replace(/^(\s*-\s+)(\S+)\s*$/gm, (m, lead: string, v: string) => (v.startsWith('&') ? m : `${lead}*t`)) },
];

/** Applies 1 to `max` random mutations; returns the text and the names of what was done. */
export function mutate(text: string, r: Random, max = 4): { text: string; steps: string[] } {
	const steps: string[] = [];
	let out = text;
	for (let i = r.range(1, max); i > 0; i--) {
		const m = r.pick(MUTATIONS);
		out = m.apply(out, r);
		steps.push(m.name);
	}
	return { text: out, steps };
}

function editLines(text: string, r: Random, edit: (ls: string[], i: number) => void): string {
	const ls = lines(text);
	if (ls.length === 0) return text;
	edit(ls, r.int(ls.length));
	return ls.join('');
}

function insertAt(text: string, r: Random, what: string): string {
	const at = r.int(text.length + 1);
	return text.slice(0, at) + what + text.slice(at);
}

function deepNesting(r: Random): string {
	const depth = r.range(20, 400);
	switch (r.int(4)) {
		case 0:
			return '['.repeat(depth) + (r.chance(0.5) ? ']'.repeat(depth) : '');
		case 1:
			return '{a: '.repeat(depth) + (r.chance(0.5) ? '}'.repeat(depth) : '');
		case 2:
			return '\n' + Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + '\n';
		default:
			return '\n' + '- '.repeat(depth) + 'qemu/x86_64\n';
	}
}
