// SPDX-License-Identifier: Apache-2.0
import { lineStartAt } from '../text';
import type { Span } from '../types';
import type { TextEdit } from './fix';

/**
 * Applies edits to `text`. The edits are offsets into `text` itself and must not overlap
 * (two insertions at one offset are applied in the order given). Never throws: an edit
 * out of range is clamped.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
	const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.span.start - a.e.span.start || b.i - a.i);
	let out = text;
	for (const { e } of sorted) {
		const start = Math.max(0, Math.min(e.span.start, out.length));
		const end = Math.max(start, Math.min(e.span.end, out.length));
		out = out.slice(0, start) + e.newText + out.slice(end);
	}
	return out;
}

export { lineStartAt };

/** The offset just past the line break that ends the line holding `offset` (or the text's end). */
export function nextLineStart(text: string, offset: number): number {
	let i = offset;
	while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
	if (text.startsWith('\r\n', i)) return i + 2;
	return i < text.length ? i + 1 : i;
}

/** The offset of the last non-blank character before `offset`, plus one. */
export function trimEnd(text: string, offset: number): number {
	let i = offset;
	while (i > 0 && /\s/.test(text[i - 1]!)) i--;
	return i;
}

/** The indentation (spaces) of the line holding `offset`, up to `offset`. */
export function columnOf(text: string, offset: number): number {
	return offset - lineStartAt(text, offset);
}

/**
 * The whole lines from the one holding `from` to the one holding `to`, with the line
 * break after them. At the end of a file without a final line break, the break before
 * them goes instead, so that the file still ends as it did.
 */
export function wholeLines(text: string, from: number, to: number): Span {
	const start = lineStartAt(text, from);
	const end = nextLineStart(text, to);
	const endsWithBreak = end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r');
	if (endsWithBreak || start === 0) return { start, end };
	const before = text.startsWith('\r\n', start - 2) ? start - 2 : start - 1;
	return { start: before, end };
}

/**
 * An edit that writes `value` in place of the scalar written at `span`, keeping its
 * quotes: `'0.5'` → `'v0.6'`. Only for values that need no escaping in that style.
 */
export function replaceScalar(text: string, span: Span, value: string): TextEdit {
	const q = text[span.start];
	if ((q === "'" || q === '"') && span.end - span.start >= 2 && text[span.end - 1] === q && !value.includes(q) && !value.includes('\\')) {
		return { span: { start: span.start + 1, end: span.end - 1 }, newText: value };
	}
	return { span, newText: value };
}
