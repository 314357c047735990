// SPDX-License-Identifier: Apache-2.0
// Where the cursor is in a `kconfig` block (`unikraft`, `libraries.<name>`, a target; map
// or list form), read from the lines as context.ts reads targets: half-typed text
// (`    CONFIG_LIBUK`, `- CONFIG_`, `CONFIG_X: `) parses as something else, or not at all.
import { ancestors, shapeOf, type Ancestor, type Line } from './lines';
import { scalarEnd, unquoted } from './slots';
import type { Span } from '../types';

/** The block's owner: the three places `kraft` reads kconfig from. */
export type KconfigOwner = { readonly scope: 'unikraft' } | { readonly scope: 'library'; readonly library: string } | { readonly scope: 'target' };

export type KconfigSlot =
	/** An option name. `tail`: the key already has its `:` (map) or `=` (list) after it. */
	| { readonly kind: 'kconfig-name'; readonly form: 'map' | 'list'; readonly replace: Span; readonly lead: string; readonly tail: boolean; readonly owner: KconfigOwner; readonly present: ReadonlySet<string> }
	/** The value of option `name`. `quoted`: the cursor is inside quotes already. */
	| { readonly kind: 'kconfig-value'; readonly form: 'map' | 'list'; readonly name: string; readonly replace: Span; readonly lead: string; readonly quoted: boolean; readonly owner: KconfigOwner };

const NAME_CHAR = /[A-Za-z0-9_]/;

/** The kconfig slot at column `col` of line `index`, if the cursor is in a kconfig block. */
export function kconfigSlotAt(text: string, lines: readonly Line[], index: number, col: number): KconfigSlot | undefined {
	const line = lines[index]!;
	const s = shapeOf(line.text);
	const offset = line.start + col;
	if (s.comment) return undefined;
	if (s.blank) {
		// A new entry: as a key (map form) or as an item at the key's column or deeper.
		for (const isItem of [false, true]) {
			const chain = ancestors(lines, index, col, isItem);
			const block = blockOf(chain);
			if (!block) continue;
			const form = formOf(lines, block.line, block.col);
			if (isItem && form !== 'list') continue;
			const lead = form === 'list' ? '- ' : '';
			return { kind: 'kconfig-name', form, replace: { start: offset, end: offset }, lead, tail: false, owner: block.owner, present: presentNames(lines, block.line, block.col, index) };
		}
		return undefined;
	}
	if (s.dash !== undefined) {
		const block = blockOf(ancestors(lines, index, s.dash, true));
		if (!block || col <= s.dash) return undefined;
		const start = line.start + Math.min(s.content, line.text.length);
		const inner = unquoted(text, start, scalarEnd(text, start, ''));
		if (offset < inner.start && !(col === s.dash + 1 && line.text.length === s.dash + 1)) return undefined;
		const lead = col === s.dash + 1 && line.text.length === s.dash + 1 ? ' ' : '';
		const item = text.slice(inner.start, inner.end);
		const eq = item.indexOf('=');
		const at = offset - inner.start;
		const quoted = inner.start > start;
		if (eq >= 0 && at > eq) {
			return { kind: 'kconfig-value', form: 'list', name: item.slice(0, eq).trim(), replace: { start: inner.start + eq + 1, end: inner.end }, lead: '', quoted, owner: block.owner };
		}
		const end = eq >= 0 ? inner.start + eq : inner.end;
		if (offset > end) return undefined;
		return { kind: 'kconfig-name', form: 'list', replace: { start: Math.min(inner.start, offset), end }, lead, tail: eq >= 0, owner: block.owner, present: presentNames(lines, block.line, block.col, index) };
	}
	const block = blockOf(ancestors(lines, index, s.indent, false));
	if (!block) return undefined;
	if (s.key) {
		if (col < s.key.start) return undefined;
		if (col <= s.key.end) return { kind: 'kconfig-name', form: 'map', replace: { start: line.start + s.key.start, end: line.start + s.key.end }, lead: '', tail: true, owner: block.owner, present: presentNames(lines, block.line, block.col, index) };
		if (col <= s.key.colon) return undefined;
		let start = line.start + s.key.colon + 1;
		const lead = start === line.end ? ' ' : '';
		while (start < line.end && (text[start] === ' ' || text[start] === '\t')) start++;
		const inner = unquoted(text, start, scalarEnd(text, start, ''));
		if (offset < inner.start || offset > inner.end) return undefined;
		return { kind: 'kconfig-value', form: 'map', name: s.key.name, replace: inner, lead, quoted: inner.start > start, owner: block.owner };
	}
	// A name being typed where a key goes, its colon not written yet.
	let from = col;
	while (from > 0 && NAME_CHAR.test(line.text[from - 1]!)) from--;
	let to = col;
	while (to < line.text.length && NAME_CHAR.test(line.text[to]!)) to++;
	if (from !== s.indent || line.text.slice(to).trim() !== '') return undefined;
	return { kind: 'kconfig-name', form: 'map', replace: { start: line.start + from, end: line.start + to }, lead: '', tail: false, owner: block.owner, present: presentNames(lines, block.line, block.col, index) };
}

/** The `kconfig:` key holding a node whose ancestors are `chain`, and whose block it is. */
function blockOf(chain: readonly Ancestor[]): { line: number; col: number; owner: KconfigOwner } | undefined {
	const [k, a, b] = chain;
	if (k?.kind !== 'key' || k.name !== 'kconfig') return undefined;
	const at = { line: k.line, col: k.col };
	if (chain.length === 2 && a?.kind === 'key' && a.name === 'unikraft' && a.col === 0) return { ...at, owner: { scope: 'unikraft' } };
	if (chain.length === 3 && a?.kind === 'key' && b?.kind === 'key' && b.name === 'libraries' && b.col === 0) return { ...at, owner: { scope: 'library', library: a.name } };
	if (chain.length === 3 && a?.kind === 'item' && b?.kind === 'key' && b.name === 'targets' && b.col === 0) return { ...at, owner: { scope: 'target' } };
	return undefined;
}

/** The lines of the block under `kconfig:` at line `keyLine`: list form when any is an item. */
function formOf(lines: readonly Line[], keyLine: number, keyCol: number): 'map' | 'list' {
	for (const s of blockLines(lines, keyLine, keyCol)) if (s.shape.dash !== undefined) return 'list';
	return 'map';
}

function* blockLines(lines: readonly Line[], keyLine: number, keyCol: number): Generator<{ index: number; shape: ReturnType<typeof shapeOf> }> {
	for (let i = keyLine + 1; i < lines.length; i++) {
		const s = shapeOf(lines[i]!.text);
		if (s.blank || s.comment) continue;
		if (s.indent < keyCol || (s.indent === keyCol && s.dash === undefined)) return;
		yield { index: i, shape: s };
	}
}

/** The option names the block already sets, except on the line being edited. */
function presentNames(lines: readonly Line[], keyLine: number, keyCol: number, skip: number): ReadonlySet<string> {
	const out = new Set<string>();
	for (const { index, shape } of blockLines(lines, keyLine, keyCol)) {
		if (index === skip) continue;
		if (shape.dash !== undefined) {
			const m = /^\s*["']?([A-Za-z0-9_]+)=/.exec(lines[index]!.text.slice(shape.content));
			if (m) out.add(m[1]!);
		} else if (shape.key) out.add(shape.key.name);
	}
	return out;
}
