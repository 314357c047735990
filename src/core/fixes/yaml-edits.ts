// SPDX-License-Identifier: Apache-2.0
// Edits of YAML structure that keep everything else as written: comments on other lines,
// indentation, quoting and line endings. Each returns `undefined` where it cannot be
// done cleanly; the fix is then not offered.
import { isMap, visit, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { TextEdit } from './fix';
import { columnOf, lineStartAt, nextLineStart, trimEnd, wholeLines } from './text-edits';

const pad = (n: number) => ' '.repeat(Math.max(0, n));

/** Removes item `index` of a list, with its whole lines in a block list. */
export function removeSeqItem(text: string, seq: YAMLSeq, index: number): TextEdit | undefined {
	const item = seq.items[index] as Node | undefined;
	if (!item?.range || definesAnchor(item)) return undefined;
	if (seq.flow) return removeFlowPart(seq.items as Node[], index, (n) => n.range![0], (n) => n.range![1]);
	const dash = dashOf(text, item);
	if (dash === undefined) return undefined;
	return { span: wholeLines(text, dash, trimEnd(text, item.range[1])), newText: '' };
}

/** Removes pair `index` of a map, with its whole lines in a block map. */
export function removeMapPair(text: string, map: YAMLMap, index: number): TextEdit | undefined {
	return removeMapPairs(text, map, [index])?.[0];
}

/**
 * Removes several pairs of a map: one edit per run of neighbouring pairs, whole lines in a
 * block map. When the first pair shares its line with a list item's `-`, the next pair
 * that stays moves up behind the dash. `undefined` if no pair would stay there.
 */
export function removeMapPairs(text: string, map: YAMLMap, indices: readonly number[]): TextEdit[] | undefined {
	const pairs = map.items as Pair[];
	const removed = new Set(indices);
	if (pairs.some((p, i) => removed.has(i) && (!(p.key as Node | null)?.range || definesAnchor(p.value as Node | null)))) return undefined;
	// A key not written at all (`: value`, which is a syntax error already) has no line to
	// remove, and one right after the removed pairs would take their place at another indent.
	if (pairs.some((p, i) => (removed.has(i) || removed.has(i - 1)) && unwrittenKey(p))) return undefined;
	const start = (i: number) => (pairs[i]!.key as Node).range![0];
	const edits: TextEdit[] = [];
	for (let i = 0; i < pairs.length; i++) {
		if (!removed.has(i)) continue;
		let j = i;
		while (removed.has(j + 1)) j++;
		const end = pairEnd(pairs[j]!);
		if (map.flow) {
			if (i > 0) edits.push({ span: { start: pairEnd(pairs[i - 1]!), end }, newText: '' });
			else if (j + 1 < pairs.length) edits.push({ span: { start: start(0), end: start(j + 1) }, newText: '' });
			else edits.push({ span: { start: start(0), end }, newText: '' });
		} else if (text.slice(lineStartAt(text, start(i)), start(i)).trim() === '') {
			edits.push({ span: wholeLines(text, start(i), trimEnd(text, end)), newText: '' });
		} else {
			// The first pair of a list item (`- plat: qemu`).
			if (j + 1 >= pairs.length) return undefined;
			edits.push({ span: { start: start(i), end: start(j + 1) }, newText: '' });
		}
		i = j;
	}
	return edits;
}

/** Adds `key: value` as the last entry of a map, indented like its other keys. */
export function insertMapEntry(text: string, map: YAMLMap, key: string, value: string, eol: string): TextEdit | undefined {
	const pairs = map.items as Pair[];
	const first = pairs[0]?.key as Node | undefined;
	const last = pairs[pairs.length - 1];
	if (map.flow) {
		if (!last) return map.range ? { span: at(map.range[0] + 1), newText: `${key}: ${value}` } : undefined;
		return { span: at(pairEnd(last)), newText: `, ${key}: ${value}` };
	}
	if (!first?.range || !last) return undefined;
	return appendLines(text, trimEnd(text, pairEnd(last)), [`${pad(columnOf(text, first.range[0]))}${key}: ${value}`], eol);
}

/**
 * Adds an item at the end of a list in its style. `flowText` is the item as written in a flow list
 * (`linuxu/x86_64` or `{platform: linuxu, architecture: x86_64}`); `entries`, when given,
 * writes a block list item as a map, its keys aligned with those of the last item.
 */
export function appendSeqItem(text: string, seq: YAMLSeq, flowText: string, eol: string, entries?: readonly [string, string][]): TextEdit | undefined {
	const last = seq.items[seq.items.length - 1] as Node | undefined;
	if (seq.flow) {
		if (!last?.range) return seq.range ? { span: at(seq.range[0] + 1), newText: flowText } : undefined;
		return { span: at(last.range[1]), newText: `, ${flowText}` };
	}
	if (!last?.range) return undefined;
	const dash = dashOf(text, last);
	if (dash === undefined) return undefined;
	const dashCol = columnOf(text, dash);
	const end = trimEnd(text, last.range[1]);
	if (!entries) return appendLines(text, end, [`${pad(dashCol)}- ${flowText}`], eol);
	const firstKey = isMap(last) ? ((last.items[0] as Pair | undefined)?.key as Node | undefined) : undefined;
	const keyCol = firstKey?.range ? columnOf(text, firstKey.range[0]) : dashCol + 2;
	const lines = entries.map(([k, v], i) => (i === 0 ? `${pad(dashCol)}-${pad(keyCol - dashCol - 1)}${k}: ${v}` : `${pad(keyCol)}${k}: ${v}`));
	return appendLines(text, end, lines, eol);
}

/** Where the `-` of a block list item is: on its line, or on a line of its own above it. */
export function dashOf(text: string, item: Node): number | undefined {
	for (let i = item.range![0] - 1; i >= 0; i--) {
		if (text[i] === '-' && /\s/.test(text[i + 1] ?? '') && text.slice(lineStartAt(text, i), i).trim() === '') return i;
		// Only spaces, line breaks, a `&anchor`/`!tag` or a comment may stand between them.
		if (text[i] === ':' || text[i] === '[' || text[i] === '{') return undefined;
	}
	return undefined;
}

/** True when the node, or any node in it, has an `&anchor` an alias may refer to. */
export function definesAnchor(node: Node | null | undefined): boolean {
	if (!node) return false;
	if ((node as { anchor?: string }).anchor) return true;
	let found = false;
	visit(node, {
		Node(_, n) {
			if ((n as { anchor?: string }).anchor) {
				found = true;
				return visit.BREAK;
			}
			return undefined;
		},
	});
	return found;
}

function unwrittenKey(p: Pair): boolean {
	const r = (p.key as Node | null)?.range;
	return !r || r[0] === r[1];
}

function at(offset: number) {
	return { start: offset, end: offset };
}

function pairEnd(p: Pair): number {
	const v = p.value as Node | null;
	const k = p.key as Node | null;
	return Math.max(v?.range?.[1] ?? 0, k?.range?.[1] ?? 0);
}

function appendLines(text: string, contentEnd: number, lines: readonly string[], eol: string): TextEdit {
	const after = nextLineStart(text, contentEnd);
	const body = lines.join(eol);
	const brokeLine = after > 0 && (text[after - 1] === '\n' || text[after - 1] === '\r');
	return brokeLine ? { span: at(after), newText: `${body}${eol}` } : { span: at(after), newText: `${eol}${body}` };
}

function removeFlowPart<T>(parts: readonly T[], index: number, startOf: (p: T) => number, endOf: (p: T) => number): TextEdit | undefined {
	const part = parts[index];
	if (part === undefined) return undefined;
	const prev = parts[index - 1];
	const next = parts[index + 1];
	if (prev !== undefined) return { span: { start: endOf(prev), end: endOf(part) }, newText: '' };
	if (next !== undefined) return { span: { start: startOf(part), end: startOf(next) }, newText: '' };
	return { span: { start: startOf(part), end: endOf(part) }, newText: '' };
}
