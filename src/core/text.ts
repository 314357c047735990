// SPDX-License-Identifier: Apache-2.0
import type { Span } from './types';

/** Line and character, both 0-based, characters in UTF-16 code units (VS Code's `Position`). */
export interface LineCharacter {
	readonly line: number;
	readonly character: number;
}

/**
 * Maps offsets to lines the way VS Code does: `\r\n`, `\n` and a lone `\r` each end a line.
 * Used by the CLI and by tests; the editor converts with `TextDocument.positionAt`.
 */
export class LineIndex {
	private readonly starts: readonly number[];

	constructor(private readonly text: string) {
		this.starts = lineStarts(text);
	}

	/** Offset of the first character of `line` (clamped). */
	lineStart(line: number): number {
		return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))] ?? 0;
	}

	/** The position of `offset`, clamped into the text. */
	positionAt(offset: number): LineCharacter {
		const o = Math.max(0, Math.min(offset, this.text.length));
		let lo = 0;
		let hi = this.starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if ((this.starts[mid] ?? 0) <= o) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo, character: o - (this.starts[lo] ?? 0) };
	}

	/** The offset of a position (clamped to its line). */
	offsetAt(pos: LineCharacter): number {
		const start = this.lineStart(pos.line);
		const next = pos.line + 1 < this.starts.length ? (this.starts[pos.line + 1] ?? this.text.length) : this.text.length;
		let lineEnd = next;
		while (lineEnd > start && (this.text.charCodeAt(lineEnd - 1) === 10 || this.text.charCodeAt(lineEnd - 1) === 13)) lineEnd--;
		return Math.min(start + Math.max(0, pos.character), lineEnd);
	}

	rangeOf(span: Span): { start: LineCharacter; end: LineCharacter } {
		return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
	}
}

/**
 * The offset of the first character of every line, the first being 0. Lines end as in
 * VS Code: `\r\n`, `\n` and a lone `\r` each end one. The one place that says where lines
 * start (LineIndex, the completion's lines, `lineStartAt`).
 */
export function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 13 /* \r */) {
			if (text.charCodeAt(i + 1) === 10) i++;
			starts.push(i + 1);
		} else if (c === 10 /* \n */) {
			starts.push(i + 1);
		}
	}
	return starts;
}

/** The offset where the line holding `offset` starts (same line ends as `lineStarts`). */
export function lineStartAt(text: string, offset: number): number {
	let i = offset;
	while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
	return i;
}

/** The part of `span` on its first line: multi-line ranges are hard to read as squiggles. */
export function firstLine(text: string, span: Span): Span {
	let end = span.start;
	while (end < span.end && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
	return { start: span.start, end: Math.max(end, span.start) };
}

/** The line ending a file uses: that of its first line break, `\n` for a file without one. */
export function eolOf(text: string): string {
	const m = /\r\n|\n|\r/.exec(text);
	return m ? m[0] : '\n';
}

/** Strips a leading byte order mark. Editors do not count it as a character; neither does the CLI. */
export function stripBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
