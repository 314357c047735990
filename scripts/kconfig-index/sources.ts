// SPDX-License-Identifier: Apache-2.0
// The trees of ../shared/sources read with the Kconfig reader through Node's file system:
// shared by the index generator, the coverage script, the bench and the unit tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readKconfigTree, unikraftVariables, type KconfigHost, type KconfigTree } from '../../src/core/kconfig-lang';
import type { IndexInput } from '../../src/core/kconfig-lang/index-build';
import { KCONFIG_TREES, type KconfigTreeSpec } from '../../src/data/kconfig-trees';

/** Reads files and folders of the real file system; nothing else. */
export const nodeHost: KconfigHost = {
	readFile(path) {
		try {
			return statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
		} catch {
			return undefined;
		}
	},
	listDir(dir) {
		try {
			return readdirSync(dir);
		} catch {
			return [];
		}
	},
};

export function treeDir(shared: string, spec: Pick<KconfigTreeSpec, 'repo' | 'rev'>): string {
	return resolve(shared, 'sources', spec.repo, spec.rev);
}

/** Reads one tree: Unikraft's core from its top Config.uk, with its generated menus; a library's Config.uk alone. */
export function readTree(shared: string, spec: KconfigTreeSpec): KconfigTree {
	const base = treeDir(shared, spec);
	return readKconfigTree({ root: join(base, 'Config.uk'), host: nodeHost, ...(spec.kind === 'unikraft' ? { variables: unikraftVariables(base, nodeHost) } : {}) });
}

/** Every tree of KCONFIG_TREES, read: what the index is made from. */
export function indexInputs(shared: string): IndexInput[] {
	return KCONFIG_TREES.map((spec) => {
		const { sources: _sources, ...tree } = spec;
		return { tree, base: treeDir(shared, spec), read: readTree(shared, spec) };
	});
}
