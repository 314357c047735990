// SPDX-License-Identifier: Apache-2.0
// Quick fixes, keyed by diagnostic code: one provider per family of codes, as the rules.
// Codes without a provider have no single clear repair: yaml-syntax, extra-document,
// invalid-document, known-issue, emulated-target, not-runnable-here.
import { analyze, type Analysis } from '../analyze';
import type { HostFacts } from '../host';
import { formatRelease } from '../release';
import type { AnalysisOptions, Diagnostic, DiagnosticCode, Span } from '../types';
import { conflictingKeyFixes } from './conflicting-keys';
import { debugFixes } from './debug';
import { duplicateFixes } from './duplicates';
import type { Fix, FixProvider, TextEdit } from './fix';
import { invalidTargetFixes } from './invalid-target';
import { nameFixes } from './names';
import { specFixes } from './spec';
import { targetSupportFixes } from './target-support';
import { eolOf } from '../text';
import { applyEdits } from './text-edits';
import { unknownKeyFixes } from './unknown-key';

export type { Fix, FixKind, TextEdit } from './fix';
export { applyEdits } from './text-edits';

/** Every fix provider. */
export const FIX_PROVIDERS: readonly FixProvider[] = [specFixes, invalidTargetFixes, nameFixes, targetSupportFixes, conflictingKeyFixes, duplicateFixes, unknownKeyFixes, debugFixes];

const byCode = new Map<DiagnosticCode, FixProvider>(FIX_PROVIDERS.flatMap((p) => p.codes.map((c): [DiagnosticCode, FixProvider] => [c, p])));

/**
 * The fixes of one diagnostic of `analysis`, best first; preferred ones are certainly
 * right. `host` (the machine `kraft` runs on) picks the architecture of a target a fix
 * adds. Edits are offsets into `analysis.k.text`. Never throws.
 */
export function fixesFor(analysis: Analysis, diagnostic: Diagnostic, host?: HostFacts): Fix[] {
	const provider = byCode.get(diagnostic.code);
	if (!provider) return [];
	try {
		const fixes = provider.fixes({ analysis, eol: eolOf(analysis.k.text), ...(host ? { host } : {}) }, diagnostic);
		return checked(analysis, diagnostic, fixes.filter((f) => f.edits.length > 0 && !overlapsWithin(f.edits)), host);
	} catch {
		// A fix that fails is not offered; the diagnostics stand on their own.
		return [];
	}
}

/**
 * The edits of every preferred fix of `analysis` at once, for `Fix all` and `--fix`. Where
 * two would touch the same text, the one covering more wins (removing a duplicate target
 * makes renaming inside it moot), and the rest is done in further passes until nothing
 * is left: applying the result and running again finds nothing to do. One pass gives the
 * fixes' own edits; more give one edit over the changed region. The result never
 * overlaps and is sorted by offset. A file with YAML syntax errors gets none.
 */
export function fixAll(analysis: Analysis, host?: HostFacts): TextEdit[] {
	const first = fixAllOnce(analysis, host);
	if (first.length === 0) return first;
	// One pass can leave work for the next (a rename and an added `spec` both at offset 0;
	// two renames that make two targets the same). Run to a fixed point, so that fix-all
	// twice is fix-all once, and hand back one edit over what changed.
	const options = optionsOf(analysis, host);
	const original = analysis.k.text;
	let text = applyEdits(original, first);
	let rounds = 1;
	for (; rounds < MAX_FIX_ALL_ROUNDS; rounds++) {
		const next = fixAllOnce(analyze(text, options), host);
		const after = next.length > 0 ? applyEdits(text, next) : text;
		if (after === text) break;
		text = after;
	}
	return rounds === 1 ? first : [changedRegion(original, text)];
}

/** How many passes fix-all makes at most before it settles for what it has. */
const MAX_FIX_ALL_ROUNDS = 10;

/** One pass: every preferred fix that does not touch the text of another (see `fixAll`). */
function fixAllOnce(analysis: Analysis, host?: HostFacts): TextEdit[] {
	// As `eslint --fix`: a file that does not parse is left alone; past the error the tree is a guess.
	if (analysis.k.syntaxProblems.length > 0) return [];
	const fixes = analysis.diagnostics.flatMap((d) => fixesFor(analysis, d, host).filter((f) => f.preferred));
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

/** The options an analysis was made with, as far as fixes need them to analyse again. */
function optionsOf(analysis: Analysis, host: HostFacts | undefined): AnalysisOptions {
	const release = analysis.release.origin === 'setting' ? { unikraftRelease: formatRelease(analysis.release.version) } : {};
	return { ...release, ...(host ? { host } : {}) };
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

/**
 * Each fix tried on the text and analysed again: one that would add an error is not
 * offered; a preferred one that would leave its diagnostic or add a warning (a rename
 * that makes two targets the same) is offered, but not preferred. What the providers
 * judge from the data, this confirms on the result.
 */
function checked(analysis: Analysis, d: Diagnostic, fixes: readonly Fix[], host: HostFacts | undefined): Fix[] {
	const options = optionsOf(analysis, host);
	const count = (ds: readonly Diagnostic[], keep: (x: Diagnostic) => boolean) => {
		const m = new Map<string, number>();
		for (const x of ds) if (keep(x)) m.set(x.code, (m.get(x.code) ?? 0) + 1);
		return m;
	};
	const more = (after: readonly Diagnostic[], severity: Diagnostic['severity']) => {
		const [a, b] = [count(after, (x) => x.severity === severity), count(analysis.diagnostics, (x) => x.severity === severity)];
		return [...a].some(([code, n]) => n > (b.get(code) ?? 0));
	};
	const same = (x: Diagnostic) => x.code === d.code && x.message === d.message;
	return fixes.flatMap((f) => {
		const after = analyze(applyEdits(analysis.k.text, f.edits), options).diagnostics;
		if (more(after, 'error')) return [];
		const repaired = f.kind !== 'quickfix' || after.filter(same).length < analysis.diagnostics.filter(same).length;
		return f.preferred && (!repaired || more(after, 'warning')) ? [{ ...f, preferred: false }] : [f];
	});
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
