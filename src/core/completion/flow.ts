// SPDX-License-Identifier: Apache-2.0
// Completion inside flow collections: `targets: [qemu/x86_64, $0]` and `- {plat: qemu, arch: $0}`.
import { lineStartAt } from '../text';
import { PART_KEYS, scalarEnd, shorthandSlot, unquoted, type Slot } from './slots';

interface Level {
	readonly open: number;
	readonly ch: '[' | '{';
	/** Where the current entry starts (after the bracket or the last comma). */
	segment: number;
}

/**
 * The slots at `offset` inside the flow collection opened at `open` (a `[` of `targets`,
 * or the `{` of a map target). `[]` when the cursor is deeper or in a quoted string.
 */
export function flowSlots(text: string, open: number, offset: number): Slot[] {
	const stack: Level[] = [{ open, ch: text[open] === '{' ? '{' : '[', segment: open + 1 }];
	let quote = '';
	for (let i = open + 1; i < offset; i++) {
		const c = text[i]!;
		if (quote) {
			if (c === quote) quote = '';
			continue;
		}
		const top = stack[stack.length - 1];
		if (!top) return [];
		if ((c === '"' || c === "'") && /[\s[{,:]/.test(text[i - 1] ?? ' ')) quote = c;
		else if (c === '[' || c === '{') stack.push({ open: i, ch: c, segment: i + 1 });
		else if (c === ']' || c === '}') stack.pop();
		else if (c === ',') top.segment = i + 1;
	}
	const top = stack[stack.length - 1];
	if (!top || stack.length > 2) return [];
	// A quote still open is fine only at the start of the current entry (`["qemu/x8`).
	if (top.ch === '[' && stack.length === 1) return seqEntry(text, top, offset);
	if (top.ch === '{') return mapEntry(text, top, offset);
	return [];
}

function seqEntry(text: string, level: Level, offset: number): Slot[] {
	let start = level.segment;
	while (start < offset && /\s/.test(text[start]!)) start++;
	if (text[start] === '{') return [];
	const inner = unquoted(text, start, scalarEnd(text, start, ',]}'));
	if (offset < inner.start || offset > inner.end) return [];
	const col = start - lineStartAt(text, start);
	return [shorthandSlot(text, inner.start, inner.end, offset, { lead: '', flow: true, col })];
}

function mapEntry(text: string, level: Level, offset: number): Slot[] {
	const segment = text.slice(level.segment, offset);
	const colon = /^\s*([^\s:,{}]+)\s*:(?=\s|$)/.exec(segment) ?? /^\s*([^\s:,{}]+)\s*:$/.exec(segment);
	const close = matching(text, level.open);
	const body = text.slice(level.open + 1, close);
	if (colon) {
		const part = PART_KEYS[colon[1]!];
		if (!part) return [];
		let start = level.segment + colon[0].length;
		while (start < offset && (text[start] === ' ' || text[start] === '\t')) start++;
		const lead = start === level.segment + colon[0].length && text[start - 1] === ':' ? ' ' : '';
		const inner = unquoted(text, start, scalarEnd(text, start, ',}'));
		if (offset < inner.start || offset > inner.end) return [];
		const otherKeys = part === 'platform' ? ['architecture', 'arch'] : ['platform', 'plat'];
		const other = flowValue(body, otherKeys);
		if (part === 'platform' && text.slice(inner.start, inner.end).includes('/')) {
			const s = shorthandSlot(text, inner.start, inner.end, offset, { lead, flow: true, col: 0 });
			if (s.kind === 'shorthand' && s.part !== 'pair') return [{ kind: 'map-value', part: s.part, replace: s.replace, lead, ...(s.other !== undefined ? { other: s.other } : {}) }];
		}
		return [{ kind: 'map-value', part, replace: inner, lead, ...(other !== undefined ? { other } : {}) }];
	}
	let start = level.segment;
	while (start < offset && /\s/.test(text[start]!)) start++;
	let end = offset;
	while (end < text.length && /[\w.-]/.test(text[end]!)) end++;
	if (!/^[\w.-]*$/.test(text.slice(start, offset))) return [];
	const present = new Set([...body.matchAll(/(?:^|,)\s*([\w.-]+)\s*:/g)].map((m) => m[1]!));
	const own = text.slice(start, end);
	if (text[end] !== ':') present.delete(own);
	return [{ kind: 'target-key', replace: { start, end }, lead: text[start - 1] === ',' ? ' ' : '', present, colon: text[end] === ':', col: 0, flow: true }];
}

/** The value of the first of `keys` in a flow map's text (`plat: qemu, arch: x86_64`). */
function flowValue(body: string, keys: readonly string[]): string | undefined {
	for (const key of keys) {
		const m = new RegExp(`(?:^|,)\\s*${key}\\s*:\\s*(["']?)([^,"'}\\s]*)\\1`).exec(body);
		if (m) return m[2];
	}
	return undefined;
}

/** The offset of the bracket closing the one at `open` (or the end of its line). */
function matching(text: string, open: number): number {
	let depth = 0;
	for (let i = open; i < text.length; i++) {
		const c = text[i];
		if (c === '{' || c === '[') depth++;
		else if (c === '}' || c === ']') {
			depth--;
			if (depth === 0) return i;
		} else if ((c === '\n' || c === '\r') && text[open] === '{') return i;
	}
	return text.length;
}
