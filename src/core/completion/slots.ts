// SPDX-License-Identifier: Apache-2.0
import { ARCH_KEYS, PLATFORM_KEYS } from '../../data/target-keys';
import type { Span } from '../types';

/** Which half of a target a value names. */
export type TargetPart = 'platform' | 'architecture';

/**
 * A place in a Kraftfile where completion can offer something. `replace` is the text the
 * chosen item replaces (it contains the cursor); `lead` is text to insert before the item
 * (the space after a bare `-` or `:`, the `- ` of a new list item, indentation).
 */
export type Slot =
	/** A `plat/arch` string in `targets` (block `- qe…` or flow `[qe…]`): one half, or the whole pair. */
	| {
			readonly kind: 'shorthand';
			readonly part: TargetPart | 'pair';
			readonly replace: Span;
			/** The other half as written, when the cursor is in one half. */
			readonly other?: string;
			readonly lead: string;
			readonly flow: boolean;
			/** The column where the item's content starts (for the lines of a map-form snippet). */
			readonly col: number;
	  }
	/** The value of `platform:`/`plat:`/`architecture:`/`arch:` in a map target. */
	| { readonly kind: 'map-value'; readonly part: TargetPart; readonly replace: Span; readonly other?: string; readonly lead: string }
	/** A new target: a blank line in a block `targets` list, or a word there without its `- `. */
	| { readonly kind: 'new-target'; readonly replace: Span; readonly lead: string; readonly col: number }
	/** A key of a target map. `colon`: the key is already followed by `:`. */
	| { readonly kind: 'target-key'; readonly replace: Span; readonly lead: string; readonly present: ReadonlySet<string>; readonly colon: boolean; readonly col: number; readonly flow: boolean }
	/** A key at the top level. */
	| { readonly kind: 'top-key'; readonly replace: Span; readonly lead: string; readonly present: ReadonlySet<string>; readonly colon: boolean };

/** The keys that name a target's platform or architecture, and which half each names. */
export const PART_KEYS: Readonly<Record<string, TargetPart>> = Object.fromEntries([...PLATFORM_KEYS.map((k) => [k, 'platform'] as const), ...ARCH_KEYS.map((k) => [k, 'architecture'] as const)]);

/**
 * The slot for the cursor in a `plat/arch` value written from `start` to `end` (quotes
 * excluded): the half the cursor is in, or the whole value when it has no `/` yet.
 */
export function shorthandSlot(text: string, start: number, end: number, offset: number, extra: { lead: string; flow: boolean; col: number }): Slot {
	const value = text.slice(start, end);
	const slash = value.indexOf('/');
	const span = { start, end };
	if (slash < 0) return { kind: 'shorthand', part: 'pair', replace: span, ...extra };
	const at = start + slash;
	if (offset > at) return { kind: 'shorthand', part: 'architecture', replace: { start: at + 1, end }, other: value.slice(0, slash), ...extra };
	return { kind: 'shorthand', part: 'platform', replace: { start, end: at }, other: value.slice(slash + 1), ...extra };
}

/** Where a scalar ends: before a delimiter, a line end or a comment, without trailing blanks. */
export function scalarEnd(text: string, from: number, delimiters: string): number {
	let i = from;
	while (i < text.length && !delimiters.includes(text[i]!) && text[i] !== '\n' && text[i] !== '\r' && !(text[i] === '#' && /\s/.test(text[i - 1] ?? ' '))) i++;
	while (i > from && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
	return i;
}

/** `[start, end)` of the value starting at `start`, without its quotes when it is quoted. */
export function unquoted(text: string, start: number, end: number): { start: number; end: number } {
	const q = text[start];
	if ((q === '"' || q === "'") && end > start) {
		const close = text.indexOf(q, start + 1);
		return { start: start + 1, end: close >= 0 && close < end ? close : end };
	}
	return { start, end };
}
