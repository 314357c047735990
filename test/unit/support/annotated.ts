// SPDX-License-Identifier: Apache-2.0
// Annotated fixtures: a YAML comment line made of spaces, `#`, spaces and carets marks
// the columns of the line above it that a diagnostic must cover, followed by its
// severity and code:
//
//   targets:
//     - qemu/arm
//   #   ^^^^^^^^ error unsupported-target
//
// Annotation lines are removed before the text is analysed, so they need not be YAML:
// carets without the `#` (`^^^ error code`) mark columns from the first one. A tilde
// instead of carets asserts an empty range at that column.
import { LineIndex, type Diagnostic } from '../../../src/core';

export interface Expected {
	readonly line: number;
	readonly start: number;
	readonly end: number;
	readonly severity: string;
	readonly code: string;
}

const ANNOTATION = /^(\s*)(#\s*)?(\^+|~)\s+(error|warning|information|hint)\s+([a-z0-9-]+)\s*$/;

/** Splits a fixture into the text to analyse and the diagnostics it must produce. */
export function parseAnnotated(source: string): { text: string; expected: Expected[] } {
	const eol = source.includes('\r\n') ? '\r\n' : '\n';
	const lines = source.split(/\r?\n/);
	const kept: string[] = [];
	const expected: Expected[] = [];
	for (const line of lines) {
		const m = ANNOTATION.exec(line);
		if (m && kept.length > 0) {
			const col = m[1]!.length + (m[2] ?? '').length;
			const width = m[3] === '~' ? 0 : m[3]!.length;
			expected.push({ line: kept.length - 1, start: col, end: col + width, severity: m[4]!, code: m[5]! });
		} else {
			kept.push(line);
		}
	}
	return { text: kept.join(eol), expected };
}

/** Renders diagnostics in the annotation's terms, for readable assertion failures. */
export function describe(text: string, diagnostics: readonly Diagnostic[]): string[] {
	const idx = new LineIndex(text);
	return diagnostics
		.map((d) => {
			const s = idx.positionAt(d.span.start);
			const e = idx.positionAt(d.span.end);
			const end = e.line === s.line ? e.character : Number.POSITIVE_INFINITY;
			return `${s.line}:${s.character}-${end} ${d.severity} ${d.code}`;
		})
		.sort();
}

export function describeExpected(expected: readonly Expected[]): string[] {
	return expected.map((x) => `${x.line}:${x.start}-${x.end} ${x.severity} ${x.code}`).sort();
}
