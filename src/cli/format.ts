// SPDX-License-Identifier: Apache-2.0
import { LineIndex, type Diagnostic, type Fix, type Severity } from '../core';
import type { SkipReason } from './skipped';

/** One file's result, in the JSON shape of `--format json`. */
export interface FileReport {
	readonly file: string;
	/** Set when the file was not checked (so its `diagnostics` are empty), and why. */
	readonly skipped?: SkipReason;
	readonly diagnostics: readonly JsonDiagnostic[];
	/** With `--fix`: how many edits were written to the file. */
	readonly fixed?: number;
}

export interface JsonDiagnostic {
	readonly code: string;
	readonly severity: Severity;
	readonly message: string;
	readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
	/** The actions that repair it; `preferred` ones are what `--fix` applies. */
	readonly fixes: readonly { readonly title: string; readonly preferred: boolean }[];
}

/** Converts core diagnostics to 0-based lines and UTF-16 characters, as VS Code counts them. */
export function toFileReport(file: string, text: string, diagnostics: readonly Diagnostic[], fixesOf: (d: Diagnostic) => readonly Fix[] = () => []): FileReport {
	const lines = new LineIndex(text);
	return {
		file,
		diagnostics: diagnostics.map((d) => ({
			code: d.code,
			severity: d.severity,
			message: d.message,
			range: lines.rangeOf(d.span),
			fixes: fixesOf(d).map((f) => ({ title: f.title, preferred: f.preferred })),
		})),
	};
}

/** `path:line:col: severity code: message`, 1-based. */
export function formatText(report: FileReport): string[] {
	return report.diagnostics.map((d) => `${report.file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code}: ${d.message}`);
}
