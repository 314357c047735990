// SPDX-License-Identifier: Apache-2.0
// How names are written in diagnostic messages and hovers alike: each in backticks, and
// a list of them joined the English way, with "or" for alternatives and "and" for all of
// them. One home, so that a rule and the hover on the same word say it the same way.
// A character that shows as nothing is written as its code point (`x86_64⟨U+200B⟩`), so
// that a name with one never reads exactly like the name without.
import { INVISIBLE_CHARACTERS, isInvisible } from '../data/invisible-characters';

/** Inline code that survives any content (backticks inside are fenced with longer runs); invisible characters shown by `visibleText`. */
export function code(raw: string): string {
	const text = visibleText(raw);
	const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
	const fence = '`'.repeat(longest + 1);
	const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
	return `${fence}${pad}${text}${pad}${fence}`;
}

/** Alternatives in backticks: `a`, `a or b`, `a, b or c`. */
export function orList(names: readonly string[]): string {
	return list(names, 'or');
}

/** All of the names in backticks: `a`, `a and b`, `a, b and c`. */
export function andList(names: readonly string[]): string {
	return list(names, 'and');
}

function list(names: readonly string[], last: 'or' | 'and'): string {
	const quoted = names.map(code);
	if (quoted.length <= 1) return quoted.join('');
	return `${quoted.slice(0, -1).join(', ')} ${last} ${quoted[quoted.length - 1]}`;
}

/** The first characters of `text` a person cannot see, once each, in the order written. */
function invisibles(text: string): number[] {
	const out: number[] = [];
	for (const ch of text) {
		const cp = ch.codePointAt(0)!;
		if (isInvisible(cp) && !out.includes(cp)) out.push(cp);
	}
	return out;
}

/** `U+200B`: a code point as Unicode writes it. */
function codePoint(cp: number): string {
	return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `text` with each invisible character written as `⟨U+200B⟩`; `text` itself when it has none. */
export function visibleText(text: string): string {
	// The common case, a plain ASCII name, costs one test.
	if (!/[^\x20-\x7e]/.test(text)) return text;
	let out = '';
	for (const ch of text) {
		const cp = ch.codePointAt(0)!;
		out += isInvisible(cp) ? `⟨${codePoint(cp)}⟩` : ch;
	}
	return out;
}

/**
 * The invisible characters of `text` named, as a clause: `U+200B ZERO WIDTH SPACE`, or
 * `U+200B ZERO WIDTH SPACE and U+00A0 NO-BREAK SPACE`; `undefined` when it has none.
 */
export function invisibleNames(text: string): string | undefined {
	if (!/[^\x20-\x7e]/.test(text)) return undefined;
	const names = invisibles(text).map((cp) => {
		const name = INVISIBLE_CHARACTERS.get(cp);
		return name ? `${codePoint(cp)} ${name}` : `${codePoint(cp)} (a control character)`;
	});
	if (names.length === 0) return undefined;
	return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The sentence a message adds about a name with invisible characters in it; `''` when it has none. */
export function invisibleNote(text: string): string {
	const names = invisibleNames(text);
	if (!names) return '';
	const n = invisibles(text).length;
	return ` It holds ${n === 1 ? 'a character that does not show' : 'characters that do not show'}: ${names}.`;
}
