// SPDX-License-Identifier: Apache-2.0

/** Levenshtein distance, with a transposition counted as one edit (`qmeu` → `qemu`). */
export function editDistance(a: string, b: string): number {
	const m = a.length;
	const n = b.length;
	if (Math.abs(m - n) > 8) return Math.abs(m - n);
	const d: number[][] = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= m; i++) {
		for (let j = 1; j <= n; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
			d[i]![j] = v;
		}
	}
	return d[m]![n]!;
}

/**
 * The candidates close enough to `name` to be what was meant, closest first. A candidate
 * equal to `name` but for case always qualifies (`QEMU` → `qemu`).
 */
export function closest(name: string, candidates: readonly string[], max = 3): string[] {
	const lower = name.toLowerCase();
	const limit = Math.max(1, Math.min(3, Math.floor(name.length / 3)));
	return candidates
		.map((c) => ({ c, d: c.toLowerCase() === lower ? 0 : editDistance(lower, c.toLowerCase()) }))
		.filter(({ c, d }) => d <= limit || (lower.length >= 3 && c.toLowerCase().startsWith(lower)))
		.sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
		.slice(0, max)
		.map(({ c }) => c);
}
