// SPDX-License-Identifier: Apache-2.0
// The bounds of src/core/limits.ts, measured in work rather than on the clock: a file too
// large, too deep or aliased too much gets one information diagnostic and nothing else; a
// binary file gets none; alias and merge bombs cost work linear in the text; a rule that
// throws takes no other rule down.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Alias, Parser } from 'yaml';
import { analyze, type Diagnostic } from '../../src/core';
import { activeLimits, LIMITS, nestingDepth, withLimits, workSpent } from '../../src/core/limits';
import { RULES } from '../../src/core/rules';
import type { Rule } from '../../src/core/rules/rule';

const HEAD = 'spec: v0.6\nname: app\ntargets:\n  - qmeu/x86_64\n';
const codes = (ds: readonly Diagnostic[]) => ds.map((d) => d.code);
const only = (message: string): Diagnostic[] => [{ code: 'file-too-large', severity: 'information', message, span: { start: 0, end: 0 } }];
const DEEP = `This file is not checked: its YAML nests more than ${LIMITS.maxDepth} levels deep`;

test('a file over the size limit gets one information diagnostic and nothing else', () => {
	const padded = (length: number) => HEAD + '#'.repeat(length - HEAD.length - 1) + '\n';
	const at = analyze(padded(LIMITS.maxLength));
	assert.equal(at.ignored, undefined);
	assert.deepEqual(codes(at.diagnostics), ['unknown-platform']);
	const over = analyze(padded(LIMITS.maxLength + 1));
	assert.equal(over.ignored, 'too-large');
	assert.deepEqual(over.diagnostics, only('This file is not checked: it has 262,145 characters, more than can be checked as you type (the limit is 262,144). Kraftfiles are a few thousand.'));
	assert.equal(over.parsed.doc, undefined, 'nothing was parsed');
});

test('a file just under the size limit with a diagnostic every two characters', () => {
	// 131,071 diagnostics: once collected with `push(...kept)`, which overflows the stack.
	const a = analyze('"'.repeat(LIMITS.maxLength));
	assert.equal(a.failures, undefined);
	assert.equal(a.diagnostics.length, 131_071);
	assert.deepEqual(a.diagnostics[0], { code: 'yaml-syntax', severity: 'error', message: 'YAML: Unexpected double-quoted-scalar at node end.', span: { start: 2, end: 4 } });
});

test('a binary file is ignored: no diagnostic, and the reason for the adapter', () => {
	const nul = analyze(`${HEAD}\u0000`);
	assert.deepEqual([nul.ignored, nul.diagnostics], ['binary', []]);
	// Bytes that are not UTF-8 read as text: control characters and U+FFFD.
	const bytes = Array.from({ length: 600 }, (_, i) => String.fromCharCode([0x01, 0x1b, 0xfffd, 0x41, 0x90, 0x7f][i % 6]!)).join('');
	assert.deepEqual([analyze(bytes).ignored, analyze(bytes).diagnostics], ['binary', []]);
	// A stray control character, or a NUL after the first KiB, is a Kraftfile with a mistake.
	assert.equal(analyze(`${HEAD}\u0007`).ignored, undefined);
	const late = analyze(`${HEAD}${'#'.repeat(LIMITS.binaryProbe)}\n\u0000`);
	assert.equal(late.ignored, undefined);
	assert.deepEqual(codes(late.diagnostics), ['unknown-platform', 'yaml-syntax']);
});

test('nesting is measured on the parse, before anything recursive', () => {
	const depth = (text: string) => nestingDepth(new Parser().parse(text));
	assert.equal(depth('a: 1\n'), 1);
	assert.equal(depth('a:\n  b: [c, {d: e}]\n'), 4);
	assert.equal(depth('- - - x\n'), 3);
	assert.equal(depth('? [a]\n: b\n'), 2);
	assert.equal(depth('# only a comment\n'), 0);
	assert.equal(depth(`${'['.repeat(100_000)}`), 100_000);
});

test(`YAML nested ${LIMITS.maxDepth} levels is checked; one more gets one diagnostic and nothing else`, () => {
	const flow = (n: number) => `spec: v0.6\nx-deep: ${'['.repeat(n - 1)}${']'.repeat(n - 1)}\n`;
	assert.equal(analyze(flow(LIMITS.maxDepth)).ignored, undefined);
	assert.deepEqual(analyze(flow(LIMITS.maxDepth)).diagnostics, []);
	const over = analyze(flow(LIMITS.maxDepth + 1));
	assert.equal(over.ignored, 'too-deep');
	assert.deepEqual(over.diagnostics, only(`${DEEP} (101). Kraftfiles nest a few levels.`));
});

test('deep nesting of every kind, twice in one process: a diagnostic, never a crash', () => {
	// Before the bound, the second of these aborted Node.js ("RegExpCompiler Allocation
	// failed", exit 134): the composer overflows the stack at about 1,000 levels. If it
	// regresses, this file's process dies and the test fails.
	const n = 10_000;
	const cases: Record<string, string> = {
		'closed flow sequences': '['.repeat(n) + ']'.repeat(n),
		'unclosed flow sequences': '['.repeat(n),
		'flow maps': '{a: '.repeat(n),
		'compact block sequences': `${'- '.repeat(n)}x\n`,
		'indented maps': Array.from({ length: 700 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'),
	};
	for (let round = 0; round < 2; round++) {
		for (const [name, text] of Object.entries(cases)) {
			const a = analyze(text);
			assert.equal(a.ignored, 'too-deep', name);
			assert.equal(a.diagnostics.length, 1, name);
			assert.ok(a.diagnostics[0]!.message.startsWith(DEEP), name);
		}
		// So deep that parsing itself overflows the stack when a line closes all the levels.
		const unparsable = analyze(`${'- '.repeat(20_000)}x\ny: 1\n`);
		assert.deepEqual(unparsable.diagnostics, only(`${DEEP}. Kraftfiles nest a few levels.`));
	}
});

/** `levels` maps, each merging the one before `fan` times: 2^7 … 64^7 entries if expanded. */
function mergeBomb(levels: number, fan: number): string {
	let s = 'spec: v0.6\nx0: &a0 {k0: 1}\n';
	for (let i = 1; i <= levels; i++) s += `x${i}: &a${i} {k${i}: 1, <<: [${Array(fan).fill(`*a${i - 1}`).join(', ')}]}\n`;
	return `${s}<<: *a${levels}\n`;
}

// The timeouts only stop a regression from hanging the run (64^8 entries); the bounds are in work.
test('merge bombs: each map is merged once, so the work grows with the text, not exponentially', { timeout: 30_000 }, () => {
	const work: number[] = [];
	for (const fan of [2, 4, 8, 16, 64]) {
		const text = mergeBomb(7, fan);
		const a = analyze(text);
		assert.equal(a.ignored, undefined);
		work.push(workSpent(a.parsed.doc));
		assert.ok(workSpent(a.parsed.doc) <= text.length / 3, `fan ${fan}: ${workSpent(a.parsed.doc)} units for ${text.length} characters`);
		// The root gets k7 … k0 once each, from the merges (8 deep: as deep as merges are followed).
		assert.deepEqual(a.model.top.entries!.map((e) => e.key), ['spec', 'x0', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'k7', 'k6', 'k5', 'k4', 'k3', 'k2', 'k1', 'k0']);
	}
	// Each alias costs one unit: 7 maps × the fan, plus the same 62 for the entries (not 2^7 … 64^7).
	assert.deepEqual(work, [2, 4, 8, 16, 64].map((fan) => 62 + 7 * fan));
});

test('billion laughs with lists: aliases are not expanded', () => {
	let text = 'spec: v0.6\na0: &a0 [qemu/x86_64]\n';
	for (let i = 1; i < 10; i++) text += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(',')}]\n`;
	const a = analyze(`${text}targets: *a9\n`);
	assert.ok(workSpent(a.parsed.doc) < 30, `${workSpent(a.parsed.doc)}`);
	assert.equal(a.model.targets.length, 10);
	assert.deepEqual([...new Set(codes(a.diagnostics))], ['unknown-key', 'invalid-target']);
});

test('many targets aliasing one large map: over the work budget, one diagnostic', { timeout: 30_000 }, () => {
	const keys = Array.from({ length: 300 }, (_, i) => `u${i}: 1`).join(', ');
	const text = `spec: v0.6\nt: &t {platform: qemu, architecture: x86_64, ${keys}}\ntargets: [${Array(300).fill('*t').join(', ')}]\n`;
	const a = analyze(text);
	assert.equal(a.ignored, 'too-complex');
	assert.deepEqual(a.diagnostics, only('This file is not checked: its maps have more than 50,000 entries once aliases and `<<` merges are expanded. Kraftfiles have a few dozen.'));
	// Counting stops at the budget: at most one target's entries past it.
	assert.ok(workSpent(a.parsed.doc) <= LIMITS.maxWork + 310, `${workSpent(a.parsed.doc)}`);
});

test('withLimits lifts the size and work bounds for its callback only, also when it throws', () => {
	const large = `${HEAD}${'#'.repeat(LIMITS.maxLength)}\n`;
	const keys = Array.from({ length: 300 }, (_, i) => `u${i}: 1`).join(', ');
	const aliased = `spec: v0.6\nt: &t {platform: qemu, architecture: x86_64, ${keys}}\ntargets: [${Array(300).fill('*t').join(', ')}]\n`;
	const lifted = { maxLength: Number.POSITIVE_INFINITY, maxWork: Number.POSITIVE_INFINITY };
	const inside = withLimits(lifted, () => [analyze(large), analyze(aliased)] as const);
	assert.equal(inside[0].ignored, undefined);
	assert.deepEqual(codes(inside[0].diagnostics), ['unknown-platform']);
	assert.equal(inside[1].ignored, undefined);
	assert.ok(workSpent(inside[1].parsed.doc) > LIMITS.maxWork);
	assert.throws(() => withLimits(lifted, () => { throw new Error('inside'); }), /inside/);
	assert.deepEqual(activeLimits(), { ...activeLimits(), maxLength: LIMITS.maxLength, maxWork: LIMITS.maxWork });
	assert.equal(analyze(large).ignored, 'too-large');
	assert.equal(analyze(aliased).ignored, 'too-complex');
});

test('aliases are resolved from one index, not by walking the document for each', () => {
	const original = Alias.prototype.resolve;
	let calls = 0;
	Alias.prototype.resolve = function (this: Alias, ...args: Parameters<Alias['resolve']>) {
		calls++;
		return original.apply(this, args);
	};
	try {
		const text = `spec: v0.6\nbase: &t qemu/arm\nx-missing: *nothing\ntargets:\n${'  - *t\n'.repeat(3000)}`;
		const a = analyze(text);
		assert.equal(calls, 0);
		const spans = a.diagnostics.map((d) => `${d.code} ${text.slice(d.span.start, d.span.end)}`);
		// An alias to no anchor is still a syntax error; every aliased target is checked.
		assert.ok(spans.includes('yaml-syntax *nothing'), spans.slice(0, 5).join('\n'));
		assert.equal(a.model.targets.filter((t) => t.platform?.text === 'qemu').length, 3000);
	} finally {
		Alias.prototype.resolve = original;
	}
});

test('merges follow YAML: from `<<: [*a, *b]` the first map wins; a map merging itself ends', () => {
	const text = 'spec: v0.6\na: &a {platform: qemu, architecture: x86_64}\nb: &b {platform: fc, architecture: arm64}\nx-self: &s {name: x, <<: *s}\ntargets:\n  - <<: [*a, *b]\n';
	const a = analyze(text);
	const t = a.model.targets[0]!;
	assert.deepEqual([t.platform?.text, t.architecture?.text], ['qemu', 'x86_64']);
	// Two values of one key used to read as a conflict between them.
	assert.deepEqual(codes(a.diagnostics), ['unknown-key', 'unknown-key']);
});

test('a rule that throws takes no other rule down, and is reported for the adapter to log', () => {
	const text = `${HEAD}  - qemu/arm\n`;
	const before = analyze(text);
	const boom: Rule = {
		codes: ['known-issue'],
		check(ctx) {
			ctx.report({ code: 'known-issue', severity: 'information', message: 'half done', span: { start: 0, end: 1 } });
			throw new Error('boom');
		},
	};
	const rules = RULES as Rule[];
	rules.unshift(boom);
	try {
		const a = analyze(text);
		assert.deepEqual(a.diagnostics, before.diagnostics, 'the half-done report is dropped, the others stand');
		assert.deepEqual(a.failures?.map((f) => [f.codes, (f.error as Error).message]), [[['known-issue'], 'boom']]);
	} finally {
		rules.splice(rules.indexOf(boom), 1);
	}
	assert.equal(analyze(text).failures, undefined);
});

test('isBinary: a NUL, or more than one in ten control characters in the probe; the same as a character-by-character count', async () => {
	const { isBinary, LIMITS } = await import('../../src/core/limits');
	// The rule as the docs state it, one character at a time.
	const reference = (text: string): boolean => {
		const n = Math.min(text.length, LIMITS.binaryProbe);
		let control = 0;
		for (let i = 0; i < n; i++) {
			const c = text.charCodeAt(i);
			if (c === 0) return true;
			if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) control++;
		}
		return control * 10 > n;
	};
	assert.equal(isBinary('spec: v0.6\n\tname: x\r\n\f'), false);
	assert.equal(isBinary('a\u0000'), true);
	assert.equal(isBinary(`${'a'.repeat(LIMITS.binaryProbe)}\u0000`), false, 'a NUL past the probe');
	assert.equal(isBinary('\u0001'.repeat(2) + 'a'.repeat(18)), false, 'one in ten is not more than one in ten');
	assert.equal(isBinary('\u0001'.repeat(3) + 'a'.repeat(18)), true);
	const alphabet = ['a', ' ', '\n', '\t', '\r', '\f', '\u000b', '\u0001', '\u001f', '\u007f', '\u0085', '\u009f', '\u00a0', '\ufffd', '\u0000', 'é', '😀'];
	let seed = 7;
	const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
	for (let k = 0; k < 2000; k++) {
		const len = Math.floor(rnd() * 40);
		let s = '';
		for (let i = 0; i < len; i++) s += rnd() < 0.8 ? 'a' : alphabet[Math.floor(rnd() * alphabet.length)]!;
		assert.equal(isBinary(s), reference(s), JSON.stringify(s));
	}
});
