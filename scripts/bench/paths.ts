// SPDX-License-Identifier: Apache-2.0
// The paths section of the bench: what the files a Kraftfile names cost over the corpus,
// per whole pass, on top of the analysis the editor runs anyway. `analyze` with workspace
// facts in which every asked stat is answered "nothing there" (the worst case for
// missing-path: each rootfs is reported), against `analyze` without facts (where the rule
// says nothing); and `documentLinks` of each analysis. The facts are built once, outside
// the timing: the stats themselves are the host's I/O, not the core's work.
import { analyze, documentLinks, requestKey, workspacePath, workspaceRequests, type AnalysisOptions, type WorkspaceAnswer, type WorkspaceFacts } from '../../src/core';
import type { NamedText } from './inputs';
import { median } from './measure';

export interface PathsBench {
	readonly files: number;
	/** Files with at least one missing-path in the worst case. */
	readonly reported: number;
	readonly links: number;
	/** Medians over the rounds of one pass over every file, in ms. */
	readonly ms: { readonly withoutFacts: number; readonly withFacts: number; readonly links: number };
	readonly rounds: number;
}

export function benchPaths(files: readonly NamedText[], options: AnalysisOptions, rounds: number): PathsBench {
	const facts = files.map((f): WorkspaceFacts => {
		const answers = new Map<string, WorkspaceAnswer>();
		for (const r of workspaceRequests(analyze(f.text, options))) {
			const path = workspacePath(r.path);
			if (path !== undefined && r.kind === 'stat') answers.set(requestKey({ kind: 'stat', path }), { kind: 'stat', stat: path === 'Kraftfile' ? { type: 'file', size: f.text.length } : null });
		}
		return { fileName: 'Kraftfile', answers };
	});
	const pass = (fn: (i: number) => unknown): number => {
		const t0 = performance.now();
		for (let i = 0; i < files.length; i++) fn(i);
		return performance.now() - t0;
	};
	const analyses = files.map((f) => analyze(f.text, options));
	const times = { withoutFacts: [] as number[], withFacts: [] as number[], links: [] as number[] };
	for (let round = 0; round < rounds + 1; round++) {
		const a = pass((i) => analyze(files[i]!.text, options));
		const b = pass((i) => analyze(files[i]!.text, { ...options, workspace: facts[i]! }));
		const c = pass((i) => documentLinks(analyses[i]!));
		// The first round warms up.
		if (round === 0) continue;
		times.withoutFacts.push(a);
		times.withFacts.push(b);
		times.links.push(c);
	}
	const reported = files.filter((f, i) => analyze(f.text, { ...options, workspace: facts[i]! }).diagnostics.some((d) => d.code === 'missing-path')).length;
	const links = analyses.reduce((n, a) => n + documentLinks(a).length, 0);
	return { files: files.length, reported, links, ms: { withoutFacts: median(times.withoutFacts), withFacts: median(times.withFacts), links: median(times.links) }, rounds };
}

export function pathsLine(p: PathsBench): string {
	const per = (ms: number) => `${((ms * 1000) / p.files).toFixed(1)} µs/file`;
	return (
		`Paths (${p.files} corpus files, median of ${p.rounds}): analyze ${p.ms.withoutFacts.toFixed(1)} ms without workspace facts, ${p.ms.withFacts.toFixed(1)} ms with every named path missing ` +
		`(${p.reported} files get missing-path; +${per(p.ms.withFacts - p.ms.withoutFacts)}); documentLinks ${p.ms.links.toFixed(1)} ms (${per(p.ms.links)}, ${p.links} links)`
	);
}
