// SPDX-License-Identifier: Apache-2.0
// Makes the bundled index from trees already read (scripts/kconfig-index/generate.ts reads
// them; test/unit/kconfig-index.test.ts does the same and compares). Options are
// de-duplicated across trees: a definition that is the same fact for fact in several
// trees is one variant listing those trees, with its line in each.
import { exprText, type KconfigExpr } from './expr';
import type { IndexConditional, IndexTree, IndexVariant, KconfigIndex } from './index-format';
import { dependencyText } from './parse';
import type { KconfigTree } from './tree';
import type { KconfigConditional, KconfigDefinition } from './types';

export interface IndexInput {
	readonly tree: Omit<IndexTree, 'files' | 'options'>;
	/** The folder the tree's files are relative to in the index. */
	readonly base: string;
	readonly read: KconfigTree;
}

export const INDEX_NOTES =
	'Made by scripts/kconfig-index/generate.ts (npm run kconfig-index) from the Config.uk files under ../shared/sources/<repo>/<rev>/ of the trees listed; ' +
	'no generation time is recorded, so the file changes only when its sources or the reader do. ' +
	'Facts only: help texts are not copied. Lines are 1-based; conditions are canonical Kconfig expressions.';

function cond<T>(c: KconfigConditional<T>, text: (v: T) => string): IndexConditional {
	return c.if ? [text(c.value), exprText(c.if)] : [text(c.value)];
}

function variantOf(d: KconfigDefinition, file: string, choice: string | undefined): Omit<IndexVariant, 'in' | 'lines'> {
	const depends = dependencyText(d);
	const id = (s: string) => s;
	const ex = (e: KconfigExpr) => exprText(e);
	return {
		file,
		...(d.type ? { type: d.type } : {}),
		...(d.prompt ? { prompt: cond(d.prompt, id) } : {}),
		...(d.defaults.length ? { defaults: d.defaults.map((x) => cond(x, ex)) } : {}),
		...(depends ? { depends } : {}),
		...(d.selects.length ? { selects: d.selects.map((x) => cond(x, id)) } : {}),
		...(d.implies.length ? { implies: d.implies.map((x) => cond(x, id)) } : {}),
		...(d.ranges.length ? { ranges: d.ranges.map((r) => [exprText(r.low), exprText(r.high), ...(r.if ? [exprText(r.if)] : [])]) } : {}),
		...(choice !== undefined ? { choice } : {}),
		...(d.kind === 'menuconfig' ? { menu: true as const } : {}),
	};
}

export function buildKconfigIndex(inputs: readonly IndexInput[]): KconfigIndex {
	const variants = new Map<string, Map<string, { in: number[]; lines: number[]; v: Omit<IndexVariant, 'in' | 'lines'> }>>();
	const trees: IndexTree[] = [];
	inputs.forEach((input, t) => {
		const prefix = input.base.endsWith('/') ? input.base : `${input.base}/`;
		const names = new Set<string>();
		// A file sourced twice (Unikraft's drivers/virtio/Config.uk from 0.16.0 on) defines its options twice at the same place: counted once.
		const seen = new Set<string>();
		for (const d of input.read.definitions) {
			const file = d.position.file.startsWith(prefix) ? d.position.file.slice(prefix.length) : d.position.file;
			const where = `${d.name}\u0000${file}\u0000${d.position.line}`;
			if (seen.has(where)) continue;
			seen.add(where);
			names.add(d.name);
			const c = d.choice !== undefined ? input.read.choices[d.choice] : undefined;
			const v = variantOf(d, file, c ? (c.prompt?.value ?? c.name ?? '') : undefined);
			const key = JSON.stringify(v);
			let byKey = variants.get(d.name);
			if (!byKey) variants.set(d.name, (byKey = new Map()));
			const entry = byKey.get(key);
			if (entry && entry.in[entry.in.length - 1] !== t) {
				entry.in.push(t);
				entry.lines.push(d.position.line + 1);
			} else if (!entry) byKey.set(key, { in: [t], lines: [d.position.line + 1], v });
		}
		trees.push({ ...input.tree, files: new Set(input.read.files).size, options: names.size });
	});
	const options: Record<string, IndexVariant[]> = {};
	for (const name of [...variants.keys()].sort()) options[name] = [...variants.get(name)!.values()].map((e) => ({ in: e.in, lines: e.lines, ...e.v }));
	return { kconfigIndex: 1, generator: { script: 'scripts/kconfig-index/generate.ts', notes: INDEX_NOTES }, trees, options };
}

/** One option per line: small diffs when a release changes, and still compact. */
export function serializeKconfigIndex(index: KconfigIndex): string {
	const { options, ...head } = index;
	const lines = Object.entries(options).map(([name, v]) => `${JSON.stringify(name)}:${JSON.stringify(v)}`);
	return `${JSON.stringify(head, null, '\t').slice(0, -2)},\n\t"options": {\n${lines.join(',\n')}\n}}\n`;
}
