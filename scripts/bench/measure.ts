// SPDX-License-Identifier: Apache-2.0
// Timing: rounds, medians, and a garbage collection before each timed run of a large
// input so that one validator does not pay for the garbage another left behind.
import { performance } from 'node:perf_hooks';

/** One validator under test. `run` may return a promise (yaml-language-server does). */
export interface Contender {
	readonly id: ContenderId;
	run(text: string): unknown;
}

/**
 * (a) the floor, (b) the extension, (b′) the extension with the bounds of
 * src/core/limits.ts lifted (for inputs it declines as too large), (c) the peer.
 */
export type ContenderId = 'parse' | 'analyze' | 'analyze-unbounded' | 'yaml-language-server';

const gc = (globalThis as { gc?: () => void }).gc;

/** Collects garbage when Node runs with `--expose-gc` (`npm run bench` does). */
export function collect(): void {
	gc?.();
}

export const gcAvailable = (): boolean => gc !== undefined;

export function median(xs: readonly number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Milliseconds for `reps` validations of `text` (awaited when the validator is asynchronous). */
export async function timeRuns(c: Contender, text: string, reps: number): Promise<number> {
	const start = performance.now();
	for (let i = 0; i < reps; i++) {
		const r = c.run(text);
		if (r instanceof Promise) await r;
	}
	return performance.now() - start;
}

/** Milliseconds to validate every text in turn, as after each keystroke. */
export async function timeSequence(c: Contender, texts: readonly string[]): Promise<number> {
	const start = performance.now();
	for (const t of texts) {
		const r = c.run(t);
		if (r instanceof Promise) await r;
	}
	return performance.now() - start;
}

/** The contenders in a different order each round, so that none always runs first or last. */
export function rotate<T>(xs: readonly T[], round: number): T[] {
	const k = round % xs.length;
	return [...xs.slice(k), ...xs.slice(0, k)];
}

/** How many repetitions make one sample of about `targetMs`, from one warm run. */
export function repsFor(warmMs: number, targetMs: number, max = 50): number {
	return Math.max(1, Math.min(max, Math.ceil(targetMs / Math.max(warmMs, 1e-3))));
}
