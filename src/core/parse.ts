// SPDX-License-Identifier: Apache-2.0
import { Composer, Parser, type Document } from 'yaml';
import { LIMITS, nestingDepth } from './limits';
import type { Span } from './types';

/** A YAML problem found while parsing, with the offsets where the parser stopped. */
export interface SyntaxProblem {
	readonly message: string;
	readonly span: Span;
	/** The `yaml` library's error code (`BAD_INDENT`, `TAB_AS_INDENT`, …). */
	readonly yamlCode: string;
}

/**
 * A parsed Kraftfile: the text, its first YAML document (the one `kraft` reads) and the
 * problems the parser found. Everything else in the core works from this, so a document
 * is parsed once per version.
 */
export interface KraftfileDoc {
	readonly text: string;
	/** The first document; `undefined` for a file with no YAML content (empty, or only comments). */
	readonly doc: Document.Parsed | undefined;
	readonly syntaxProblems: readonly SyntaxProblem[];
	/** Spans of documents after the first (from their `---`), which `kraft` never reads. */
	readonly extraDocuments: readonly Span[];
	/**
	 * Set when the YAML nests deeper than `LIMITS.maxDepth`: the depth (infinite when it is
	 * too deep to parse at all). Nothing is composed then (`doc` is `undefined`), since
	 * composing recurses once per level.
	 */
	readonly tooDeep?: number;
}

/**
 * Parser options chosen to read a Kraftfile the way `kraft` (Go's YAML decoders) does:
 * duplicate keys are tolerated (the last one wins, and a rule warns about it), `<<` merge
 * keys work, and errors carry offsets instead of pretty-printed context. Exported for the
 * benchmark, whose floor parses exactly this way.
 */
export const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, merge: true, strict: false, logLevel: 'silent' } as const;

/** Parses a Kraftfile's text. Never throws. */
export function parseKraftfile(text: string): KraftfileDoc {
	// What `parseAllDocuments` does, with the nesting measured between the parse and the
	// (recursive) compose: deep enough, the composer's stack overflow can abort the process
	// instead of throwing. The parse recurses too, once per level a line closes (`- - - …`
	// thousands deep, then a key): there the stack overflow is a plain `RangeError`.
	// The `yaml` lexer breaks lines only at `\n` (so `\r\n` works), but a lone `\r` (old Mac
	// line endings) ends a line too, for YAML and for editors: parse a copy with each lone
	// `\r` made `\n`. Same length, so every offset holds for `text`, which is kept as it is.
	const source = text.replace(/\r(?!\n)/g, '\n');
	let tokens;
	try {
		tokens = Array.from(new Parser().parse(source));
	} catch {
		return { text, doc: undefined, syntaxProblems: [], extraDocuments: [], tooDeep: Number.POSITIVE_INFINITY };
	}
	const depth = nestingDepth(tokens);
	if (depth > LIMITS.maxDepth) return { text, doc: undefined, syntaxProblems: [], extraDocuments: [], tooDeep: depth };
	const list = Array.from(new Composer(PARSE_OPTIONS).compose(tokens));
	const first = list[0];
	const syntaxProblems: SyntaxProblem[] = [];
	if (first) {
		for (const e of first.errors) {
			// The parser's one-character ranges can end inside an emoji: widen them to whole characters.
			const start = offPair(text, clamp(e.pos[0], text.length), -1);
			const end = offPair(text, Math.max(start, clamp(e.pos[1], text.length)), 1);
			syntaxProblems.push({ message: e.message, span: { start, end }, yamlCode: e.code });
		}
	}
	const extraDocuments = list.slice(1).map((d) => {
		const start = clamp(d.range[0], text.length);
		// A document's own range starts after its `---` marker; point at the marker.
		const marker = text.lastIndexOf('---', start);
		return { start: marker >= 0 && start - marker <= 4 ? marker : start, end: clamp(d.range[2], text.length) };
	});
	return { text, doc: first, syntaxProblems, extraDocuments };
}

function clamp(n: number, max: number): number {
	return Math.max(0, Math.min(n, max));
}

/** `offset`, or the one `step` away when `offset` falls between the two halves of a surrogate pair. */
function offPair(text: string, offset: number, step: -1 | 1): number {
	const high = text.charCodeAt(offset - 1);
	const low = text.charCodeAt(offset);
	return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? offset + step : offset;
}
