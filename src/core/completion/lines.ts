// SPDX-License-Identifier: Apache-2.0
// Where the cursor is, read from the lines of the text and their indentation. Completion
// runs on half-typed YAML (`- qe`, `platform:` with no value, a key without its colon),
// where the parse tree is the parser's guess; block structure by indentation is not.
import { lineStarts } from '../text';

/** One line: offsets of its first character and of its end (before `\r\n`, `\n` or `\r`). */
export interface Line {
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

/** What a line of block YAML starts with. Columns are UTF-16 units from the line start. */
export interface LineShape {
	readonly blank: boolean;
	/** Only a comment. */
	readonly comment: boolean;
	readonly indent: number;
	/** The column of a `-` item marker, if the line starts a list item. */
	readonly dash?: number;
	/** Where the content starts: after the marker and its spaces, else the indentation. */
	readonly content: number;
	/** A `key:` at the content column. */
	readonly key?: { readonly name: string; readonly start: number; readonly end: number; readonly colon: number };
	/** The text after `key:`, without a comment, trimmed; `''` for no value. */
	readonly value?: string;
}

/** A block that contains a line: a `key:` with no value on its line, or a list item. */
export type Ancestor =
	| { readonly kind: 'key'; readonly name: string; readonly col: number; readonly line: number }
	| { readonly kind: 'item'; readonly col: number; readonly content: number; readonly line: number };

/** The lines of `text`, ending as VS Code ends them (`\r\n`, `\n`, or a lone `\r`). */
export function splitLines(text: string): Line[] {
	const starts = lineStarts(text);
	return starts.map((start, k) => {
		const next = starts[k + 1];
		// A line ends before its break: two characters for `\r\n`, one otherwise.
		const end = next === undefined ? text.length : next - (text.startsWith('\r\n', next - 2) ? 2 : 1);
		return { start, end, text: text.slice(start, end) };
	});
}

/** The index of the line holding `offset`. */
export function lineIndexAt(lines: readonly Line[], offset: number): number {
	let lo = 0;
	let hi = lines.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (lines[mid]!.start <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}


const KEY = /^((?:"[^"]*"|'[^']*'|[^\s#:{}[\],"'&*!|>%@`-][^:#]*?|-[^\s:#][^:#]*?))[ \t]*:(?=[ \t]|$)/;

export function shapeOf(text: string): LineShape {
	const indent = text.length - text.replace(/^ +/, '').length;
	const rest = text.slice(indent);
	if (rest.trim() === '') return { blank: true, comment: false, indent, content: indent };
	if (rest.startsWith('#')) return { blank: false, comment: true, indent, content: indent };
	const marker = /^-(?: +|$)/.exec(rest);
	const dash = marker ? indent : undefined;
	const content = marker ? indent + Math.max(2, marker[0].length) : indent;
	const body = text.slice(Math.min(content, text.length));
	const m = KEY.exec(body);
	if (!m) return { blank: false, comment: false, indent, ...(dash !== undefined ? { dash } : {}), content };
	const name = m[1]!.replace(/^(["'])(.*)\1$/, '$2');
	const colon = content + m[0].length - 1;
	const value = stripComment(text.slice(colon + 1)).trim();
	return { blank: false, comment: false, indent, ...(dash !== undefined ? { dash } : {}), content, key: { name, start: content, end: content + m[1]!.length, colon }, value };
}

/**
 * The blocks around a node at column `col` of line `index`, nearest first. `isItem`: the
 * node is a list item, which may sit at the column of its key (`targets:` / `- qemu/x86_64`).
 */
export function ancestors(lines: readonly Line[], index: number, col: number, isItem: boolean): Ancestor[] {
	const out: Ancestor[] = [];
	let limit = col;
	let item = isItem;
	// A key at column 0 can still hold an item at column 0; nothing else is left of column 0.
	for (let i = index - 1; i >= 0 && (limit > 0 || item); i--) {
		const text = lines[i]!.text;
		if (/^(---|\.\.\.)(\s|$)/.test(text)) break;
		const s = shapeOf(text);
		if (s.blank || s.comment) continue;
		if (s.dash !== undefined) {
			if (s.dash >= limit) continue;
			if (s.key && s.value === '' && s.content < limit) out.push({ kind: 'key', name: s.key.name, col: s.content, line: i });
			out.push({ kind: 'item', col: s.dash, content: s.content, line: i });
			limit = s.dash;
			item = true;
			continue;
		}
		if (s.key && (s.indent < limit || (s.indent === limit && item && s.value === ''))) {
			out.push({ kind: 'key', name: s.key.name, col: s.indent, line: i });
			limit = s.indent;
			item = false;
		} else if (item && s.indent === limit) {
			// A sibling that is not an item (`name: app` after the list): the list has ended.
			break;
		}
	}
	return out;
}

/** The keys of the map that starts at an item's line (`- key: …` and the lines below at its content column). */
export function itemKeys(lines: readonly Line[], itemLine: number, skip: number): Map<string, { line: number; value: string }> {
	const first = shapeOf(lines[itemLine]!.text);
	const keys = new Map<string, { line: number; value: string }>();
	if (first.key && itemLine !== skip) keys.set(first.key.name, { line: itemLine, value: first.value ?? '' });
	for (let i = itemLine + 1; i < lines.length; i++) {
		const s = shapeOf(lines[i]!.text);
		if (s.blank || s.comment) continue;
		if (s.indent <= (first.dash ?? first.indent)) break;
		if (s.indent === first.content && s.dash === undefined && s.key && i !== skip) keys.set(s.key.name, { line: i, value: s.value ?? '' });
	}
	return keys;
}

/** Text before an unquoted ` #` comment. */
export function stripComment(text: string): string {
	let quote = '';
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quote) {
			if (c === quote) quote = '';
		} else if ((c === '"' || c === "'") && (i === 0 || ' \t[{,:'.includes(text[i - 1]!))) {
			quote = c;
		} else if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) {
			return text.slice(0, i);
		}
	}
	return text;
}
