// SPDX-License-Identifier: Apache-2.0
// The Kconfig section of the bench: reading all of Unikraft core (RELEASE-0.17.0, with its
// generated menus) with the Kconfig reader, files read from ../shared/sources into memory
// first so that only the reader is timed; and the size of the bundled index.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { definitionsByName, readKconfigTree, unikraftVariables, type KconfigHost } from '../../src/core/kconfig-lang';
import { KCONFIG_TREES } from '../../src/data/kconfig-trees';
import { nodeHost, treeDir } from '../kconfig-index/sources';
import { median } from './measure';

export interface KconfigBench {
	readonly tree: string;
	readonly files: number;
	readonly options: number;
	readonly definitions: number;
	/** Median of the rounds, in ms. */
	readonly ms: number;
	readonly rounds: number;
	readonly indexBytes: number;
	readonly indexGzipBytes: number;
}

export function benchKconfig(root: string, rounds: number): KconfigBench {
	const spec = KCONFIG_TREES.find((t) => t.rev === 'RELEASE-0.17.0')!;
	const base = treeDir(join(root, '..', 'shared'), spec);
	// Every file and listing the reader asks for, cached: the timing is the reader's, not the disk's.
	const files = new Map<string, string | undefined>();
	const dirs = new Map<string, readonly string[]>();
	const host: KconfigHost = {
		readFile: (p) => (files.has(p) ? files.get(p) : files.set(p, nodeHost.readFile(p)).get(p)),
		listDir: (d) => dirs.get(d) ?? dirs.set(d, nodeHost.listDir(d)).get(d)!,
	};
	const read = () => readKconfigTree({ root: join(base, 'Config.uk'), host, variables: unikraftVariables(base, host) });
	let tree = read();
	const times: number[] = [];
	for (let i = 0; i < rounds; i++) {
		const t0 = performance.now();
		tree = read();
		times.push(performance.now() - t0);
	}
	const index = readFileSync(join(root, 'src', 'data', 'kconfig-index.json'));
	return { tree: spec.id, files: new Set(tree.files).size, options: definitionsByName(tree.definitions).size, definitions: tree.definitions.length, ms: median(times), rounds, indexBytes: index.length, indexGzipBytes: gzipSync(index).length };
}

export function kconfigLine(k: KconfigBench): string {
	return `Kconfig reader, all of Unikraft core (${k.tree}): ${k.ms.toFixed(1)} ms (median of ${k.rounds}), ${k.files} files, ${k.options} options; bundled index ${(k.indexBytes / 1024).toFixed(1)} KB (${(k.indexGzipBytes / 1024).toFixed(1)} KB gzipped), outside dist/extension.js`;
}
