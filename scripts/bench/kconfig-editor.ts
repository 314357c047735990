// SPDX-License-Identifier: Apache-2.0
// `node scripts/run-ts.mjs scripts/bench/kconfig-editor.ts`: what a Kconfig hover and a
// Kconfig completion cost on the catalog Kraftfile with the most kconfig options, with the
// bundled index only and with kraft's fetched sources (RELEASE-0.17.0 and the libraries the
// file names that ../shared/sources has, assembled in a temp folder). Medians, in ms, after
// a warm-up; the first call on a new analysis (which builds its facts) is timed apart. CPU
// time, not wall time (see `time`).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, completionsAt, gatherSettled, hoverAt, loadKconfigIndex, type AnalysisOptions, type WorkspaceFacts } from '../../src/core';
import { kconfigBlocks } from '../../src/core/kconfig';
import { nodeWorkspaceFs } from '../../src/node/workspace-fs';
import { filesUnder } from '../../test/unit/support/paths';
import { median } from './measure';

const root = process.cwd();
const shared = join(root, '..', 'shared');
const index = loadKconfigIndex(() => readFileSync(join(root, 'src', 'data', 'kconfig-index.json'), 'utf8'))!;
const base: AnalysisOptions = { kconfigIndex: () => index };

function largest(): { file: string; text: string; options: number } {
	let best = { file: '', text: '', options: -1 };
	for (const file of filesUnder(join(shared, 'corpus', 'unikraft-catalog'))) {
		if (!/(^|\/)(Kraftfile|kraft\.ya?ml)$/.test(file)) continue;
		const text = readFileSync(file, 'utf8');
		const a = analyze(text, {});
		const options = kconfigBlocks(a.parsed, a.model).reduce((n, b) => n + b.options.length, 0);
		if (options > best.options) best = { file, text, options };
	}
	return best;
}

/**
 * The median CPU time of `run` (user + system of this process, in ms): on a shared machine
 * wall time also counts the time other processes had the cores.
 */
function time(run: () => unknown, rounds: number): number {
	const times: number[] = [];
	for (let i = 0; i < rounds; i++) {
		const t0 = process.cpuUsage();
		run();
		const d = process.cpuUsage(t0);
		times.push((d.user + d.system) / 1000);
	}
	return median(times);
}

function measure(label: string, text: string, options: AnalysisOptions): void {
	const a0 = analyze(text, options);
	const places = kconfigBlocks(a0.parsed, a0.model).flatMap((b) => b.options);
	const first = places[0]!;
	const lineEnd = text.indexOf('\n', first.span.end);
	const indent = first.span.start - text.lastIndexOf('\n', first.span.start) - 1;
	const withNew = `${text.slice(0, lineEnd + 1)}${' '.repeat(indent)}CONFIG_LIBUK\n${text.slice(lineEnd + 1)}`;
	const newAt = lineEnd + 1 + indent + 'CONFIG_LIBUK'.length;
	const valueAt = text.indexOf(':', first.span.end) + 2;
	const rounds = 31;
	const analyzeMs = time(() => analyze(text, options), rounds);
	// A fresh analysis each time: the first hover builds the facts (workspace tree, index look-ups).
	const firstHover = time(() => hoverAt(analyze(text, options), first.span.start + 1), rounds);
	const a = analyze(text, options);
	hoverAt(a, first.span.start + 1);
	const hoverAll = time(() => places.forEach((p) => hoverAt(a, p.span.start + 1)), rounds) / places.length;
	const b = analyze(withNew, options);
	const names = completionsAt(b, newAt).length;
	const nameMs = time(() => completionsAt(b, newAt), rounds);
	const valueMs = time(() => completionsAt(a, valueAt), rounds);
	const firstNames = time(() => completionsAt(analyze(withNew, options), newAt), rounds);
	console.log(`${label}: analysis ${analyzeMs.toFixed(2)} ms; analysis and its first hover ${firstHover.toFixed(2)} ms; hover per option after that ${hoverAll.toFixed(3)} ms (${places.length} options); name completion ${nameMs.toFixed(2)} ms (${names} items), analysis and its first name completion ${firstNames.toFixed(2)} ms; value completion ${valueMs.toFixed(3)} ms`);
}

async function main(): Promise<void> {
	const { file, text, options } = largest();
	console.log(`largest catalog kconfig file: ${file.slice(shared.length + 1)} (${options} options, ${text.length} characters)`);
	measure('bundled index', text, base);
	const dir = mkdtempSync(join(tmpdir(), 'kconfig-bench-'));
	try {
		writeFileSync(join(dir, 'Kraftfile'), text);
		cpSync(join(shared, 'sources', 'unikraft', 'unikraft', 'RELEASE-0.17.0'), join(dir, '.unikraft', 'unikraft'), { recursive: true });
		writeFileSync(join(dir, '.unikraft', 'unikraft', 'version.mk'), 'UK_VERSION = 0\nUK_SUBVERSION = 17\nUK_EXTRAVERSION = 0\n');
		for (const [name, src] of [['musl', 'lib-musl/fd1abc92'], ['lwip', 'lib-lwip/7c1859a7']] as const) {
			mkdirSync(join(dir, '.unikraft', 'libs', name), { recursive: true });
			cpSync(join(shared, 'sources', 'unikraft', src), join(dir, '.unikraft', 'libs', name), { recursive: true });
		}
		const facts = await gatherSettled((f) => analyze(text, f ? { ...base, workspace: { ...f, fileName: 'Kraftfile' } } : base), nodeWorkspaceFs(dir));
		const workspace: WorkspaceFacts | undefined = facts && { ...facts, fileName: 'Kraftfile' };
		measure('workspace sources (RELEASE-0.17.0, musl, lwip)', text, { ...base, ...(workspace ? { workspace } : {}) });
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

void main();
