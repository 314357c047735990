// SPDX-License-Identifier: Apache-2.0
// Where each option of a `kconfig` block is written, name and value apart: for the hover
// (src/core/hover/kconfig.ts) and the completion of values. From the blocks kconfig.ts
// finds (the three places `kraft` reads), with the library each library block belongs to.
import { isMap, isScalar, isSeq } from 'yaml';
import type { Analysis } from './analysis';
import { componentMaps } from './components';
import { kconfigBlocks, type KconfigBlock } from './kconfig';
import { kraftValue } from './kconfig-written';
import type { Span } from './types';
import { lastEntry, mapEntries } from './yaml-nodes';

/** One option as written, with the spans of its name and its value. */
export interface KconfigPlace {
	/** As written, `CONFIG_` included. */
	readonly name: string;
	readonly nameSpan: Span;
	/** Where the value is written (without quotes); empty right after the key when there is none. */
	readonly valueSpan: Span;
	/** The value `kraft` writes into `.config` (`y` for a plain `yes`), or undefined when it writes none it could read (a list, a map, no value). */
	readonly written?: string;
	/** How the value is written, quotes included. */
	readonly source: string;
	readonly block: KconfigBlock;
	/** The library whose `kconfig` this is (`scope: 'library'`). */
	readonly library?: string;
}

const byModel = new WeakMap<object, readonly KconfigPlace[]>();

/** Every option written in the file's kconfig blocks, in order. Never throws. */
export function kconfigPlaces(analysis: Pick<Analysis, 'parsed' | 'model'>): readonly KconfigPlace[] {
	let places = byModel.get(analysis.model);
	if (!places) byModel.set(analysis.model, (places = read(analysis)));
	return places;
}

/** The block's library name, for a `libraries.<name>.kconfig` block. */
export function libraryOf(analysis: Pick<Analysis, 'parsed' | 'model'>, block: KconfigBlock): string | undefined {
	const doc = analysis.parsed.doc;
	if (block.scope !== 'library' || !doc) return undefined;
	for (const c of componentMaps(doc, analysis.model.top.entries ?? [], 'last')) {
		if (c.kind === 'library' && lastEntry(mapEntries(doc, c.map), 'kconfig')?.value === block.node) return c.entry.key;
	}
	return undefined;
}

function read(analysis: Pick<Analysis, 'parsed' | 'model'>): KconfigPlace[] {
	const { parsed } = analysis;
	const doc = parsed.doc;
	const text = parsed.text;
	if (!doc) return [];
	const out: KconfigPlace[] = [];
	for (const block of kconfigBlocks(parsed, analysis.model)) {
		const library = libraryOf(analysis, block);
		const extra = library !== undefined ? { library } : {};
		if (block.form === 'map' && isMap(block.node)) {
			for (const e of mapEntries(doc, block.node)) {
				if (e.key === undefined || e.mergedAt) continue;
				const r = e.value?.range;
				const quoted = isScalar(e.value) && (e.value.type === 'QUOTE_SINGLE' || e.value.type === 'QUOTE_DOUBLE');
				const valueSpan = r ? { start: r[0] + (quoted ? 1 : 0), end: Math.max(r[0] + (quoted ? 1 : 0), r[1] - (quoted && text[r[1] - 1] === text[r[0]] ? 1 : 0)) } : e.valueSpan;
				const written = kraftValue(e.value)?.text;
				out.push({ name: e.key, nameSpan: e.keySpan, valueSpan, ...(written !== undefined ? { written } : {}), source: r ? text.slice(r[0], r[1]) : '', block, ...extra });
			}
		} else if (block.form === 'list' && isSeq(block.node)) {
			for (const item of block.node.items) {
				if (!isScalar(item) || typeof item.value !== 'string' || !item.range) continue;
				const eq = item.value.indexOf('=');
				if (eq <= 0) continue;
				// Positions only where the text is the value as written (no escapes before the `=`).
				const start = item.range[0] + (item.type === 'QUOTE_SINGLE' || item.type === 'QUOTE_DOUBLE' ? 1 : 0);
				if (text.slice(start, start + eq + 1) !== item.value.slice(0, eq + 1)) continue;
				const name = item.value.slice(0, eq).trim();
				const nameStart = start + item.value.indexOf(name);
				const value = item.value.slice(eq + 1);
				out.push({ name, nameSpan: { start: nameStart, end: nameStart + name.length }, valueSpan: { start: start + eq + 1, end: start + eq + 1 + value.length }, written: value, source: value, block, ...extra });
			}
		}
	}
	return out;
}
