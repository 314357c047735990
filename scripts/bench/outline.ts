// SPDX-License-Identifier: Apache-2.0
// The outline section of the bench: document symbols (src/core/outline.ts) of the generated
// 1,000-target Kraftfile, from its analysis as the editor has it cached, and that analysis
// for scale: what opening the Outline view or the breadcrumbs adds to a keystroke's check.
import { analyze, documentSymbols, type OutlineSymbol } from '../../src/core';
import { generatedKraftfile } from './inputs';
import { collect, median } from './measure';

export interface OutlineBench {
	readonly targets: number;
	readonly characters: number;
	readonly symbols: number;
	/** Median of the rounds, in ms: the symbols from a finished analysis. */
	readonly ms: number;
	/** Median of the rounds, in ms: the analysis itself, for scale. */
	readonly analyzeMs: number;
	readonly rounds: number;
}

export function benchOutline(rounds: number, targets = 1000): OutlineBench {
	const text = generatedKraftfile(targets);
	const analysis = analyze(text);
	let symbols: OutlineSymbol[] = documentSymbols(analysis);
	for (let i = 0; i < 3; i++) symbols = documentSymbols(analyze(text));
	const times: number[] = [];
	const analyzeTimes: number[] = [];
	for (let i = 0; i < rounds; i++) {
		collect();
		const a0 = performance.now();
		const fresh = analyze(text);
		const t0 = performance.now();
		symbols = documentSymbols(fresh);
		const t1 = performance.now();
		analyzeTimes.push(t0 - a0);
		times.push(t1 - t0);
	}
	return { targets, characters: text.length, symbols: count(symbols), ms: median(times), analyzeMs: median(analyzeTimes), rounds };
}

function count(symbols: readonly OutlineSymbol[]): number {
	return symbols.reduce((n, s) => n + 1 + count(s.children), 0);
}

export function outlineLine(o: OutlineBench): string {
	return `Outline (document symbols), generated ${o.targets} targets (${o.characters} characters): ${o.ms.toFixed(2)} ms (median of ${o.rounds}) for ${o.symbols} symbols, after an analysis of ${o.analyzeMs.toFixed(1)} ms`;
}
