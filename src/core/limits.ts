// SPDX-License-Identifier: Apache-2.0
// The bounds that keep one analysis under a fixed amount of work on any text: size caps
// the parser, depth caps its recursion (the `yaml` composer recurses once per level, and
// a stack overflow there can abort the whole process: test/unit/limits.test.ts), and the
// work budget caps how far aliases and `<<` merges are expanded (billion laughs). What a
// file over a bound gets instead is in ignored.ts.

/** The bounds of one analysis. */
export const LIMITS = {
	/**
	 * Longest text analysed, in UTF-16 code units (256 KiB; the largest real Kraftfile in
	 * the corpus is 5.3 KB). Measured on a 2-core machine: typical Kraftfile content costs
	 * about 1.2 s per MiB, so about 0.3 s here; the worst content (thousands of unknown keys,
	 * or YAML errors on every line) about 5 s per MiB.
	 */
	maxLength: 256 * 1024,
	/** Deepest nesting of YAML collections that is composed (real Kraftfiles nest under 10). */
	maxDepth: 100,
	/**
	 * Most units of work spent reading maps, with aliases and `<<` merges expanded: one per
	 * map entry read, merge source followed, target, and entry of a target. The rules do
	 * about this much work again (measured: up to 25 µs a unit). Real Kraftfiles need under
	 * 200; a 256 KiB file of nothing but `a: 1` lines, 52,000.
	 */
	maxWork: 50_000,
	/** How much of the start of a text is looked at to tell that it is binary. */
	binaryProbe: 1024,
} as const;

/** The bounds a caller may lift for a while (the benchmark, to time what a declined file would cost). */
export type LiftableLimits = Pick<typeof LIMITS, 'maxLength' | 'maxWork'>;

let active: LiftableLimits = LIMITS;

/** The size and work bounds in force: `LIMITS`, unless inside `withLimits`. */
export function activeLimits(): LiftableLimits {
	return active;
}

/**
 * Runs `f` with the size and work bounds replaced by `bounds` (e.g. `Infinity`), then
 * restores them, also when `f` throws. Not for the editor: the bounds keep it responsive.
 * The depth bound stays: past it the parser can abort the process.
 */
export function withLimits<T>(bounds: Partial<{ maxLength: number; maxWork: number }>, f: () => T): T {
	const saved = active;
	active = { ...active, ...bounds } as LiftableLimits;
	try {
		return f();
	} finally {
		active = saved;
	}
}

/** Why a text was not analysed. `binary` gets no diagnostic; the others get one `file-too-large`. */
export type IgnoredReason = 'binary' | 'too-large' | 'too-deep' | 'too-complex';

/**
 * True for text that is not a Kraftfile but binary data read as text: a NUL character,
 * or more than one in ten control characters (or U+FFFD, what undecodable bytes become),
 * in its first KiB. Tabs, line breaks and form feeds are not counted.
 */
export function isBinary(text: string): boolean {
	const n = Math.min(text.length, LIMITS.binaryProbe);
	const probe = n < text.length ? text.slice(0, n) : text;
	// Regular expressions scan natively: on every keystroke, a text with no control character
	// at all (the usual case) is known at once.
	if (!CONTROL.test(probe)) return false;
	if (probe.includes('\u0000')) return true;
	return (probe.match(CONTROL_ALL)?.length ?? 0) * 10 > n;
}

/** Control characters other than tab, line feed, form feed and carriage return; C1 controls; U+FFFD (a decoding failure). */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/;
const CONTROL_ALL = new RegExp(CONTROL.source, 'g');

const spent = new WeakMap<object, number>();

/**
 * Counts `units` of work against the budget of `doc` (a parsed document); false once the
 * budget is spent, and from then on the caller stops. Memoised results are not counted
 * again, so the budget is spent at most once per document.
 */
export function charge(doc: object, units: number): boolean {
	const total = (spent.get(doc) ?? 0) + units;
	spent.set(doc, total);
	return total <= active.maxWork;
}

/** The work counted against `doc` so far (for the limit, and for tests of the bound). */
export function workSpent(doc: object | undefined): number {
	return doc ? (spent.get(doc) ?? 0) : 0;
}

/**
 * How deeply the YAML collections of a CST nest (documents not counted), walked without
 * recursion so that it is safe on any depth. Takes the tokens of `new Parser().parse(text)`.
 */
export function nestingDepth(tokens: Iterable<unknown>): number {
	let max = 0;
	const stack: [unknown, number][] = [];
	for (const t of tokens) stack.push([t, 0]);
	while (stack.length > 0) {
		const [token, depth] = stack.pop()!;
		if (typeof token !== 'object' || token === null) continue;
		const t = token as { type?: string; value?: unknown; items?: readonly { key?: unknown; value?: unknown }[] };
		if (t.type === 'document') {
			stack.push([t.value, depth]);
		} else if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
			const inner = depth + 1;
			if (inner > max) max = inner;
			for (const item of t.items ?? []) {
				stack.push([item.key, inner]);
				stack.push([item.value, inner]);
			}
		}
	}
	return max;
}
