// SPDX-License-Identifier: Apache-2.0
// The bundled index is loaded on first use, never at activation: the core does no I/O, so
// an adapter passes a function that reads dist/kconfig-index.json (esbuild.mjs copies it
// there, outside the bundles) with its host's file API, and this module parses and keeps it.
import type { IndexVariant, KconfigIndex } from './index-format';

let loaded: KconfigIndex | undefined;

/**
 * The index, read through `read` the first time (it may return the JSON text or the parsed
 * value) and kept. Undefined, and read again next time, when `read` fails or gives
 * something that is not an index of this format; it never throws.
 */
export function loadKconfigIndex(read: () => unknown): KconfigIndex | undefined {
	if (loaded) return loaded;
	let value: unknown;
	try {
		value = read();
		if (typeof value === 'string') value = JSON.parse(value);
	} catch {
		return undefined;
	}
	if (!isIndex(value)) return undefined;
	return (loaded = value);
}

/** Forgets the loaded index (tests). */
export function resetKconfigIndex(): void {
	loaded = undefined;
}

function isIndex(v: unknown): v is KconfigIndex {
	if (typeof v !== 'object' || v === null) return false;
	const o = v as Partial<KconfigIndex>;
	return o.kconfigIndex === 1 && Array.isArray(o.trees) && typeof o.options === 'object' && o.options !== null;
}

/** The symbol a `.config` line (or a Kraftfile's kconfig key) sets: `CONFIG_LIBUKDEBUG` is symbol `LIBUKDEBUG`. Undefined without the prefix. */
export function symbolOfConfigName(key: string): string | undefined {
	return key.startsWith('CONFIG_') && key.length > 'CONFIG_'.length ? key.slice('CONFIG_'.length) : undefined;
}

/** The variants of symbol `name` (without `CONFIG_`), those in tree `treeId` only if given. */
export function indexOption(index: KconfigIndex, name: string, treeId?: string): readonly IndexVariant[] {
	const all = Object.hasOwn(index.options, name) ? index.options[name]! : [];
	if (treeId === undefined) return all;
	const t = index.trees.findIndex((x) => x.id === treeId);
	return all.filter((v) => v.in.includes(t));
}
