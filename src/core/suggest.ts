// SPDX-License-Identifier: Apache-2.0

/** Levenshtein distance, with a transposition counted as one edit (`qmeu` → `qemu`). */
export function editDistance(a: string, b: string): number {
	const m = a.length;
	const n = b.length;
	if (Math.abs(m - n) > 8) return Math.abs(m - n);
	// Three rolling rows (the one two back is for transpositions) rather than a matrix of
	// arrays: the unknown-key rule calls this for every key against every known name.
	let before = new Uint32Array(n + 1);
	let prev = Uint32Array.from({ length: n + 1 }, (_, j) => j);
	let row = new Uint32Array(n + 1);
	for (let i = 1; i <= m; i++) {
		row[0] = i;
		for (let j = 1; j <= n; j++) {
			const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
			let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, before[j - 2]! + 1);
			row[j] = v;
		}
		[before, prev, row] = [prev, row, before];
	}
	return prev[n]!;
}

/**
 * The candidates close enough to `name` to be what was meant, closest first. A candidate
 * equal to `name` but for case always qualifies (`QEMU` → `qemu`).
 */
export function closest(name: string, candidates: readonly string[], max = 3): string[] {
	// The same misspelling is looked up on every keystroke until it is fixed: remember the
	// last answers. Keyed by the candidates' text, not the list: several callers make their
	// list anew on each call (a list's identity would never be asked for twice).
	const key = `${max}\u0000${name}\u0000${candidates.join('\u0001')}`;
	let near = closestMemo.get(key);
	if (!near) {
		if (closestMemo.size >= 256) closestMemo.clear();
		closestMemo.set(key, (near = computeClosest(name, candidates, max)));
	}
	return [...near];
}

const closestMemo = new Map<string, readonly string[]>();

function computeClosest(name: string, candidates: readonly string[], max: number): string[] {
	const lower = name.toLowerCase();
	const limit = Math.max(1, Math.min(3, Math.floor(name.length / 3)));
	return candidates
		.map((c) => ({ c, d: c.toLowerCase() === lower ? 0 : editDistance(lower, c.toLowerCase()) }))
		.filter(({ c, d }) => d <= limit || (lower.length >= 3 && c.toLowerCase().startsWith(lower)))
		.sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
		.slice(0, max)
		.map(({ c }) => c);
}
