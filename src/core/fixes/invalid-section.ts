// SPDX-License-Identifier: Apache-2.0
// Fixes for top-level values `kraft` cannot read:
// - `libraries` written as a block list of one-entry maps (`- musl: stable`) → the same
//   entries as a map (`musl: stable`), by removing each item's `- ` (preferred: the names,
//   versions and comments stay as written). Offered only where that is certainly the same
//   data: every item a block map of one entry with a string key, no name twice, the list
//   indented under `libraries`, no anchors.
// - a number where a string belongs (`name: 2048`, `unikraft: 0.16`, a library `musl: 1.2`,
//   `version: 0.10` in a component's map) → the same text quoted (preferred).
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Analysis } from '../analyze';
import { columnOf } from './text-edits';
import { dashOf, definesAnchor } from './yaml-edits';
import { quickFix, type FixProvider, type TextEdit } from './fix';
import { quotePlainScalar } from './quote-scalar';
import { lastEntry, mapEntries } from '../yaml-nodes';

export const invalidSectionFixes: FixProvider = {
	codes: ['invalid-section'],
	fixes(ctx, d) {
		const data = d.data;
		if (data?.kind !== 'section-value') return [];
		const { analysis } = ctx;
		const entry = analysis.model.top.entries?.[data.entry];
		if (!entry || entry.key !== data.key || entry.mergedAt) return [];
		if (data.problem === 'list' && data.key === 'libraries') {
			const edits = listToMap(analysis, entry.pair);
			return edits ? [quickFix(d, 'Write `libraries` as a map (remove the `- `)', true, edits)] : [];
		}
		if (data.problem !== 'number') return [];
		const doc = analysis.parsed.doc;
		let pair: Pair = entry.pair;
		if (data.library !== undefined) {
			if (!isMap(entry.value) || !doc) return [];
			const library = mapEntries(doc, entry.value)[data.library];
			if (!library || library.mergedAt) return [];
			pair = library.pair;
		}
		if (data.field) {
			// The component's map: the entry's own value, or the library's.
			const map = pair.value as Node | null;
			if (!isMap(map) || !doc) return [];
			const field = lastEntry(mapEntries(doc, map), data.field);
			if (!field || field.mergedAt) return [];
			pair = field.pair;
		}
		const edit = quotePlainScalar(analysis.parsed.text, pair.value as Node | null);
		return edit ? [quickFix(d, `Quote it: \`${edit.newText}\``, true, [edit])] : [];
	},
};

/** The edits that turn the block list under `libraries` into a map, or `undefined` when that is not certainly the same data. */
function listToMap(analysis: Analysis, pair: Pair): TextEdit[] | undefined {
	const text = analysis.parsed.text;
	const seq = pair.value as Node | null;
	const key = pair.key as Node | null;
	if (!isSeq(seq) || seq.flow || definesAnchor(seq) || !key?.range || seq.items.length === 0) return undefined;
	const keyColumn = columnOf(text, key.range[0]);
	const names = new Set<string>();
	const edits: TextEdit[] = [];
	for (const item of (seq as YAMLSeq).items as (Node | null)[]) {
		if (!isMap(item) || item.flow || !item.range || (item as YAMLMap).items.length !== 1) return undefined;
		const only = (item as YAMLMap).items[0] as Pair;
		const name = only.key as Node | null;
		if (!isScalar(name) || typeof name.value !== 'string' || !name.range || names.has(name.value)) return undefined;
		names.add(name.value);
		const dash = dashOf(text, item);
		// The key must follow its `- ` on the same line, with nothing but spaces between them.
		if (dash === undefined || !/^-[ ]+$/.test(text.slice(dash, name.range[0]))) return undefined;
		// Without the dash the key lands where the dash was: it must stay inside `libraries`.
		if (columnOf(text, dash) <= keyColumn) return undefined;
		edits.push({ span: { start: dash, end: name.range[0] }, newText: '' });
	}
	return edits;
}
