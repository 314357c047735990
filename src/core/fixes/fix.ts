// SPDX-License-Identifier: Apache-2.0
import type { Analysis } from '../analyze';
import type { HostFacts } from '../host';
import type { Diagnostic, DiagnosticCode, Span } from '../types';

/** Replace the text under `span` (offsets into the analysed text) with `newText`. */
export interface TextEdit {
	readonly span: Span;
	readonly newText: string;
}

/** A quick fix for `d`: the shape every provider returns for a repair. */
export function quickFix(d: Diagnostic, title: string, preferred: boolean, edits: readonly TextEdit[]): Fix {
	return { title, kind: 'quickfix', preferred, edits, diagnosticCode: d.code };
}

/** `quickfix`: repairs a diagnostic; `refactor`: changes a correct file another way. */
export type FixKind = 'quickfix' | 'refactor';

/** One action the user can pick: plain data, applied by the adapter (or `applyEdits`). */
export interface Fix {
	/** What the action does, as a menu entry, e.g. Change to `qemu`. */
	readonly title: string;
	readonly kind: FixKind;
	/**
	 * True when the fix is certainly what was meant and changes nothing else: the editor's
	 * `Auto Fix`, `source.fixAll.kraftfile` and the CLI's `--fix` apply only these.
	 */
	readonly preferred: boolean;
	/** Non-overlapping edits, all against the same analysed text. */
	readonly edits: readonly TextEdit[];
	/** The code of the diagnostic it repairs. */
	readonly diagnosticCode?: DiagnosticCode;
}

/** What a fix provider gets: the analysis, the host when known, and the file's line ending. */
export interface FixContext {
	readonly analysis: Analysis;
	readonly host?: HostFacts;
	/** The file's line ending (`\r\n` or `\n`), for every line a fix writes. */
	readonly eol: string;
}

/** The fixes of the diagnostic codes it names, one provider per rule, in a file named as the rule's. */
export interface FixProvider {
	readonly codes: readonly DiagnosticCode[];
	fixes(ctx: FixContext, diagnostic: Diagnostic): Fix[];
}

