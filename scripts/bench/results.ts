// SPDX-License-Identifier: Apache-2.0
// What the benchmark reports besides times: the machine, the heap over the typing loop,
// and the size of the bundle the extension ships.
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { collect, timeSequence, type Contender, type ContenderId } from './measure';

/** Edits in the typing loop. */
export const TYPING_EDITS = 1000;

/** Median milliseconds of each contender on one input (`analyze-unbounded` only where `analyze` declines it). */
export type Times = Readonly<Record<Exclude<ContenderId, 'analyze-unbounded'>, number>> & { readonly 'analyze-unbounded'?: number };

export interface InputResult {
	readonly name: string;
	readonly characters: number;
	readonly ms: Times;
	/** What each validator found (summed over the corpus): the work is real. */
	readonly found: { readonly analyze: number; readonly 'yaml-language-server': number; readonly declined?: string };
	/** For the corpus: each file's medians. */
	readonly perFile?: readonly { readonly name: string; readonly ms: Times }[];
}

export interface Machine {
	readonly cpus: number;
	readonly cpuModel: string;
	readonly node: string;
	/** 1, 5 and 15 minute load averages when the run started and ended. */
	readonly loadBefore: readonly number[];
	readonly loadAfter?: readonly number[];
}

/**
 * Heap used (bytes, after a full garbage collection) around the typing loop, once warm:
 * the first passes compile and optimise code (about 2.5 MB that then stays), so they
 * come before `before`.
 */
export interface HeapResult {
	/** Passes run before `before`. */
	readonly warmPasses: number;
	readonly before: number;
	/** After one pass of the loop. */
	readonly after: number;
	/** Passes run in all after `before`. */
	readonly passes: number;
	/** After all of them: growth here would be a leak. */
	readonly afterMore: number;
}

export interface BundleInfo {
	readonly path: string;
	readonly bytes: number;
	readonly gzipBytes: number;
	/** `production`: minified, no source map (`npm run build -- --production`); `development`: `npm run build`. */
	readonly build: 'production' | 'development';
}
import type { KconfigBench } from './kconfig';
import type { PathsBench } from './paths';
import type { KraftTasksBench } from './kraft-tasks';
import type { OutlineBench } from './outline';

export interface BenchResult {
	readonly machine: Machine;
	readonly rounds: Readonly<Record<string, number>>;
	readonly inputs: readonly InputResult[];
	readonly heap: Readonly<Record<'analyze' | 'yaml-language-server', HeapResult>>;
	readonly bundle: BundleInfo | undefined;
	/** The Kconfig reader on all of Unikraft core (scripts/bench/kconfig.ts). */
	readonly kconfig?: KconfigBench;
	/** missing-path and document links over the corpus (scripts/bench/paths.ts). */
	readonly paths?: PathsBench;
	/** Document symbols of the generated 1,000-target Kraftfile (scripts/bench/outline.ts). */
	readonly outline?: OutlineBench;
	/** The commands of the kraft tasks and lenses, and reading kraft's build log (scripts/bench/kraft-tasks.ts). */
	readonly kraftTasks?: KraftTasksBench;
}

export function machineInfo(): Machine {
	const list = cpus();
	return { cpus: list.length, cpuModel: list[0]?.model.trim() ?? 'unknown', node: process.version, loadBefore: loadavg().map((l) => Math.round(l * 100) / 100) };
}

/** Keeps the last result alive, as the editor keeps the latest analysis of a document. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- written, never read: holding the result is its purpose
let kept: unknown;

/** Heap used over the typing loop: after `warmPasses`, after one more pass, and after `passes` in all. */
export async function heapAcross(c: Contender, texts: readonly string[], warmPasses: number, passes: number): Promise<HeapResult> {
	const used = () => {
		collect();
		collect();
		return process.memoryUsage().heapUsed;
	};
	const keepLast = { id: c.id, run: (t: string) => (kept = c.run(t)) } satisfies Contender;
	for (let i = 0; i < warmPasses; i++) await timeSequence(keepLast, texts);
	const before = used();
	await timeSequence(keepLast, texts);
	const after = used();
	for (let i = 1; i < passes; i++) await timeSequence(keepLast, texts);
	const afterMore = used();
	return { warmPasses, before, after, passes, afterMore };
}

export function bundleInfo(root: string): BundleInfo | undefined {
	const path = join(root, 'dist', 'extension.js');
	if (!existsSync(path)) return undefined;
	const bytes = readFileSync(path);
	const development = bytes.toString('utf8').includes('//# sourceMappingURL=');
	return { path: 'dist/extension.js', bytes: bytes.length, gzipBytes: gzipSync(bytes).length, build: development ? 'development' : 'production' };
}

/** The goals of issue 6, each with whether it is met. */
export function goals(r: BenchResult): { readonly goal: string; readonly met: boolean; readonly detail: string }[] {
	// Where the extension declines an input (too large to check as you type), its cost with the bounds lifted counts.
	const ratio = (i: InputResult, a: ContenderId, b: ContenderId) => {
		const pick = (id: ContenderId) => (id === 'analyze' && i.ms['analyze-unbounded'] !== undefined ? i.ms['analyze-unbounded'] : i.ms[id]) ?? Number.NaN;
		return pick(a) / pick(b);
	};
	const worst = (f: (i: InputResult) => number, pick: (a: number, b: number) => boolean) =>
		r.inputs.reduce((w, i) => (pick(f(i), f(w)) ? i : w), r.inputs[0]!);
	const ba = worst((i) => ratio(i, 'analyze', 'parse'), (a, b) => a > b);
	const cb = worst((i) => ratio(i, 'yaml-language-server', 'analyze'), (a, b) => a < b);
	const h = r.heap.analyze;
	const growth = h.afterMore - h.before;
	return [
		{ goal: 'b/a ≤ 1.5 on every input', met: ratio(ba, 'analyze', 'parse') <= 1.5, detail: `highest ${ratio(ba, 'analyze', 'parse').toFixed(2)} (${ba.name})` },
		{ goal: 'c/b ≥ 3 on every input', met: ratio(cb, 'yaml-language-server', 'analyze') >= 3, detail: `lowest ${ratio(cb, 'yaml-language-server', 'analyze').toFixed(2)} (${cb.name})` },
		{ goal: 'no heap growth over the typing loop', met: growth < 512 * 1024, detail: `${(growth / 1024).toFixed(0)} KB after ${h.passes} passes of ${TYPING_EDITS} edits, once warm (threshold 512 KB)` },
	];
}
