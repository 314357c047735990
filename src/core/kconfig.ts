// SPDX-License-Identifier: Apache-2.0
import { isMap, isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { componentMaps } from './components';
import type { KraftfileModel, TargetModel } from './model';
import type { KraftfileDoc } from './parse';
import type { Span } from './types';
import { lastEntry, mapEntries, spanOf } from './yaml-nodes';

/** One option of a `kconfig` block, as written. */
export interface KconfigOption {
	/** The option name, e.g. `CONFIG_LIBUKDEBUG_PRINTD`. */
	readonly name: string;
	/** True when `kraft` hands Kconfig the value `y`. */
	readonly on: boolean;
	/** The key (map form) or the `KEY=VALUE` item (list form). */
	readonly span: Span;
	/** How the value is written in the map form (`'y'`, `"y"`, `y`), for writing another one alike. */
	readonly valueSource?: string;
}

/** A `kconfig` map or list under `unikraft`, a library or a target. */
export interface KconfigBlock {
	readonly scope: 'unikraft' | 'library' | 'target';
	readonly node: YAMLMap | YAMLSeq;
	readonly form: 'map' | 'list';
	readonly options: readonly KconfigOption[];
	/** For `scope: 'target'`. */
	readonly target?: TargetModel;
}

/**
 * Every `kconfig` block `kraft` reads: `unikraft.kconfig`, `libraries.<name>.kconfig` and
 * each target's `kconfig`, in the map form (`KEY: 'y'`) or the list form (`- KEY=y`).
 * Comments are not YAML content, so a commented-out option is not there. Never throws.
 */
export function kconfigBlocks(parsed: KraftfileDoc, model: KraftfileModel): readonly KconfigBlock[] {
	// Several rules ask on every keystroke; the model is built once per analysis.
	let blocks = blocksByModel.get(model);
	if (!blocks) blocksByModel.set(model, (blocks = readBlocks(parsed, model)));
	return blocks;
}

/**
 * How `kraft` reads a map value as a Kconfig value: Go's YAML 1.1 decoder turns plain
 * `y`, `yes`, `on` and `true` into a boolean, which `kraft` writes as `y`; a quoted value
 * is kept as it is, so only `'y'` is `y`.
 */
export function isOn(node: Node | null): boolean {
	if (!isScalar(node)) return false;
	if (node.value === true) return true;
	if (typeof node.value !== 'string') return false;
	if (node.type === 'PLAIN') return /^(y|Y|yes|Yes|YES|on|On|ON)$/.test(node.value);
	return node.value === 'y';
}

const blocksByModel = new WeakMap<KraftfileModel, readonly KconfigBlock[]>();

function readBlocks(parsed: KraftfileDoc, model: KraftfileModel): KconfigBlock[] {
	const doc = parsed.doc;
	if (!doc) return [];
	const out: KconfigBlock[] = [];
	const add = (scope: KconfigBlock['scope'], owner: Node | null, target?: TargetModel) => {
		if (!isMap(owner)) return;
		const entry = lastEntry(mapEntries(doc, owner), 'kconfig');
		const block = entry ? readBlock(parsed, entry.value) : undefined;
		if (block) out.push({ scope, ...block, ...(target ? { target } : {}) });
	};
	for (const c of componentMaps(doc, model.top.entries ?? [], 'last')) if (c.kind !== 'template') add(c.kind, c.map);
	for (const t of model.targets) if (t.form === 'map') add('target', t.node, t);
	return out;
}

function readBlock(parsed: KraftfileDoc, node: Node | null): Pick<KconfigBlock, 'node' | 'form' | 'options'> | undefined {
	const doc = parsed.doc!;
	if (isMap(node)) {
		const options = mapEntries(doc, node)
			.filter((e) => e.key !== undefined)
			.map((e) => {
				const r = e.value?.range;
				return { name: e.key!, on: isOn(e.value), span: e.keySpan, ...(r ? { valueSource: parsed.text.slice(r[0], r[1]) } : {}) };
			});
		return { node, form: 'map', options };
	}
	if (isSeq(node)) {
		const options: KconfigOption[] = [];
		for (const item of node.items) {
			if (!isScalar(item) || typeof item.value !== 'string' || !item.range) continue;
			// kconfig/config.go: `KEY=VALUE`, the value kept verbatim (quotes included).
			const eq = item.value.indexOf('=');
			if (eq <= 0) continue;
			options.push({ name: item.value.slice(0, eq).trim(), on: item.value.slice(eq + 1).trim() === 'y', span: spanOf(item) });
		}
		return { node, form: 'list', options };
	}
	return undefined;
}
