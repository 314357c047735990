// SPDX-License-Identifier: Apache-2.0
// A small seeded pseudo-random generator (mulberry32) for the fuzz tests: the same seed
// gives the same sequence on every machine, so any failure can be replayed from its seed.

export class Random {
	private state: number;

	constructor(readonly seed: number) {
		this.state = seed >>> 0;
	}

	/** A number in [0, 1). */
	next(): number {
		let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** An integer in [0, n). */
	int(n: number): number {
		return Math.floor(this.next() * n);
	}

	/** An integer in [min, max]. */
	range(min: number, max: number): number {
		return min + this.int(max - min + 1);
	}

	pick<T>(items: readonly T[]): T {
		return items[this.int(items.length)]!;
	}

	chance(p: number): boolean {
		return this.next() < p;
	}
}
