// SPDX-License-Identifier: Apache-2.0
// Splits Kconfig text into logical lines of tokens. Kconfig is line-based: a line starts
// with a keyword, a backslash at the end joins the next line, `#` outside quotes starts a
// comment, and help text is a block of lines told apart by indentation only, so the parser
// asks for it (readHelp) instead of having it tokenised.

/** `word`: keywords, symbols, numbers and macros (`$(UK_BASE)/x`); `string`: a quoted string, unescaped; `op`: `= != < <= > >= && || ! ( )`. */
export interface Token {
	readonly kind: 'word' | 'string' | 'op';
	readonly text: string;
	readonly offset: number;
}

export interface LexProblem {
	readonly message: string;
	readonly offset: number;
}

const OPS2 = ['!=', '<=', '>=', '&&', '||'];
const OPS1 = '=<>!()';

function isSpace(c: string): boolean {
	return c === ' ' || c === '\t' || c === '\f' || c === '\v';
}

function isNewline(c: string): boolean {
	return c === '\n' || c === '\r';
}

/** A word runs until a space, a quote, an operator character or `#`; `$(…)` inside it may hold anything but a newline. */
function isWordBreak(c: string): boolean {
	return isSpace(c) || isNewline(c) || c === '"' || c === "'" || c === '#' || c === '&' || c === '|' || OPS1.includes(c);
}

export class KconfigLexer {
	pos = 0;
	tokensRead = 0;
	readonly problems: LexProblem[] = [];

	constructor(
		readonly text: string,
		private readonly maxTokens: number,
	) {}

	/** True once the token budget is spent: the rest of the file is not read. */
	get exhausted(): boolean {
		return this.tokensRead >= this.maxTokens;
	}

	/** The next logical line with at least one token, or undefined at the end. */
	nextLine(): Token[] | undefined {
		const t = this.text;
		while (this.pos < t.length && !this.exhausted) {
			const tokens: Token[] = [];
			while (this.pos < t.length) {
				const c = t[this.pos]!;
				if (isSpace(c)) {
					this.pos++;
				} else if (c === '\\' && isNewline(t[this.pos + 1] ?? '')) {
					// A continued line: skip the backslash and one line break.
					this.pos += t[this.pos + 1] === '\r' && t[this.pos + 2] === '\n' ? 3 : 2;
				} else if (isNewline(c)) {
					this.pos++;
					break;
				} else if (c === '#') {
					while (this.pos < t.length && !isNewline(t[this.pos]!)) this.pos++;
				} else {
					tokens.push(this.token());
					if (++this.tokensRead >= this.maxTokens) break;
				}
			}
			if (tokens.length > 0) return tokens;
		}
		if (this.exhausted && this.pos < t.length) {
			this.problems.push({ message: `Too many tokens: more than ${this.maxTokens}; the rest of the file is not read.`, offset: this.pos });
			this.pos = t.length;
		}
		return undefined;
	}

	private token(): Token {
		const t = this.text;
		const start = this.pos;
		const c = t[start]!;
		if (c === '"' || c === "'") return this.string(c);
		const two = t.slice(start, start + 2);
		if (OPS2.includes(two)) {
			this.pos += 2;
			return { kind: 'op', text: two, offset: start };
		}
		if (OPS1.includes(c)) {
			this.pos++;
			return { kind: 'op', text: c, offset: start };
		}
		if (c === '&' || c === '|') {
			// A lone `&` or `|` is no Kconfig operator; kept as a word so the expression parser reports it.
			this.pos++;
			return { kind: 'word', text: c, offset: start };
		}
		while (this.pos < t.length) {
			const d = t[this.pos]!;
			if (d === '$' && t[this.pos + 1] === '(') this.macro();
			else if (isWordBreak(d)) break;
			else this.pos++;
		}
		return { kind: 'word', text: t.slice(start, this.pos), offset: start };
	}

	/** `$(…)` with nested parentheses, quotes inside taken as they are (the preprocessor expands macros before strings are read). */
	private macro(): void {
		const t = this.text;
		const start = this.pos;
		let depth = 0;
		while (this.pos < t.length && !isNewline(t[this.pos]!)) {
			const d = t[this.pos]!;
			if (d === '$' && t[this.pos + 1] === '(') {
				depth++;
				this.pos += 2;
				continue;
			}
			this.pos++;
			if (d === '(') depth++;
			else if (d === ')' && --depth === 0) return;
		}
		this.problems.push({ message: 'Unclosed $( in a macro.', offset: start });
	}

	private string(quote: string): Token {
		const t = this.text;
		const start = this.pos++;
		let value = '';
		while (this.pos < t.length) {
			const d = t[this.pos]!;
			if (isNewline(d)) break;
			if (d === quote) {
				this.pos++;
				return { kind: 'string', text: value, offset: start };
			}
			if (d === '$' && t[this.pos + 1] === '(') {
				const from = this.pos;
				this.macro();
				value += t.slice(from, this.pos);
				continue;
			}
			if (d === '\\' && this.pos + 1 < t.length && !isNewline(t[this.pos + 1]!)) {
				value += t[this.pos + 1];
				this.pos += 2;
				continue;
			}
			value += d;
			this.pos++;
		}
		this.problems.push({ message: 'Unterminated string.', offset: start });
		return { kind: 'string', text: value, offset: start };
	}

	/**
	 * The help text after a `help` line: the following lines indented more than nothing,
	 * up to the first non-blank line indented less than the first line of the text.
	 * Indentation counts a tab as advancing to the next multiple of 8, as Kconfig does.
	 */
	readHelp(): { readonly text: string; readonly offset: number } {
		const t = this.text;
		const offset = this.pos;
		let indent = -1;
		const lines: string[] = [];
		while (this.pos < t.length) {
			let end = this.pos;
			while (end < t.length && !isNewline(t[end]!)) end++;
			const line = t.slice(this.pos, end);
			const next = end + (t[end] === '\r' && t[end + 1] === '\n' ? 2 : end < t.length ? 1 : 0);
			const blank = line.trim() === '';
			if (!blank) {
				const width = indentWidth(line);
				if (indent < 0) {
					if (width === 0) break;
					indent = width;
				} else if (width < indent) break;
				lines.push(stripIndent(line, indent));
			} else lines.push('');
			this.pos = next;
		}
		while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
		while (lines.length > 0 && lines[0] === '') lines.shift();
		return { text: lines.join('\n'), offset };
	}
}

function indentWidth(line: string): number {
	let w = 0;
	for (const c of line) {
		if (c === ' ') w++;
		else if (c === '\t') w = (Math.floor(w / 8) + 1) * 8;
		else break;
	}
	return w;
}

function stripIndent(line: string, indent: number): string {
	let w = 0;
	let i = 0;
	while (i < line.length && w < indent) {
		const c = line[i]!;
		if (c === ' ') w++;
		else if (c === '\t') w = (Math.floor(w / 8) + 1) * 8;
		else break;
		i++;
	}
	return line.slice(i).trimEnd();
}
