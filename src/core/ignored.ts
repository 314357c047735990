// SPDX-License-Identifier: Apache-2.0
// Diagnostic: file-too-large (information). The file is too large, nested too deep or
// aliased too much to be checked as you type (the bounds are in limits.ts), so it is not
// checked at all and this is the only diagnostic it gets. A binary file is not checked
// either, and gets no diagnostic.
import type { Analysis } from './analysis';
import { activeLimits, isBinary, LIMITS, type IgnoredReason } from './limits';
import { buildModel } from './model';
import type { KraftfileDoc } from './parse';
import { releaseInEffect } from './release';
import { specInEffect } from './spec';
import type { AnalysisOptions, Diagnostic } from './types';

/** Why `text` is not analysed before it is even parsed (binary, too long), or `undefined`. */
export function ignoredBeforeParse(text: string): IgnoredReason | undefined {
	if (isBinary(text)) return 'binary';
	if (text.length > activeLimits().maxLength) return 'too-large';
	return undefined;
}

/**
 * The analysis of a text that is not checked: an empty parse, and the one
 * `file-too-large` diagnostic (none for a binary file). `detail` is what was found:
 * the length, the depth or the work, as the reason has it.
 */
export function ignoredAnalysis(text: string, options: AnalysisOptions, ignored: IgnoredReason, detail: number): Analysis {
	const diagnostics: Diagnostic[] = ignored === 'binary' ? [] : [{ code: 'file-too-large', severity: 'information', message: tooLargeMessage(ignored, detail), span: { start: 0, end: 0 } }];
	return { ...emptyAnalysis(text, options), diagnostics, ignored };
}

/** The analysis of nothing: `text` with no YAML read from it and no diagnostics. */
export function emptyAnalysis(text: string, options: AnalysisOptions): Analysis {
	const parsed: KraftfileDoc = { text, doc: undefined, syntaxProblems: [], extraDocuments: [] };
	const model = buildModel(parsed);
	return { parsed, model, release: releaseInEffect(parsed, model.top.entries, options.unikraftRelease, options.unikraftReleaseFrom), spec: specInEffect(model), diagnostics: [], options };
}

function tooLargeMessage(reason: IgnoredReason, detail: number): string {
	switch (reason) {
		case 'too-deep':
			return `This file is not checked: its YAML nests more than ${LIMITS.maxDepth} levels deep${Number.isFinite(detail) ? ` (${count(detail)})` : ''}. Kraftfiles nest a few levels.`;
		case 'too-complex':
			return `This file is not checked: its maps have more than ${count(LIMITS.maxWork)} entries once aliases and \`<<\` merges are expanded. Kraftfiles have a few dozen.`;
		default:
			return `This file is not checked: it has ${count(detail)} characters, more than can be checked as you type (the limit is ${count(LIMITS.maxLength)}). Kraftfiles are a few thousand.`;
	}
}

/** `262144` → `262,144`. */
function count(n: number): string {
	return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
