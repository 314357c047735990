// SPDX-License-Identifier: Apache-2.0
// The properties every text must satisfy, whatever it is: the analysis does not throw and
// no rule fails; every range lies inside the text and splits no surrogate pair; the same
// text gives the same result; hover and completion at any offset do not throw and point
// at the cursor; the outline's symbols are well formed; every fix keeps the YAML parsing and adds no error; fix-all is idempotent.
// `checkText` returns what it found instead of throwing, so a run can go on and shrink.
import { analyze, applyEdits, completionsAt, documentLinks, documentSymbols, fixAll, fixesFor, hoverAt, type Analysis, type OutlineSymbol, type AnalysisOptions, type Diagnostic, type Span, type TextEdit } from '../../../src/core';
import type { HostFacts } from '../../../src/core/host';

export interface Violation {
	readonly property: string;
	readonly detail: string;
}

export interface CheckOptions {
	readonly analysis?: AnalysisOptions;
	/** Where hover and completion are asked: at every offset, or at this many spread over the text. */
	readonly offsets: 'all' | number;
	/** Also apply every fix and fix-all. */
	readonly fixes: boolean;
	/**
	 * `idempotent` (the default): fix-all a second time changes nothing. `converges`: it
	 * stops changing within three passes, each one keeping the YAML and adding no error.
	 */
	readonly fixAll?: 'idempotent' | 'converges';
}

/** How much was checked, summed over calls. */
export class Counts {
	texts = 0;
	analyses = 0;
	diagnostics = 0;
	hovers = 0;
	completions = 0;
	fixes = 0;
	fixAlls = 0;
}

/** Checks every property on `text`; an empty list means it passed. */
export function checkText(text: string, opts: CheckOptions, counts = new Counts()): Violation[] {
	const found: Violation[] = [];
	const fail = (property: string, detail: string) => found.push({ property, detail });
	counts.texts++;
	const options = opts.analysis ?? {};
	const a = safeAnalyze(text, options, counts, fail);
	if (!a) return found;
	for (const f of a.failures ?? []) fail('rule-failed', `${f.codes.join(',') || 'analysis'}: ${String((f.error as Error)?.stack ?? f.error).split('\n').slice(0, 3).join(' | ')}`);
	counts.diagnostics += a.diagnostics.length;
	for (const d of a.diagnostics) {
		checkSpan(text, d.span, `${d.code} diagnostic`, fail);
		for (const s of d.suggestions ?? []) checkSpan(text, s.span, `${d.code} suggestion`, fail);
	}
	if (a.ignored && (a.diagnostics.length > 1 || hoverAt(a, 0) || completionsAt(a, text.length).length)) fail('ignored-gets-nothing-else', `${a.ignored}: ${a.diagnostics.length} diagnostics, or a hover or completion`);
	checkLinks(text, a, fail);
	const again = safeAnalyze(text, options, counts, fail);
	if (again && render(again) !== render(a)) fail('deterministic', 'a second analysis of the same text differs');
	checkOutline(text, documentSymbols(a), undefined, fail);
	for (const offset of offsetsOf(text, opts.offsets)) {
		checkHover(text, a, offset, options.host, counts, fail);
		checkCompletion(text, a, offset, counts, fail);
	}
	if (opts.fixes) checkFixes(text, a, options, opts.fixAll ?? 'idempotent', counts, fail);
	return found;
}

/** A smaller text on which `fails` still holds: whole lines, then characters, removed greedily. */
export function shrink(text: string, fails: (t: string) => boolean, maxTries = 600): string {
	let best = text;
	let tries = 0;
	for (const unit of ['line', 'char'] as const) {
		const parts = () => (unit === 'line' ? best.split(/(?<=\n)/) : [...best]);
		for (let size = Math.max(1, parts().length >> 1); size >= 1 && tries < maxTries; size >>= 1) {
			for (let i = 0; i < parts().length && tries < maxTries; ) {
				const p = parts();
				const candidate = [...p.slice(0, i), ...p.slice(i + size)].join('');
				tries++;
				if (candidate !== best && fails(candidate)) best = candidate;
				else i += size;
			}
		}
	}
	return best;
}

type Fail = (property: string, detail: string) => void;

function safeAnalyze(text: string, options: AnalysisOptions, counts: Counts, fail: Fail): Analysis | undefined {
	counts.analyses++;
	try {
		return analyze(text, options);
	} catch (e) {
		fail('analyze-throws', String((e as Error)?.stack ?? e).split('\n').slice(0, 3).join(' | '));
		return undefined;
	}
}

function render(a: Analysis): string {
	return JSON.stringify({ ignored: a.ignored, d: a.diagnostics });
}

/** Document links: ranges in the text, none for a text not checked, paths relative and URLs https. */
function checkLinks(text: string, a: Analysis, fail: Fail): void {
	const links = documentLinks(a);
	if (a.ignored && links.length > 0) fail('ignored-gets-nothing-else', `${a.ignored}: ${links.length} document links`);
	for (const l of links) {
		checkSpan(text, l.span, 'document link', fail);
		if (l.target.kind === 'path' && (l.target.path === '' || /^[\\/]/.test(l.target.path) || l.target.path.includes('\u0000'))) fail('link-target', `a path link to ${JSON.stringify(l.target.path)}`);
		if (l.target.kind === 'url' && !l.target.url.startsWith('https://')) fail('link-target', `a URL link to ${JSON.stringify(l.target.url)}`);
	}
}

/** Each symbol named, inside the text, selecting inside itself, inside its parent. */
function checkOutline(text: string, symbols: readonly OutlineSymbol[], parent: OutlineSymbol | undefined, fail: Fail): void {
	for (const s of symbols) {
		const what = `outline symbol ${JSON.stringify(s.name)}`;
		if (s.name.trim() === '') fail('outline', `a symbol without a name at [${s.span.start}, ${s.span.end})`);
		if (!checkSpan(text, s.span, what, fail) || !checkSpan(text, s.selection, `${what} selection`, fail)) continue;
		if (s.selection.start < s.span.start || s.selection.end > s.span.end) fail('outline', `${what} selects outside itself`);
		if (parent && (s.span.start < parent.span.start || s.span.end > parent.span.end)) fail('outline', `${what} lies outside ${JSON.stringify(parent.name)}`);
		checkOutline(text, s.children, s, fail);
	}
}

function checkSpan(text: string, span: Span, what: string, fail: Fail): boolean {
	const { start, end } = span;
	let problem: string | undefined;
	if (!Number.isInteger(start) || !Number.isInteger(end)) problem = 'offsets that are not integers';
	else if (start < 0 || start > end || end > text.length) problem = 'a range outside the text';
	else if (splitsPair(text, start) || splitsPair(text, end)) problem = 'a range that splits a surrogate pair';
	if (problem) fail('range', `${what} has ${problem}: [${start}, ${end}) of ${text.length}`);
	return problem === undefined;
}

function splitsPair(text: string, offset: number): boolean {
	const before = text.charCodeAt(offset - 1);
	const after = text.charCodeAt(offset);
	return offset > 0 && offset < text.length && before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Where a cursor can be: every offset but those inside a `\r\n` or a surrogate pair (an editor never puts it there). */
function offsetsOf(text: string, which: 'all' | number): number[] {
	const all = Array.from({ length: text.length + 1 }, (_, i) => i).filter((o) => !splitsPair(text, o) && !(text.charCodeAt(o - 1) === 13 && text.charCodeAt(o) === 10));
	if (which === 'all') return all;
	const n = Math.min(which, all.length);
	return Array.from({ length: n }, (_, i) => all[Math.floor((i * all.length) / n)]!);
}

function checkHover(text: string, a: Analysis, offset: number, host: HostFacts | undefined, counts: Counts, fail: Fail): void {
	counts.hovers++;
	try {
		const h = hoverAt(a, offset, host ? { host } : {});
		if (!h) return;
		if (checkSpan(text, h.span, `hover at ${offset}`, fail) && (h.span.start > offset || h.span.end < offset)) fail('hover-at-cursor', `hover at ${offset} explains [${h.span.start}, ${h.span.end})`);
		if (typeof h.markdown !== 'string' || h.markdown.trim() === '') fail('hover-text', `hover at ${offset} has no text`);
	} catch (e) {
		fail('hover-throws', `at ${offset}: ${String(e)}`);
	}
}

function checkCompletion(text: string, a: Analysis, offset: number, counts: Counts, fail: Fail): void {
	counts.completions++;
	try {
		for (const item of completionsAt(a, offset)) {
			const r = item.replace;
			if (!checkSpan(text, r, `completion “${item.label}” at ${offset}`, fail)) continue;
			if (r.start > offset || r.end < offset) fail('completion-at-cursor', `“${item.label}” at ${offset} replaces [${r.start}, ${r.end})`);
			if (/[\r\n]/.test(text.slice(r.start, r.end))) fail('completion-one-line', `“${item.label}” at ${offset} replaces more than a line`);
		}
	} catch (e) {
		fail('completion-throws', `at ${offset}: ${String(e)}`);
	}
}

function checkFixes(text: string, a: Analysis, options: AnalysisOptions, fixAllMode: 'idempotent' | 'converges', counts: Counts, fail: Fail): void {
	const syntax = (ds: readonly Diagnostic[]) => ds.filter((d) => d.code === 'yaml-syntax').length;
	const errors = (ds: readonly Diagnostic[]) => {
		const by = new Map<string, number>();
		for (const d of ds) if (d.severity === 'error') by.set(d.code, (by.get(d.code) ?? 0) + 1);
		return by;
	};
	const added = (before: readonly Diagnostic[], after: readonly Diagnostic[]) => [...errors(after)].filter(([c, n]) => n > (errors(before).get(c) ?? 0)).map(([c]) => c);
	try {
		for (const d of a.diagnostics) {
			const { fixes, failures } = fixesFor(a, d);
			for (const f of failures ?? []) fail('fix-throws', `${d.code}: ${String((f.error as Error)?.stack ?? f.error).split('\n').slice(0, 3).join(' | ')}`);
			for (const fix of fixes) {
				counts.fixes++;
				const what = `“${fix.title}” (${d.code})`;
				if (!editsValid(text, fix.edits, what, fail)) continue;
				const result = applyEdits(text, fix.edits);
				const after = safeAnalyze(result, options, counts, fail);
				if (!after) continue;
				if (syntax(a.diagnostics) === 0 && syntax(after.diagnostics) > 0) fail('fix-keeps-yaml', `${what} breaks the YAML: ${JSON.stringify(result.slice(0, 300))}`);
				const more = added(a.diagnostics, after.diagnostics);
				if (more.length) fail('fix-adds-no-error', `${what} adds ${more.join(', ')}`);
			}
		}
		let current = text;
		let now = a;
		const passes = fixAllMode === 'idempotent' ? 1 : 3;
		for (let pass = 1; pass <= passes + 1; pass++) {
			counts.fixAlls++;
			const { edits, failures } = fixAll(now);
			for (const f of failures ?? []) fail('fix-throws', `fix-all, ${f.code}: ${String((f.error as Error)?.stack ?? f.error).split('\n').slice(0, 3).join(' | ')}`);
			if (!editsValid(current, edits, `fix-all pass ${pass}`, fail)) return;
			const next = applyEdits(current, edits);
			if (next === current) return;
			if (pass > passes) {
				const what = fixAllMode === 'idempotent' ? 'fix-all twice differs from once' : `fix-all still changes the text after ${passes} passes`;
				fail(`fix-all-${fixAllMode}`, `${what}: ${JSON.stringify(current.slice(0, 200))} then ${JSON.stringify(next.slice(0, 200))}`);
				return;
			}
			const after = safeAnalyze(next, options, counts, fail);
			if (!after) return;
			if (syntax(now.diagnostics) === 0 && syntax(after.diagnostics) > 0) fail('fix-keeps-yaml', `fix-all pass ${pass} breaks the YAML: ${JSON.stringify(next.slice(0, 300))}`);
			const more = added(now.diagnostics, after.diagnostics);
			if (more.length) fail('fix-adds-no-error', `fix-all pass ${pass} adds ${more.join(', ')}`);
			[current, now] = [next, after];
		}
	} catch (e) {
		fail('fix-throws', String((e as Error)?.stack ?? e).split('\n').slice(0, 3).join(' | '));
	}
}

function editsValid(text: string, edits: readonly TextEdit[], what: string, fail: Fail): boolean {
	if (!edits.every((e) => checkSpan(text, e.span, `edit of ${what}`, fail))) return false;
	const sorted = [...edits].sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
	for (let i = 1; i < sorted.length; i++) {
		if (sorted[i]!.span.start < sorted[i - 1]!.span.end) {
			fail('edits-overlap', `${what}: [${sorted[i - 1]!.span.start}, ${sorted[i - 1]!.span.end}) and [${sorted[i]!.span.start}, ${sorted[i]!.span.end})`);
			return false;
		}
	}
	return true;
}
