// SPDX-License-Identifier: Apache-2.0
// The one place where core data (offsets into the analysed text, plain severities) becomes
// LSP types and back. LSP positions count UTF-16 code units, like the core's offsets, and
// end lines at `\r\n`, `\n` and a lone `\r`, like the core's LineIndex.
import type { DocumentSymbol, Diagnostic as LspDiagnostic, DiagnosticSeverity, Position, Range, SymbolInformation, SymbolKind } from 'vscode-languageserver/node';
import { LineIndex, stripBom, type Diagnostic, type OutlineKind, type OutlineSymbol, type Severity, type Span } from '../core';

export const DIAGNOSTIC_SOURCE = 'kraftfile';

/**
 * Offsets ↔ positions for one version of a document. The core analyses the text without
 * a byte order mark (as the editor and the CLI see it); a client that sends one still
 * counts it as a character of the first line, so positions are shifted by it.
 */
export class Positions {
	/** The text the core analyses. */
	readonly text: string;
	private readonly bom: number;
	private readonly index: LineIndex;

	constructor(raw: string) {
		this.text = stripBom(raw);
		this.bom = raw.length - this.text.length;
		this.index = new LineIndex(raw);
	}

	position(offset: number): Position {
		return this.index.positionAt(offset + this.bom);
	}

	range(span: Span): Range {
		return { start: this.position(span.start), end: this.position(span.end) };
	}

	/** The core offset of `p`, clamped into its line and the text. */
	offset(p: Position): number {
		return Math.max(0, this.index.offsetAt(p) - this.bom);
	}
}

/** LSP DiagnosticSeverity values (the protocol's numbers, so this file needs no runtime import). */
const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, information: 3, hint: 4 };

export function toSeverity(s: Severity): DiagnosticSeverity {
	return SEVERITY[s];
}

/** Where each code is documented: the README's table (`<a id="code">`), shipped beside the server. */
export function codeDocs(readme: string, code: string): string {
	return `${readme}#${code}`;
}

export function toDiagnostic(at: Positions, d: Diagnostic, readme: string | undefined): LspDiagnostic {
	return {
		range: at.range(d.span),
		severity: toSeverity(d.severity),
		code: d.code,
		...(readme ? { codeDescription: { href: codeDocs(readme, d.code) } } : {}),
		source: DIAGNOSTIC_SOURCE,
		message: d.message,
	};
}

export function sameRange(a: Range, b: Range): boolean {
	return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Whether two ranges overlap or touch (a cursor at either end of a span counts). */
export function touches(a: Range, b: Range): boolean {
	return !before(a.end, b.start) && !before(b.end, a.start);
}

function before(p: Position, q: Position): boolean {
	return p.line < q.line || (p.line === q.line && p.character < q.character);
}

/** LSP SymbolKind values for each kind of outline symbol (the protocol's numbers). */
const SYMBOL_KINDS: Record<OutlineKind, SymbolKind> = {
	section: 3, // Namespace
	key: 7, // Property
	target: 23, // Struct
	library: 4, // Package
	volume: 1, // File
	kconfig: 2, // Module
	option: 14, // Constant
	variable: 13, // Variable
	label: 20, // Key
	item: 15, // String
};

export function toDocumentSymbol(at: Positions, s: OutlineSymbol): DocumentSymbol {
	return {
		name: s.name,
		...(s.detail ? { detail: s.detail } : {}),
		kind: SYMBOL_KINDS[s.kind],
		range: at.range(s.span),
		selectionRange: at.range(s.selection),
		children: s.children.map((c) => toDocumentSymbol(at, c)),
	};
}

/** The flat form, for a client without hierarchical symbols: each symbol with the name of the one it is in. */
export function toSymbolInformation(at: Positions, uri: string, symbols: readonly OutlineSymbol[], container?: string): SymbolInformation[] {
	return symbols.flatMap((s) => [
		{ name: s.name, kind: SYMBOL_KINDS[s.kind], location: { uri, range: at.range(s.span) }, ...(container !== undefined ? { containerName: container } : {}) },
		...toSymbolInformation(at, uri, s.children, s.name),
	]);
}
