// SPDX-License-Identifier: Apache-2.0
// Finds the completion slots at the cursor: from the line under it and the blocks around
// it (by indentation), and for flow lists from the parsed `targets` value.
import { isSeq } from 'yaml';
import type { Analysis } from '../analyze';
import { flowSlots } from './flow';
import { ancestors, itemKeys, lineIndexAt, shapeOf, splitLines, stripComment, type Ancestor, type Line } from './lines';
import { PART_KEYS, scalarEnd, shorthandSlot, unquoted, type Slot } from './slots';

/** The slots at `offset`, most likely first; `[]` in a comment or where nothing fits. */
export function slotsAt(analysis: Analysis, offset: number): Slot[] {
	const text = analysis.parsed.text;
	const lines = splitLines(text);
	const index = lineIndexAt(lines, offset);
	const line = lines[index]!;
	const col = offset - line.start;
	if (stripComment(line.text.slice(0, col)) !== line.text.slice(0, col)) return [];
	const flow = flowOpen(analysis, lines, index, offset);
	if (flow !== undefined) return flowSlots(text, flow, offset);
	return blockSlots(text, lines, index, col);
}

/** The `[` of a flow `targets` list, or the `{` of a flow map target, that holds the cursor. */
function flowOpen(analysis: Analysis, lines: readonly Line[], index: number, offset: number): number | undefined {
	const text = analysis.parsed.text;
	const value = analysis.model.targetsEntry?.value;
	if (isSeq(value) && value.flow && value.range && text[value.range[0]] === '[') {
		const end = text[value.range[1] - 1] === ']' ? value.range[1] - 1 : value.range[1];
		if (value.range[0] < offset && offset <= end) return value.range[0];
	}
	// Typed on the line of its key or item, before the parser agrees (`targets: [qe`, `- {plat: q`).
	const line = lines[index]!;
	const s = shapeOf(line.text);
	const at = s.key ? s.key.colon + 1 : s.content;
	const rest = line.text.slice(at);
	const open = at + rest.length - rest.trimStart().length;
	const bracket = line.text[open];
	if (offset - line.start <= open) return undefined;
	if (bracket === '[' && s.key?.name === 'targets' && s.dash === undefined && ancestors(lines, index, s.indent, false).length === 0) return line.start + open;
	if (bracket === '{' && s.dash !== undefined && !s.key && isTargets(ancestors(lines, index, s.dash, true))) return line.start + open;
	return undefined;
}

function blockSlots(text: string, lines: readonly Line[], index: number, col: number): Slot[] {
	const line = lines[index]!;
	const s = shapeOf(line.text);
	const offset = line.start + col;
	if (s.blank) return blankSlots(lines, index, col);
	if (s.dash !== undefined) {
		if (col <= s.dash || !isTargets(ancestors(lines, index, s.dash, true))) return [];
		const lead = col === s.dash + 1 && line.text.length === s.dash + 1 ? ' ' : '';
		if (s.key) return keyOrValue(text, lines, index, col, s.key, index, s.content);
		if (col < s.content && lead === '') return [];
		const start = line.start + Math.min(s.content, line.text.length);
		const inner = unquoted(text, start, scalarEnd(text, start, ''));
		if (offset > inner.end || offset < inner.start) return [];
		const slot = shorthandSlot(text, inner.start, inner.end, offset, { lead, flow: false, col: s.content });
		if (slot.kind !== 'shorthand' || slot.part !== 'pair' || /[^\w.-]/.test(text.slice(inner.start, inner.end))) return [slot];
		// `- qe` may also be the start of `- platform: qemu`.
		return [slot, { kind: 'target-key', replace: slot.replace, lead, present: present(lines, index, index), colon: false, col: s.content, flow: false }];
	}
	const chain = ancestors(lines, index, s.indent, false);
	if (s.key) {
		if (chain.length === 0) return s.key.start <= col && col <= s.key.end ? [{ kind: 'top-key', replace: span(line, s.key.start, s.key.end), lead: '', present: topKeys(lines, index), colon: true }] : [];
		const item = targetItem(chain);
		return item && s.indent === item.content ? keyOrValue(text, lines, index, col, s.key, item.line, item.content) : [];
	}
	// A word being typed where a key goes (`na`, `    ar`), or a target without its `- `.
	const word = wordAround(line.text, col);
	if (!word || word.start !== s.indent || line.text.slice(word.end).trim() !== '') return [];
	const replace = span(line, word.start, word.end);
	if (chain.length === 0) return [{ kind: 'top-key', replace, lead: '', present: topKeys(lines, index), colon: false }];
	const item = targetItem(chain);
	if (item && s.indent === item.content) return [{ kind: 'target-key', replace, lead: '', present: present(lines, item.line, index), colon: false, col: s.indent, flow: false }];
	if (isTargets(chain)) return [{ kind: 'new-target', replace, lead: '', col: s.indent }];
	return [];
}

/** A blank line: a key of the target map above, a new target, or a top-level key. */
function blankSlots(lines: readonly Line[], index: number, col: number): Slot[] {
	const line = lines[index]!;
	const asKey = ancestors(lines, index, col, false);
	const item = targetItem(asKey);
	const mapItem = item !== undefined && isMapItem(lines[item.line]!.text);
	if (item && mapItem) {
		return [{ kind: 'target-key', ...at(line, col, item.content), present: present(lines, item.line, index), colon: false, col: item.content, flow: false }];
	}
	const out: Slot[] = [];
	// Beside a `plat/arch` item, or anywhere the `targets` list can take an item.
	const asItem = ancestors(lines, index, col, true);
	const list = isTargets(asItem) ? asItem[0] : item ? asKey[1] : undefined;
	if (list) {
		const dash = itemColumn(lines, list.line) ?? Math.max(col, list.col);
		out.push({ kind: 'new-target', ...at(line, col, dash), col: dash });
	}
	if (col === 0 && asKey.length === 0) {
		const top: Slot = { kind: 'top-key', replace: span(line, 0, 0), lead: '', present: topKeys(lines, index), colon: false };
		// Where an item would need indenting first, a top-level key is the likelier wish.
		return out[0]?.kind === 'new-target' && out[0].col === 0 ? [...out, top] : [top, ...out];
	}
	return out;
}

/** A list item that is (or starts) a map: `- platform: …`, or a bare `-`. */
function isMapItem(text: string): boolean {
	const s = shapeOf(text);
	return s.key !== undefined || text.trim() === '-';
}

/** The keys already in the target map that starts at `itemLine`, except on the line being edited. */
function present(lines: readonly Line[], itemLine: number, skip: number): ReadonlySet<string> {
	return new Set(itemKeys(lines, itemLine, skip).keys());
}

/** The key of a `key:` line inside a target (or `- key:`), or its value after the colon. */
function keyOrValue(text: string, lines: readonly Line[], index: number, col: number, key: { name: string; start: number; end: number; colon: number }, itemLine: number, content: number): Slot[] {
	const line = lines[index]!;
	if (col <= key.end) {
		if (col < key.start) return [];
		return [{ kind: 'target-key', replace: span(line, key.start, key.end), lead: '', present: present(lines, itemLine, index), colon: true, col: content, flow: false }];
	}
	const part = PART_KEYS[key.name];
	if (!part || col <= key.colon) return [];
	let start = line.start + key.colon + 1;
	const lead = start === line.end ? ' ' : '';
	while (start < line.end && (text[start] === ' ' || text[start] === '\t')) start++;
	const offset = line.start + col;
	const inner = unquoted(text, start, scalarEnd(text, start, ''));
	if (offset < inner.start || offset > inner.end) return [];
	const keys = itemKeys(lines, itemLine, index);
	const otherKeys = part === 'platform' ? ['architecture', 'arch'] : ['platform', 'plat'];
	const otherValue = otherKeys.map((k) => keys.get(k)?.value).find((v) => v !== undefined);
	if (part === 'platform' && text.slice(inner.start, inner.end).includes('/')) {
		const s = shorthandSlot(text, inner.start, inner.end, offset, { lead, flow: false, col: content });
		if (s.kind === 'shorthand' && s.part !== 'pair') return [{ kind: 'map-value', part: s.part, replace: s.replace, lead, ...(s.other !== undefined ? { other: s.other } : {}) }];
	}
	const other = otherValue === undefined ? undefined : otherValue.replace(/^(["'])(.*)\1$/, '$2');
	return [{ kind: 'map-value', part, replace: inner, lead, ...(other ? { other: part === 'architecture' ? other.split('/')[0]! : other } : {}) }];
}

function isTargets(chain: readonly Ancestor[]): boolean {
	return chain.length === 1 && chain[0]!.kind === 'key' && chain[0]!.name === 'targets';
}

function targetItem(chain: readonly Ancestor[]): Extract<Ancestor, { kind: 'item' }> | undefined {
	const [item, key] = chain;
	return chain.length === 2 && item?.kind === 'item' && key?.kind === 'key' && key.name === 'targets' ? item : undefined;
}

/** The column of the `-` of the first item under the `targets:` line, if there is one. */
function itemColumn(lines: readonly Line[], keyLine: number): number | undefined {
	const key = shapeOf(lines[keyLine]!.text);
	for (let i = keyLine + 1; i < lines.length; i++) {
		const s = shapeOf(lines[i]!.text);
		if (s.blank || s.comment) continue;
		return s.dash !== undefined && s.dash >= key.indent ? s.dash : undefined;
	}
	return undefined;
}

/** Keys at the top level (column 0), except on the line being edited. */
function topKeys(lines: readonly Line[], skip: number): ReadonlySet<string> {
	const keys = new Set<string>();
	lines.forEach((l, i) => {
		const s = shapeOf(l.text);
		if (i !== skip && s.indent === 0 && s.dash === undefined && s.key) keys.add(s.key.name);
	});
	return keys;
}

/** Where to put something that must start at column `want` when the cursor is at `col` of a blank line. */
function at(line: Line, col: number, want: number): { replace: { start: number; end: number }; lead: string } {
	if (col >= want) return { replace: span(line, want, col), lead: '' };
	return { replace: span(line, col, col), lead: ' '.repeat(want - col) };
}

function span(line: Line, from: number, to: number): { start: number; end: number } {
	return { start: line.start + from, end: line.start + to };
}

function wordAround(text: string, col: number): { start: number; end: number } | undefined {
	let start = col;
	while (start > 0 && /[\w.-]/.test(text[start - 1]!)) start--;
	let end = col;
	while (end < text.length && /[\w.-]/.test(text[end]!)) end++;
	return end > start ? { start, end } : undefined;
}
