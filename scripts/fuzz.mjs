// SPDX-License-Identifier: Apache-2.0
// Long fuzz runs: `npm run fuzz -- --seed 7 --iterations 5000`. The same properties and
// inputs as test/unit/fuzz.test.ts (from the tsc output in out/), as many as you like.
// Each finding prints its seed and iteration (replay: --seed S --from I --iterations 1)
// and a shrunk text. Fix-all is held to idempotence; `--fix-all converges` relaxes that
// as CI does. `--caught` also reports exceptions the core throws and catches itself
// (hover, completion and fixes return nothing on an exception: that hides bugs).
// Exit status: 1 if anything was found.
import { createRequire } from 'node:module';
import { Session } from 'node:inspector';

const require = createRequire(import.meta.url);
const { bases, fuzz, describeFinding } = require('../out/test/unit/support/fuzz-run.js');
const { Counts } = require('../out/test/unit/support/fuzz-properties.js');

const USAGE = 'usage: npm run fuzz -- [--seed N] [--iterations M] [--from I] [--every-offset-up-to N] [--samples K] [--fix-all idempotent|converges] [--caught]';
const args = { seed: 1, iterations: 1000, from: 0, everyOffsetUpTo: 1500, samples: 64, fixAll: 'idempotent', caught: false };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
	const a = argv[i];
	const number = () => {
		const v = Number(argv[++i]);
		if (!Number.isInteger(v) || v < 0) throw new Error(`${a} needs a whole number\n${USAGE}`);
		return v;
	};
	if (a === '--seed') args.seed = number();
	else if (a === '--iterations') args.iterations = number();
	else if (a === '--from') args.from = number();
	else if (a === '--every-offset-up-to') args.everyOffsetUpTo = number();
	else if (a === '--samples') args.samples = number();
	else if (a === '--fix-all' && ['idempotent', 'converges'].includes(argv[i + 1])) args.fixAll = argv[++i];
	else if (a === '--caught') args.caught = true;
	else throw new Error(`unknown option ${a}\n${USAGE}`);
}

const caught = new Map();
if (args.caught) {
	// Pause on every exception, note those thrown in the core's own code, and go on.
	const session = new Session();
	session.connect();
	// Frames name their script by id; `scriptParsed` (sent for every script on enable) names the file.
	const urls = new Map();
	session.on('Debugger.scriptParsed', ({ params }) => urls.set(params.scriptId, params.url));
	session.on('Debugger.paused', ({ params }) => {
		const frame = params.callFrames[0];
		const url = urls.get(frame.location.scriptId) ?? '';
		if (url.includes('/out/src/')) {
			const where = `${url.replace(/^.*\/out\//, '')}:${frame.location.lineNumber + 1} (${frame.functionName || 'anonymous'})`;
			const what = String(params.data?.description ?? '').split('\n')[0];
			const key = `${what} at ${where}`;
			caught.set(key, (caught.get(key) ?? 0) + 1);
		}
		session.post('Debugger.resume');
	});
	session.post('Debugger.enable');
	session.post('Debugger.setPauseOnExceptions', { state: 'all' });
}

const all = bases();
const counts = new Counts();
const started = Date.now();
const findings = [];
// In slices of 100, so that a long run shows progress.
for (let from = args.from; from < args.from + args.iterations; from += 100) {
	const n = Math.min(100, args.from + args.iterations - from);
	fuzz(all, { seed: args.seed, from, iterations: n, everyOffsetUpTo: args.everyOffsetUpTo, sampleOffsets: args.samples, fixAll: args.fixAll }, counts, findings);
	process.stderr.write(`seed ${args.seed}: ${from + n - args.from}/${args.iterations} iterations, ${findings.length} findings, ${Math.round((Date.now() - started) / 1000)} s\n`);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`seed ${args.seed}, iterations ${args.from}…${args.from + args.iterations - 1}, ${all.length} base files, ${seconds} s`);
console.log(`checked: ${counts.texts} texts, ${counts.analyses} analyses, ${counts.diagnostics} diagnostics, ${counts.hovers} hovers, ${counts.completions} completions, ${counts.fixes} fixes, ${counts.fixAlls} fix-alls`);
const byProperty = new Map();
for (const f of findings) byProperty.set(f.property, (byProperty.get(f.property) ?? 0) + 1);
console.log(findings.length ? `found: ${[...byProperty].map(([p, n]) => `${p} ×${n}`).join(', ')}` : 'found: nothing');
for (const f of findings) console.log(describeFinding(f));
if (args.caught) {
	console.log(caught.size ? `exceptions the core caught itself (${caught.size} kinds):` : 'exceptions the core caught itself: none');
	for (const [key, n] of [...caught].sort((a, b) => b[1] - a[1])) console.log(`  ×${n} ${key}`);
}
process.exitCode = findings.length || caught.size ? 1 : 0;
