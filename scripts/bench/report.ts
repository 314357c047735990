// SPDX-License-Identifier: Apache-2.0
// The benchmark's text output: one line per input, the ratios, the heap, the bundle, the goals.
import { goals, type BenchResult, type Times } from './results';
import { kconfigLine } from './kconfig';
import { pathsLine } from './paths';
import { kraftTasksLine } from './kraft-tasks';
import { outlineLine } from './outline';

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(2)} MB`;
const pad = (s: string, n: number) => s.padStart(n);
const WIDTH = 30;

export function printReport(r: BenchResult): void {
	const m = r.machine;
	const out: string[] = [];
	out.push(`Kraftfile validation: medians in ms (rounds: ${Object.entries(r.rounds).map(([k, v]) => `${k} ${v}`).join(', ')})`);
	out.push(`machine: ${m.cpus} × ${m.cpuModel}, Node ${m.node}, load ${m.loadBefore.join(' ')} at start, ${m.loadAfter?.join(' ') ?? '?'} at end`);
	out.push('');
	out.push(`${'input'.padEnd(WIDTH)}${pad('(a) parse', 11)}${pad('(b) analyze', 13)}${pad('(c) yaml-ls', 13)}${pad('b/a', 7)}${pad('c/b', 7)}${pad('c/a', 7)}`);
	for (const i of r.inputs) {
		out.push(row(i.name, i.ms));
		const u = i.ms['analyze-unbounded'];
		if (u !== undefined) {
			out.push(`${'  (b′) with the bounds lifted'.padEnd(WIDTH)}${pad('', 11)}${pad(ms(u), 13)}${pad('', 13)}${pad((u / i.ms.parse).toFixed(2), 7)}${pad((i.ms['yaml-language-server'] / u).toFixed(1), 7)}`);
		}
		const f = i.found;
		out.push(`  ${i.characters} characters; diagnostics: analyze ${f.analyze}${f.declined ? ` (declined: ${f.declined})` : ''}, yaml-ls ${f['yaml-language-server']}`);
	}
	const corpus = r.inputs.find((i) => i.perFile);
	if (corpus?.perFile) {
		// Files that parse in under 10 µs (the empty ones) are left out: their ratios are timer noise.
		const timed = corpus.perFile.filter((f) => f.ms.parse >= 0.01);
		const byBA = [...timed].sort((x, y) => y.ms.analyze / y.ms.parse - x.ms.analyze / x.ms.parse);
		const byCB = [...timed].sort((x, y) => x.ms['yaml-language-server'] / x.ms.analyze - y.ms['yaml-language-server'] / y.ms.analyze);
		out.push(`  of the ${timed.length} corpus files that take 10 µs or more to parse, those with the highest b/a:`);
		for (const f of byBA.slice(0, 3)) out.push(row(`    …${f.name.slice(-(WIDTH - 6))}`, f.ms));
		out.push('  corpus file with the lowest c/b:');
		for (const f of byCB.slice(0, 1)) out.push(row(`    …${f.name.slice(-(WIDTH - 6))}`, f.ms));
	}
	const typing = r.inputs[r.inputs.length - 1]!;
	const edits = Number(/(\d+) edits/.exec(typing.name)?.[1] ?? 1);
	const perEdit = (x: number) => `${((x * 1000) / edits).toFixed(0)} µs`;
	out.push(`  per edit: parse ${perEdit(typing.ms.parse)}, analyze ${perEdit(typing.ms.analyze)}, yaml-ls ${perEdit(typing.ms['yaml-language-server'])}`);
	out.push('');
	for (const [id, h] of Object.entries(r.heap)) {
		out.push(`heap over the typing loop, ${id}: ${mb(h.before)} after ${h.warmPasses} warm-up passes, ${mb(h.after)} after one more, ${mb(h.afterMore)} after ${h.passes}`);
	}
	const b = r.bundle;
	out.push(b ? `${b.path}: ${(b.bytes / 1024).toFixed(1)} KB (${(b.gzipBytes / 1024).toFixed(1)} KB gzipped), ${b.build} build` : 'dist/extension.js: not built (npm run build)');
	if (r.kconfig) out.push(kconfigLine(r.kconfig));
	if (r.paths) out.push(pathsLine(r.paths));
	if (r.outline) out.push(outlineLine(r.outline));
	if (r.kraftTasks) out.push(kraftTasksLine(r.kraftTasks));
	out.push('');
	for (const g of goals(r)) out.push(`${g.met ? 'met   ' : 'MISSED'} ${g.goal}: ${g.detail}`);
	process.stdout.write(`${out.join('\n')}\n`);
}

function row(name: string, t: Times): string {
	const c = t['yaml-language-server'];
	// c/a: the most c/b could be, for a validator that costs no more than the parse.
	return `${name.padEnd(WIDTH)}${pad(ms(t.parse), 11)}${pad(ms(t.analyze), 13)}${pad(ms(c), 13)}${pad((t.analyze / t.parse).toFixed(2), 7)}${pad((c / t.analyze).toFixed(1), 7)}${pad((c / t.parse).toFixed(1), 7)}`;
}
