// SPDX-License-Identifier: Apache-2.0
// The Kconfig options a Kraftfile sets, with the value `kraft` writes into .config for each
// (unikraft/kraftkit kconfig/config.go: a YAML boolean becomes `y` or `n`, a whole number
// its decimal text, a string itself; a list item `KEY=VALUE` is kept verbatim) and where
// its name and value are written, for the kconfig-options rule and its fixes.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { kconfigBlocks, type KconfigBlock } from './kconfig';
import type { KraftfileModel } from './model';
import type { KraftfileDoc } from './parse';
import type { Span } from './types';
import { contentStart, mapEntries, spanOf } from './yaml-nodes';

export interface WrittenOption {
	/** As written, `CONFIG_…` included. */
	readonly name: string;
	/** Where the name is written: the key (map form), or its part of the item (list form). */
	readonly nameSpan: Span;
	/** The key (map form) or the whole item (list form), where diagnostics go. */
	readonly span: Span;
	readonly block: KconfigBlock;
	/** What `kraft` writes after `=`; undefined for a value it cannot write (invalid-kconfig says so). */
	readonly value?: string;
	/** Map form: the value node's span; list form: the item's (a fix rewrites the whole item). */
	readonly valueSpan?: Span;
	/** The value came from a YAML number (map form): its text is Go's decimal, not what was typed. */
	readonly fromNumber?: boolean;
}

const ON = /^(y|Y|yes|Yes|YES|on|On|ON)$/;
const OFF = /^(n|N|no|No|NO|off|Off|OFF)$/;

/** The value `kraft` writes for a map value, or undefined for one it cannot (empty, a collection, a fraction). */
export function kraftValue(node: Node | null): { text: string; fromNumber?: true } | undefined {
	if (!isScalar(node)) return undefined;
	const v = node.value;
	if (v === true) return { text: 'y' };
	if (v === false) return { text: 'n' };
	if (typeof v === 'number') return Number.isInteger(v) ? { text: String(v), fromNumber: true } : undefined;
	if (typeof v === 'bigint') return { text: String(v), fromNumber: true };
	if (typeof v !== 'string') return undefined;
	// Go's YAML 1.1 decoder reads these plain words as booleans (see isOn in kconfig.ts).
	if (node.type === 'PLAIN' && ON.test(v)) return { text: 'y' };
	if (node.type === 'PLAIN' && OFF.test(v)) return { text: 'n' };
	return { text: v };
}

const cache = new WeakMap<KraftfileModel, readonly WrittenOption[]>();

/** Every option of every kconfig block, in file order. Never throws. */
export function writtenOptions(parsed: KraftfileDoc, model: KraftfileModel): readonly WrittenOption[] {
	let out = cache.get(model);
	if (out) return out;
	const list: WrittenOption[] = [];
	const doc = parsed.doc;
	for (const block of kconfigBlocks(parsed, model)) {
		if (!doc) break;
		if (block.form === 'map' && isMap(block.node)) {
			for (const e of mapEntries(doc, block.node)) {
				if (e.key === undefined || e.mergedAt) continue;
				const v = kraftValue(e.value);
				list.push({ name: e.key, nameSpan: e.keySpan, span: e.keySpan, block, ...(v ? { value: v.text, valueSpan: e.valueSpan, ...(v.fromNumber ? { fromNumber: true } : {}) } : {}) });
			}
		} else if (block.form === 'list' && isSeq(block.node)) {
			for (const item of block.node.items) {
				if (!isScalar(item) || typeof item.value !== 'string' || !item.range) continue;
				const eq = item.value.indexOf('=');
				if (eq <= 0) continue;
				const span = spanOf(item);
				const name = item.value.slice(0, eq).trim();
				// The name's place: only where the item's text is the value itself (plain or simply quoted).
				const start = contentStart(parsed.text, item) ?? span.start;
				const at = parsed.text.indexOf(name, start);
				const nameSpan = at >= 0 && at < span.end ? { start: at, end: at + name.length } : span;
				list.push({ name, nameSpan, span, block, value: item.value.slice(eq + 1), valueSpan: span });
			}
		}
	}
	cache.set(model, (out = list));
	return out;
}
