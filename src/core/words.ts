// SPDX-License-Identifier: Apache-2.0
// How names are written in diagnostic messages and hovers alike: each in backticks, and
// a list of them joined the English way, with "or" for alternatives and "and" for all of
// them. One home, so that a rule and the hover on the same word say it the same way.

/** Inline code that survives any content (backticks inside are fenced with longer runs). */
export function code(text: string): string {
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
