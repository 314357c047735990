// SPDX-License-Identifier: Apache-2.0
// One fuzz run, shared by test/unit/fuzz.test.ts (short, in CI) and scripts/fuzz.mjs (as
// long as you like): seeded inputs, every property checked, each failure shrunk to a
// small text that still fails, with the seed and iteration that replay it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AnalysisOptions } from '../../../src/core';
import { mutate, randomYamlish } from './fuzz-inputs';
import { checkText, Counts, shrink, type CheckOptions, type Violation } from './fuzz-properties';
import { fixture, SHARED } from './paths';
import { Random } from './random';

/** A text to start from: a real Kraftfile or a test fixture. */
export interface Base {
	readonly name: string;
	readonly text: string;
}

export interface Finding extends Violation {
	readonly seed: number;
	readonly iteration: number;
	/** Where the text came from: the base and the mutations, or `random`. */
	readonly source: string;
	/** The smallest text found that still breaks the property. */
	readonly shrunk: string;
}

export interface RunOptions {
	readonly seed: number;
	/** The first iteration (default 0): any iteration can be run on its own. */
	readonly from?: number;
	readonly iterations: number;
	/** Texts up to this long get hover and completion at every offset; longer ones at `sampleOffsets`. */
	readonly everyOffsetUpTo: number;
	readonly sampleOffsets: number;
	/** Findings kept per property (the first is shrunk). */
	readonly keepPerProperty?: number;
	/** What fix-all must do; see `CheckOptions`. */
	readonly fixAll?: CheckOptions['fixAll'];
}

/** Every file of ../shared/corpus and every diagnostics fixture, sorted by name. */
export function bases(): Base[] {
	const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : n === 'README.md' ? [] : [join(dir, n)]));
	const corpus = join(SHARED, 'corpus');
	const files = [...walk(corpus).map((f) => ({ f, name: relative(corpus, f) })), ...walk(fixture('diagnostics')).map((f) => ({ f, name: `fixtures/${relative(fixture('diagnostics'), f)}` }))];
	return files.map(({ f, name }) => ({ name, text: readFileSync(f, 'utf8') })).sort((a, b) => a.name.localeCompare(b.name));
}

const OPTIONS: readonly AnalysisOptions[] = [{}, { unikraftRelease: 'v0.16.3' }, { host: { arch: 'x86_64', kvm: true, os: 'linux' } }, { host: { arch: 'arm64', kvm: false, os: 'darwin' } }];

/** The input of one iteration, a function of the seed and the iteration number only. */
export function inputOf(all: readonly Base[], seed: number, iteration: number): { text: string; source: string; options: AnalysisOptions } {
	const r = new Random((Math.imul(seed, 0x9e3779b1) ^ Math.imul(iteration + 1, 0x85ebca77)) >>> 0);
	const options = r.pick(OPTIONS);
	const kind = r.next();
	if (kind < 0.6 && all.length > 0) {
		const base = r.pick(all);
		const m = mutate(base.text, r);
		return { text: m.text, source: `${base.name} + ${m.steps.join(', ')}`, options };
	}
	const text = randomYamlish(r);
	if (kind < 0.9) return { text, source: 'random', options };
	const m = mutate(text, r);
	return { text: m.text, source: `random + ${m.steps.join(', ')}`, options };
}

/** Runs the iterations; adds what failed to `findings` (and returns it), what was checked to `counts`. */
export function fuzz(all: readonly Base[], run: RunOptions, counts = new Counts(), findings: Finding[] = []): Finding[] {
	const keep = run.keepPerProperty ?? 3;
	const from = run.from ?? 0;
	for (let i = from; i < from + run.iterations; i++) {
		const { text, source, options } = inputOf(all, run.seed, i);
		const check: CheckOptions = { analysis: options, offsets: text.length <= run.everyOffsetUpTo ? 'all' : run.sampleOffsets, fixes: true, ...(run.fixAll ? { fixAll: run.fixAll } : {}) };
		for (const v of checkText(text, check, counts)) {
			const same = findings.filter((f) => f.property === v.property);
			if (same.length >= keep) continue;
			const shrunk = same.length === 0 ? shrink(text, (t) => checkText(t, { ...check, offsets: check.offsets === 'all' ? 'all' : 64 }).some((x) => x.property === v.property)) : text;
			findings.push({ ...v, seed: run.seed, iteration: i, source, shrunk });
		}
	}
	return findings;
}

/** Checks `text` cut at every offset (analysis and ranges, hover and completion at the cut). */
export function truncations(text: string, counts = new Counts()): Violation[] {
	const found: Violation[] = [];
	for (let end = 0; end <= text.length; end++) {
		for (const v of checkText(text.slice(0, end), { offsets: 2, fixes: false }, counts)) found.push({ ...v, detail: `cut at ${end}: ${v.detail}` });
	}
	return found;
}

/** One line per finding, for a test's message or the script's output. */
export function describeFinding(f: Finding): string {
	return `${f.property} (seed ${f.seed}, iteration ${f.iteration}, ${f.source}): ${f.detail}\n  shrunk: ${JSON.stringify(f.shrunk.length > 400 ? `${f.shrunk.slice(0, 400)}…` : f.shrunk)}`;
}
