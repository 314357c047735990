// SPDX-License-Identifier: Apache-2.0
import { parseAllDocuments, type Document } from 'yaml';
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
}

/**
 * Parser options chosen to read a Kraftfile the way `kraft` (Go's YAML decoders) does:
 * duplicate keys are tolerated (the last one wins, and a rule warns about it), `<<` merge
 * keys work, and errors carry offsets instead of pretty-printed context.
 */
const OPTIONS = { prettyErrors: false, uniqueKeys: false, merge: true, strict: false, logLevel: 'silent' } as const;

/** Parses a Kraftfile's text. Never throws. */
export function parseKraftfile(text: string): KraftfileDoc {
	const docs = parseAllDocuments(text, OPTIONS);
	const list = Array.isArray(docs) ? docs : [];
	const first = list[0];
	const syntaxProblems: SyntaxProblem[] = [];
	if (first) {
		for (const e of first.errors) {
			const start = clamp(e.pos[0], text.length);
			const end = Math.max(start, clamp(e.pos[1], text.length));
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
