// SPDX-License-Identifier: Apache-2.0
import { buildModel, type KraftfileModel } from './model';
import { parseKraftfile, type KraftfileDoc } from './parse';
import { releaseInEffect, type ReleaseInEffect } from './release';
import { RULES } from './rules';
import type { RuleContext } from './rules/rule';
import { specInEffect, type SpecInEffect } from './spec';
import type { AnalysisOptions, Diagnostic } from './types';

/** Everything the editor features need about one version of a document, computed once. */
export interface Analysis {
	readonly k: KraftfileDoc;
	readonly model: KraftfileModel;
	readonly release: ReleaseInEffect;
	readonly spec: SpecInEffect;
	readonly diagnostics: readonly Diagnostic[];
}

/**
 * Parses and checks a Kraftfile. `text` is the editor's text (no byte order mark); all
 * spans in the result are offsets into it. Never throws: a rule that fails is reported
 * as an internal problem instead of taking the others down.
 */
export function analyze(text: string, options: AnalysisOptions = {}): Analysis {
	const k = parseKraftfile(text);
	const model = buildModel(k);
	const release = releaseInEffect(k, model, options.unikraftRelease);
	const spec = specInEffect(model);
	const diagnostics: Diagnostic[] = [];
	const seen = new Set<string>();
	const ctx: RuleContext = {
		k,
		model,
		release,
		spec,
		options,
		report(d) {
			// A `<<` merge or an alias can make two targets report the same place: keep one.
			const key = `${d.code}\u0000${d.span.start}\u0000${d.span.end}\u0000${d.message}`;
			if (seen.has(key)) return;
			seen.add(key);
			diagnostics.push(d);
		},
	};
	for (const rule of RULES) rule.check(ctx);
	// Past the first place the parser stopped, the tree is the parser's guess: report
	// only syntax there, so that a half-typed line does not light up with false errors.
	const stop = k.syntaxProblems.reduce((min, p) => Math.min(min, p.span.start), Number.POSITIVE_INFINITY);
	if (stop !== Number.POSITIVE_INFINITY) {
		const kept = diagnostics.filter((d) => d.code === 'yaml-syntax' || d.span.start < stop);
		diagnostics.length = 0;
		diagnostics.push(...kept);
	}
	diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
	return { k, model, release, spec, diagnostics };
}
