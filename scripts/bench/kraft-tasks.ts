// SPDX-License-Identifier: Apache-2.0
// The kraft-from-the-editor section of the bench: what the Build/Run lenses and the task
// list add over a cached analysis (the commands of every target, the QEMU debugging setups),
// and what reading kraft's JSON build log costs per line (the log lines, the compiler
// messages in them, and placing an error on its Kraftfile line).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, kraftCommands, kraftfileProblem, parseCompilerMessage, parseKraftLogLine, qemuDebugSetups, type HostFacts } from '../../src/core';
import type { NamedText } from './inputs';
import { collect, median } from './measure';

export interface KraftTasksBench {
	readonly files: number;
	readonly targets: number;
	/** Median per round, in ms, over every corpus file: kraftCommands and qemuDebugSetup from finished analyses. */
	readonly commandsMs: number;
	/** Median per round, in ms: the same files' analyses, for scale. */
	readonly analyzeMs: number;
	/** Per line of the JSON log sample, in µs: parse the line, look for a compiler message, place errors. */
	readonly logLineUs: number;
	readonly rounds: number;
}

const VERSION = { text: '0.12.14', numbers: [0, 12, 14] } as const;

export function benchKraftTasks(root: string, files: readonly NamedText[], host: HostFacts, rounds: number): KraftTasksBench {
	const analyses = files.map((f) => analyze(f.text, { host }));
	const targets = analyses.reduce((n, a) => n + a.model.targets.length, 0);
	const commands = () => {
		// What the task list does for each Kraftfile.
		for (const a of analyses) qemuDebugSetups(a, kraftCommands(a, host, VERSION), host);
	};
	const log = readFileSync(join(root, 'test/fixtures/kraft/build-json-membarrier.txt'), 'utf8').trimEnd().split('\n');
	const logLines = Array.from({ length: 200 }, () => log).flat();
	const place = analyses.find((a) => a.model.targets.length > 1) ?? analyses[0]!;
	const readLog = () => {
		for (const line of logLines) {
			const r = parseKraftLogLine(line);
			if (!r) continue;
			parseCompilerMessage(r.msg);
			kraftfileProblem(place, r);
		}
	};
	for (let i = 0; i < 3; i++) {
		commands();
		readLog();
	}
	const cms: number[] = [];
	const ams: number[] = [];
	const lus: number[] = [];
	for (let i = 0; i < rounds; i++) {
		collect();
		let t = performance.now();
		for (const f of files) analyze(f.text, { host });
		ams.push(performance.now() - t);
		t = performance.now();
		commands();
		cms.push(performance.now() - t);
		t = performance.now();
		readLog();
		lus.push(((performance.now() - t) * 1000) / logLines.length);
	}
	return { files: files.length, targets, commandsMs: median(cms), analyzeMs: median(ams), logLineUs: median(lus), rounds };
}

export function kraftTasksLine(k: KraftTasksBench): string {
	return `kraft tasks (${k.files} corpus files, ${k.targets} targets, median of ${k.rounds}): commands and QEMU debug setups ${k.commandsMs.toFixed(1)} ms (${((k.commandsMs * 1000) / k.files).toFixed(1)} µs/file) after analyses of ${k.analyzeMs.toFixed(1)} ms; kraft's JSON build log ${k.logLineUs.toFixed(2)} µs/line`;
}
