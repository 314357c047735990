// SPDX-License-Identifier: Apache-2.0
// Fails on any import cycle among the TypeScript files under the given folders (default
// src/), type-only imports included. ESLint's `import-x/no-cycle` runs too, but it skips
// `import type`, and a type-only cycle is still two files that cannot be understood, moved
// or split apart one at a time (issue 12). Uses TypeScript's own import scanner, so every
// form counts: `import`, `import type`, `export … from`, `import()`, `require()`.
// Usage: node scripts/check-cycles.mjs [folder …]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** Every .ts file under `dir`, recursively. */
function tsFiles(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = join(dir, e.name);
		return e.isDirectory() ? tsFiles(p) : e.name.endsWith('.ts') ? [p] : [];
	});
}

/** The file a relative specifier names, as TypeScript's `node` resolution finds it; undefined for packages. */
function resolveImport(from, spec) {
	if (!spec.startsWith('.')) return undefined;
	const base = resolve(dirname(from), spec);
	for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
		if (candidate.endsWith('.ts') && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return undefined;
}

/** The import graph: file → the files it imports. */
export function importGraph(roots) {
	const files = roots.flatMap((r) => tsFiles(r));
	const graph = new Map();
	for (const file of files) {
		const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
		graph.set(file, [...new Set(importedFiles.map((i) => resolveImport(file, i.fileName)).filter((f) => f !== undefined))]);
	}
	return graph;
}

/** The strongly connected components with more than one file, or a file importing itself (Tarjan). */
export function cycles(graph) {
	let next = 0;
	const index = new Map();
	const low = new Map();
	const stack = [];
	const onStack = new Set();
	const found = [];
	const visit = (v) => {
		index.set(v, next);
		low.set(v, next);
		next++;
		stack.push(v);
		onStack.add(v);
		for (const w of graph.get(v) ?? []) {
			if (!index.has(w)) {
				visit(w);
				low.set(v, Math.min(low.get(v), low.get(w)));
			} else if (onStack.has(w)) {
				low.set(v, Math.min(low.get(v), index.get(w)));
			}
		}
		if (low.get(v) !== index.get(v)) return;
		const component = [];
		let w;
		do {
			w = stack.pop();
			onStack.delete(w);
			component.push(w);
		} while (w !== v);
		if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
	};
	for (const v of graph.keys()) if (!index.has(v)) visit(v);
	return found;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const root = process.cwd();
	const roots = (process.argv.length > 2 ? process.argv.slice(2) : ['src']).map((r) => resolve(root, r));
	const graph = importGraph(roots);
	const found = cycles(graph);
	for (const c of found) {
		console.error(`import cycle: ${c.map((f) => relative(root, f)).join(' ↔ ')}`);
		for (const f of c) {
			const inCycle = graph.get(f).filter((g) => c.includes(g));
			console.error(`  ${relative(root, f)} imports ${inCycle.map((g) => relative(root, g)).join(', ')}`);
		}
	}
	console.log(`check-cycles: ${graph.size} files, ${found.length} cycle${found.length === 1 ? '' : 's'}`);
	process.exitCode = found.length ? 1 : 0;
}
