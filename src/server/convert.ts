// SPDX-License-Identifier: Apache-2.0
// The one place where core data (offsets into the analysed text, plain severities) becomes
// LSP types and back. LSP positions count UTF-16 code units, like the core's offsets, and
// end lines at `\r\n`, `\n` and a lone `\r`, like the core's LineIndex.
import type { Diagnostic as LspDiagnostic, DiagnosticSeverity, Position, Range } from 'vscode-languageserver/node';
import { LineIndex, stripBom, type Diagnostic, type Severity, type Span } from '../core';

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
