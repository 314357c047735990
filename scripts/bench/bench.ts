// SPDX-License-Identifier: Apache-2.0
// `npm run bench [-- --json] [-- --quick] [-- --no-peer]`: how long validating a Kraftfile takes, in one
// process, as medians of several rounds after a warm-up: (a) `yaml` parsing alone with the
// core's options, the floor; (b) this extension's analysis, as the editor runs it; (c)
// yaml-language-server validating against schemas/kraftfile.schema.json. See README
// "Performance". Not a test: it prints figures and checks them against the goals.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { analyze, loadKconfigIndex, type Analysis, type AnalysisOptions } from '../../src/core';
import { LIMITS, withLimits } from '../../src/core/limits';
import { PARSE_OPTIONS } from '../../src/core/parse';
import { detectHost } from '../../src/node/detect-host';
import { corpusFiles, generatedKraftfile, kconfigHeavy, typingTexts, type NamedText } from './inputs';
import { collect, gcAvailable, median, repsFor, rotate, timeRuns, timeSequence, type Contender, type ContenderId } from './measure';
import { benchKconfig } from './kconfig';
import { benchPaths } from './paths';
import { benchKraftTasks } from './kraft-tasks';
import { benchOutline } from './outline';
import { createPeer } from './peer';
import { printReport } from './report';
import { bundleInfo, heapAcross, machineInfo, TYPING_EDITS, type BenchResult, type InputResult, type Times } from './results';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const root = process.cwd();
const rounds = quick ? { corpus: 5, gen1k: 3, gen20k: 1, typing: 2 } : { corpus: 15, gen1k: 11, gen20k: 3, typing: 5 };
// As the adapters give it: read once, on first use; the analysis of a Kraftfile with kconfig consults it.
const kconfigIndex = () => loadKconfigIndex(() => readFileSync(join(root, 'src', 'data', 'kconfig-index.json'), 'utf8'));
const log = (s: string) => (json ? undefined : process.stderr.write(`${s}\n`));

async function main(): Promise<void> {
	if (!gcAvailable()) throw new Error('run with node --expose-gc (npm run bench does)');
	const machine = machineInfo();
	const host = detectHost();
	const options: AnalysisOptions = { host, kconfigIndex };
	// --no-peer: yaml-language-server is not run (its figures read 0); for comparing this project's own figures between two revisions quickly.
	const peer = process.argv.includes('--no-peer') ? { validate: async () => [] as unknown[] } : createPeer(root);
	const all: Record<ContenderId, Contender> = {
		parse: { id: 'parse', run: (text) => parseAllDocuments(text, PARSE_OPTIONS) },
		analyze: { id: 'analyze', run: (text) => analyze(text, options) },
		'analyze-unbounded': { id: 'analyze-unbounded', run: (text) => withLimits({ maxLength: Number.POSITIVE_INFINITY, maxWork: Number.POSITIVE_INFINITY }, () => analyze(text, options)) },
		'yaml-language-server': { id: 'yaml-language-server', run: peer.validate },
	};
	const three = [all.parse, all.analyze, all['yaml-language-server']];
	const corpusDir = join(root, '..', 'shared', 'corpus');
	if (!existsSync(corpusDir)) throw new Error(`no corpus at ${corpusDir}`);
	const files = corpusFiles(corpusDir);
	const typing = typingTexts(TYPING_EDITS);

	log(`corpus: ${files.length} files, ${rounds.corpus} rounds`);
	const inputs: InputResult[] = [await corpusInput(three, files, peer.validate, host)];
	for (const [count, n] of [[1000, rounds.gen1k], [20000, rounds.gen20k]] as const) {
		const text = generatedKraftfile(count);
		// An input the extension declines is also timed with the bounds lifted: what checking it would cost.
		// It is large: the contenders are warm from the inputs before it, and what they find is read from the timed runs.
		const large = text.length > LIMITS.maxLength;
		const last = new Map<ContenderId, unknown>();
		const contenders = (large ? [...three, all['analyze-unbounded']] : three).map((c) => ({ id: c.id, run: (t: string) => last.set(c.id, c.run(t)).get(c.id) }));
		log(`generated: ${count} targets (${text.length} characters), ${n} rounds${large ? '; the extension declines it as too large' : ''}`);
		const timed = await wholeInput(contenders, `generated, ${count} targets`, [text], n, (c, [t]) => timeRuns(c, t!, 1), !large);
		const ours = last.get('analyze') as Analysis;
		const theirs = (await last.get('yaml-language-server')) as unknown[];
		inputs.push({ ...timed, found: { analyze: ours.diagnostics.length, 'yaml-language-server': theirs.length, ...(ours.ignored ? { declined: ours.ignored } : {}) } });
	}
	for (const heavy of kconfigHeavy(corpusDir)) {
		log(`${heavy.name} (${heavy.text.length} characters), ${rounds.gen1k} rounds`);
		const timed = await wholeInput(three, heavy.name, [heavy.text], rounds.gen1k, async (c, [t]) => (await timeRuns(c, t!, 20)) / 20);
		inputs.push({ ...timed, found: await findings([heavy.text], peer.validate, host) });
	}
	log(`typing: ${typing.length} edits of a ${typing[0]!.length}-character Kraftfile, ${rounds.typing} rounds`);
	inputs.push({ ...(await wholeInput(three, `typing, ${typing.length} edits`, typing, rounds.typing, timeSequence)), found: await findings(typing, peer.validate, host) });

	log('heap over the typing loop');
	const [warm, passes] = quick ? [3, 4] : [8, 10];
	const heap = { analyze: await heapAcross(all.analyze, typing, warm, passes), 'yaml-language-server': await heapAcross(all['yaml-language-server'], typing, warm, passes) };
	log('Kconfig reader on Unikraft core');
	const kconfig = benchKconfig(root, quick ? 5 : 21);
	log('missing-path and document links over the corpus');
	const paths = benchPaths(files, { host }, quick ? 5 : 15);
	log('outline of the generated 1,000-target Kraftfile');
	const outline = benchOutline(quick ? 5 : 21);
	log('kraft tasks: commands, QEMU debug setups and the JSON build log');
	const kraftTasks = benchKraftTasks(root, files, host, quick ? 5 : 15);
	const result: BenchResult = { machine: { ...machine, loadAfter: machineInfo().loadBefore }, rounds, inputs, heap, bundle: bundleInfo(root), kconfig, paths, outline, kraftTasks };
	if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
	else printReport(result);
}

/** Every corpus file timed on its own; the input's time is the sum of the files' medians. */
async function corpusInput(contenders: readonly Contender[], files: readonly NamedText[], validate: (t: string) => Promise<unknown[]>, host: ReturnType<typeof detectHost>): Promise<InputResult> {
	const reps = new Map<string, number>();
	for (const c of contenders) {
		for (const f of files) {
			await timeRuns(c, f.text, 3);
			reps.set(`${c.id}\u0000${f.name}`, repsFor(await timeRuns(c, f.text, 1), 2));
		}
	}
	const samples = files.map(() => new Map<string, number[]>());
	for (let r = 0; r < rounds.corpus; r++) {
		for (const [i, f] of files.entries()) {
			for (const c of rotate(contenders, r + i)) {
				const k = reps.get(`${c.id}\u0000${f.name}`)!;
				const ms = (await timeRuns(c, f.text, k)) / k;
				samples[i]!.set(c.id, [...(samples[i]!.get(c.id) ?? []), ms]);
			}
		}
	}
	const perFile = files.map((f, i) => ({ name: f.name, ms: mediansOf(samples[i]!) }));
	const total = (id: 'parse' | 'analyze' | 'yaml-language-server') => perFile.reduce((s, f) => s + f.ms[id], 0);
	return {
		name: `corpus, ${files.length} files`,
		characters: files.reduce((s, f) => s + f.text.length, 0),
		ms: { parse: total('parse'), analyze: total('analyze'), 'yaml-language-server': total('yaml-language-server') },
		found: await findings(files.map((f) => f.text), validate, host),
		perFile,
	};
}

/** One input timed as a whole in each round, with garbage collected before each run. */
async function wholeInput(
	contenders: readonly Contender[],
	name: string,
	texts: readonly string[],
	n: number,
	time: (c: Contender, texts: readonly string[]) => Promise<number>,
	warmUp = true,
): Promise<Omit<InputResult, 'found'>> {
	if (warmUp) for (const c of contenders) await time(c, texts.slice(0, Math.min(texts.length, 200)));
	const samples = new Map<string, number[]>();
	for (let r = 0; r < n; r++) {
		for (const c of rotate(contenders, r)) {
			collect();
			const ms = await time(c, texts);
			samples.set(c.id, [...(samples.get(c.id) ?? []), ms]);
		}
	}
	return { name, characters: texts.reduce((s, t) => s + t.length, 0), ms: mediansOf(samples) };
}

function mediansOf(samples: Map<string, number[]>): Times {
	const m = (id: ContenderId) => median(samples.get(id) ?? [Number.NaN]);
	const unboundedMs = samples.has('analyze-unbounded') ? { 'analyze-unbounded': m('analyze-unbounded') } : {};
	return { parse: m('parse'), analyze: m('analyze'), 'yaml-language-server': m('yaml-language-server'), ...unboundedMs };
}

/** How many diagnostics each validator reports on the texts, and why the extension declined one, if it did. */
async function findings(texts: readonly string[], validate: (t: string) => Promise<unknown[]>, host: ReturnType<typeof detectHost>): Promise<InputResult['found']> {
	let ours = 0;
	let theirs = 0;
	let declined: Analysis['ignored'];
	for (const t of texts) {
		const a = analyze(t, { host, kconfigIndex });
		ours += a.diagnostics.length;
		declined ??= a.ignored;
		theirs += (await validate(t)).length;
	}
	return { analyze: ours, 'yaml-language-server': theirs, ...(declined ? { declined } : {}) };
}

main().catch((e: unknown) => {
	console.error(e);
	process.exit(1);
});
