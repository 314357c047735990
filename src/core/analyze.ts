// SPDX-License-Identifier: Apache-2.0
import { emptyAnalysis, ignoredAnalysis, ignoredBeforeParse } from './ignored';
import { activeLimits, workSpent } from './limits';
import { buildModel, type KraftfileModel } from './model';
import { parseKraftfile } from './parse';
import { releaseInEffect } from './release';
import { RULES } from './rules';
import type { RuleContext } from './rules/rule';
import { specInEffect } from './spec';
import type { AnalysisOptions, Diagnostic } from './types';

import type { Analysis, RuleFailure } from './analysis';

export type { Analysis, RuleFailure } from './analysis';

/**
 * Parses and checks a Kraftfile. `text` is the editor's text (no byte order mark); all
 * spans in the result are offsets into it. Never throws: a rule that fails is reported
 * as an internal problem instead of taking the others down.
 */
export function analyze(text: string, options: AnalysisOptions = {}): Analysis {
	try {
		return analyzeChecked(text, options);
	} catch (error) {
		// Not even the options are trusted here, so that this cannot throw in turn.
		return { ...emptyAnalysis(text, {}), options, failures: [{ codes: [], error }] };
	}
}

function analyzeChecked(text: string, options: AnalysisOptions): Analysis {
	const ignored = ignoredBeforeParse(text);
	if (ignored) return ignoredAnalysis(text, options, ignored, text.length);
	const parsed = parseKraftfile(text);
	if (parsed.tooDeep !== undefined) return ignoredAnalysis(text, options, 'too-deep', parsed.tooDeep);
	const model = buildModel(parsed);
	// Aliases and merges can make a small file expand without bound; the rules would pay for it.
	if (workSpent(parsed.doc) > activeLimits().maxWork) return ignoredAnalysis(text, options, 'too-complex', workSpent(parsed.doc));
	const release = releaseInEffect(parsed, model.top.entries, options.unikraftRelease, options.unikraftReleaseFrom);
	const spec = specInEffect(model);
	const diagnostics: Diagnostic[] = [];
	// Diagnostics already reported, by place (code and span) with the first message there;
	// full keys only for a second message at the same place. Messages are long: hashing
	// each one, for every diagnostic of every keystroke, costs more than this.
	const seen = new Map<string, string>();
	const seenMore = new Set<string>();
	const ctx: RuleContext = {
		parsed,
		model,
		release,
		spec,
		options,
		report(d) {
			// A `<<` merge or an alias can make two targets report the same place: keep one.
			const at = `${d.code}\u0000${d.span.start}\u0000${d.span.end}`;
			const first = seen.get(at);
			if (first === undefined) {
				seen.set(at, d.message);
			} else {
				if (first === d.message) return;
				const key = `${at}\u0000${d.message}`;
				if (seenMore.has(key)) return;
				seenMore.add(key);
			}
			diagnostics.push(d);
		},
	};
	const failures: RuleFailure[] = [];
	for (const rule of RULES) {
		const before = diagnostics.length;
		try {
			rule.check(ctx);
		} catch (error) {
			diagnostics.length = before;
			failures.push({ codes: rule.codes, error });
		}
	}
	if (workSpent(parsed.doc) > activeLimits().maxWork) return ignoredAnalysis(text, options, 'too-complex', workSpent(parsed.doc));
	// Past the first place the parser stopped, the tree is the parser's guess: report
	// only syntax there, so that a half-typed line does not light up with false errors. The
	// line it stopped on is the guess too (`name: hello: world` is no map of a name).
	const stop = parsed.syntaxProblems.reduce((min, p) => Math.min(min, p.span.start), Number.POSITIVE_INFINITY);
	if (stop !== Number.POSITIVE_INFINITY) {
		const stopLine = Math.max(text.lastIndexOf('\n', stop - 1), text.lastIndexOf('\r', stop - 1)) + 1;
		const kept = diagnostics.filter((d) => d.code === 'yaml-syntax' || (d.span.start < stopLine && d.span.end <= stop && !cutShort(d, model, text, stop)));
		diagnostics.length = 0;
		// Not `push(...kept)`: spreading 100,000 arguments overflows the stack.
		for (const d of kept) diagnostics.push(d);
	}
	diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
	return { parsed, model, release, spec, diagnostics, options, ...(failures.length ? { failures } : {}) };
}

/**
 * A target said to lack a half when the parser stopped inside it or on the next line:
 * the half is most likely the line that does not parse (`architecture: x86_64` indented
 * wrongly, or written without its colon), so the diagnostic above it would mislead.
 */
function cutShort(d: Diagnostic, model: KraftfileModel, text: string, stop: number): boolean {
	if (d.data?.kind !== 'missing-half') return false;
	const t = model.targets[d.data.target];
	if (!t || t.span.start >= stop) return false;
	return t.span.end >= stop || /^(?:\s|#[^\n\r]*)*$/.test(text.slice(t.span.end, stop));
}
