// SPDX-License-Identifier: Apache-2.0
// Quick fixes, keyed by diagnostic code: one provider per rule, in the file of the same
// name as the rule's (rules/X.ts ↔ fixes/X.ts; test/unit/fix-pairing.test.ts checks it).
// Codes without a provider have no single clear repair: yaml-syntax, extra-document,
// invalid-document, known-issue, emulated-target, not-runnable-here.
import { analyze, type Analysis } from '../analyze';
import type { Diagnostic, DiagnosticCode, Span } from '../types';
import { architectureNameFixes } from './architecture-name';
import { conflictingKeyFixes } from './conflicting-keys';
import { debugBuildFixes } from './debug-build';
import { duplicateKeyFixes } from './duplicate-key';
import { duplicateTargetFixes } from './duplicate-target';
import type { Fix, FixProvider, TextEdit } from './fix';
import { invalidTargetFixes } from './invalid-target';
import { kconfigOptionFixes } from './kconfig-options';
import { linuxuDebugOnlyFixes } from './linuxu-debug-only';
import { platformNameFixes } from './platform-name';
import { specFixes } from './spec';
import { targetSupportFixes } from './target-support';
import { eolOf } from '../text';
import { applyEdits } from './text-edits';
import { unknownKeyFixes } from './unknown-key';

export type { Fix, FixKind, TextEdit } from './fix';
export { applyEdits } from './text-edits';

/** Every fix provider. */
export const FIX_PROVIDERS: readonly FixProvider[] = [
	specFixes,
	invalidTargetFixes,
	platformNameFixes,
	architectureNameFixes,
	targetSupportFixes,
	conflictingKeyFixes,
	duplicateTargetFixes,
	duplicateKeyFixes,
	unknownKeyFixes,
	debugBuildFixes,
	linuxuDebugOnlyFixes,
	kconfigOptionFixes,
];

const byCode = new Map<DiagnosticCode, FixProvider>(FIX_PROVIDERS.flatMap((p) => p.codes.map((c): [DiagnosticCode, FixProvider] => [c, p])));

/** A fix provider that threw instead of answering: a bug, for the adapter to log (as `Analysis.failures`). */
export interface FixFailure {
	/** The code of the diagnostic whose fixes failed. */
	readonly code: DiagnosticCode;
	readonly error: unknown;
}

/** The fixes of one diagnostic, and the providers that failed on the way (left out, never thrown). */
export interface FixResult {
	readonly fixes: Fix[];
	readonly failures?: readonly FixFailure[];
}

/**
 * The fixes of one diagnostic of `analysis`, best first; preferred ones are certainly
 * right. Each provider judges its fixes from what the rule found (`diagnostic.data`) and
 * the model: none adds an error, and a preferred quick fix removes its diagnostic and adds
 * no warning (test/unit/fixes-contract.test.ts applies every one to prove it). The host in
 * `analysis.options` picks the architecture of a target a fix adds. Edits are offsets into
 * `analysis.parsed.text`. Never throws: a provider that fails is reported in `failures`.
 */
export function fixesFor(analysis: Analysis, diagnostic: Diagnostic): FixResult {
	const provider = byCode.get(diagnostic.code);
	if (!provider) return { fixes: [] };
	try {
		const host = analysis.options.host;
		const fixes = provider.fixes({ analysis, eol: eolOf(analysis.parsed.text), ...(host ? { host } : {}) }, diagnostic);
		return { fixes: fixes.filter((f) => f.edits.length > 0 && !overlapsWithin(f.edits)) };
	} catch (error) {
		// A fix that fails is not offered; the diagnostics stand on their own.
		return { fixes: [], failures: [{ code: diagnostic.code, error }] };
	}
}

/** The edits of fix-all, and the providers that failed on the way. */
export interface FixAllResult {
	readonly edits: TextEdit[];
	readonly failures?: readonly FixFailure[];
}

/**
 * The edits of every preferred fix of `analysis` at once, for `Fix all` and `--fix`. Where
 * two would touch the same text, the one covering more wins (removing a duplicate target
 * makes renaming inside it moot), and the rest is done in further passes until nothing
 * is left: applying the result and running again finds nothing to do. One pass gives the
 * fixes' own edits; more give one edit over the changed region. The result never
 * overlaps and is sorted by offset. A file with YAML syntax errors gets none.
 */
export function fixAll(analysis: Analysis): FixAllResult {
	const failures: FixFailure[] = [];
	const done = (edits: TextEdit[]): FixAllResult => (failures.length ? { edits, failures } : { edits });
	const first = fixAllOnce(analysis, failures);
	if (first.length === 0) return done(first);
	// One pass can leave work for the next (a rename and an added `spec` both at offset 0;
	// two renames that make two targets the same). Run to a fixed point, so that fix-all
	// twice is fix-all once, and hand back one edit over what changed.
	const original = analysis.parsed.text;
	let text = applyEdits(original, first);
	let rounds = 1;
	for (; rounds < MAX_FIX_ALL_ROUNDS; rounds++) {
		const next = fixAllOnce(analyze(text, analysis.options), failures);
		const after = next.length > 0 ? applyEdits(text, next) : text;
		if (after === text) break;
		text = after;
	}
	return done(rounds === 1 ? first : [changedRegion(original, text)]);
}

/** How many passes fix-all makes at most before it settles for what it has. */
const MAX_FIX_ALL_ROUNDS = 10;

/** One pass: every preferred fix that does not touch the text of another (see `fixAll`). */
function fixAllOnce(analysis: Analysis, failures: FixFailure[]): TextEdit[] {
	// As `eslint --fix`: a file that does not parse is left alone; past the error the tree is a guess.
	if (analysis.parsed.syntaxProblems.length > 0) return [];
	const fixes = analysis.diagnostics.flatMap((d) => {
		const r = fixesFor(analysis, d);
		if (r.failures) failures.push(...r.failures);
		return r.fixes.filter((f) => f.preferred);
	});
	fixes.sort((a, b) => extent(b) - extent(a) || first(a) - first(b));
	const accepted: TextEdit[] = [];
	const seen = new Set<string>();
	for (const f of fixes) {
		const key = JSON.stringify(f.edits);
		if (seen.has(key)) continue;
		if (f.edits.some((e) => accepted.some((a) => conflict(a.span, e.span)))) continue;
		seen.add(key);
		accepted.push(...f.edits);
	}
	return accepted.sort((a, b) => a.span.start - b.span.start);
}

/** One edit that turns `before` into `after`: the part between their common prefix and suffix. */
function changedRegion(before: string, after: string): TextEdit {
	let start = 0;
	while (start < before.length && start < after.length && before.charCodeAt(start) === after.charCodeAt(start)) start++;
	let end = 0;
	while (end < before.length - start && end < after.length - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
	// Never split a surrogate pair or a CRLF at either end.
	while (start > 0 && (isLowSurrogate(before.charCodeAt(start)) || (before[start - 1] === '\r' && before[start] === '\n'))) start--;
	while (end > 0 && (isLowSurrogate(before.charCodeAt(before.length - end)) || (before[before.length - end - 1] === '\r' && before[before.length - end] === '\n'))) end--;
	return { span: { start, end: before.length - end }, newText: after.slice(start, after.length - end) };
}

function isLowSurrogate(c: number): boolean {
	return c >= 0xdc00 && c <= 0xdfff;
}

function conflict(a: Span, b: Span): boolean {
	if (a.start === b.start) return true;
	if (Math.max(a.start, b.start) < Math.min(a.end, b.end)) return true;
	// An insertion strictly inside the other range.
	return (a.start === a.end && b.start < a.start && a.start < b.end) || (b.start === b.end && a.start < b.start && b.start < a.end);
}

function overlapsWithin(edits: readonly TextEdit[]): boolean {
	return edits.some((a, i) => edits.some((b, j) => i < j && conflict(a.span, b.span)));
}

function extent(f: Fix): number {
	return Math.max(...f.edits.map((e) => e.span.end)) - first(f);
}

function first(f: Fix): number {
	return Math.min(...f.edits.map((e) => e.span.start));
}
