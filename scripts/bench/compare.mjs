// SPDX-License-Identifier: Apache-2.0
// Compares this project's own benchmark figures between two checkouts (e.g. before and
// after a refactoring that must not cost speed): runs `npm run bench -- --json --no-peer`
// in each, alternating, N times, and prints the median of each figure per checkout with
// the load average around the runs. yaml-language-server is left out (--no-peer): it does
// not change between two revisions of this project, and it takes minutes.
// Usage: node scripts/bench/compare.mjs BEFORE_DIR AFTER_DIR [N=5]
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';

const [before, after, n = '5'] = process.argv.slice(2);
if (!before || !after) {
	console.error('usage: node scripts/bench/compare.mjs BEFORE_DIR AFTER_DIR [N]');
	process.exit(2);
}
const runs = { before: [], after: [] };
const loads = [];
for (let i = 0; i < Number(n); i++) {
	for (const [label, dir] of [['before', before], ['after', after]]) {
		loads.push(loadavg()[0]);
		const out = execFileSync(process.execPath, ['--expose-gc', join(dir, 'scripts/run-ts.mjs'), join(dir, 'scripts/bench/bench.ts'), '--json', '--no-peer'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
		runs[label].push(JSON.parse(out));
		process.stderr.write(`run ${i + 1}/${n} ${label} done\n`);
	}
}
loads.push(loadavg()[0]);
const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const names = runs.before[0].inputs.map((i) => i.name);
const rows = [['input', 'figure', 'before', 'after', 'after/before']];
for (const name of names) {
	for (const fig of ['parse', 'analyze']) {
		const b = median(runs.before.map((r) => r.inputs.find((x) => x.name === name).ms[fig]));
		const a = median(runs.after.map((r) => r.inputs.find((x) => x.name === name).ms[fig]));
		rows.push([name, fig === 'parse' ? '(a) parse ms' : '(b) analyze ms', b.toFixed(2), a.toFixed(2), (a / b).toFixed(3)]);
	}
	const ratio = (r) => r.inputs.find((x) => x.name === name).ms.analyze / r.inputs.find((x) => x.name === name).ms.parse;
	rows.push([name, 'b/a', median(runs.before.map(ratio)).toFixed(2), median(runs.after.map(ratio)).toFixed(2), '']);
}
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(`\n${n} runs each, alternating; load average (1 min) from ${Math.min(...loads).toFixed(2)} to ${Math.max(...loads).toFixed(2)}, at the start ${loads[0].toFixed(2)}, at the end ${loads[loads.length - 1].toFixed(2)}.`);
