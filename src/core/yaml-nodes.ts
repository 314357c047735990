// SPDX-License-Identifier: Apache-2.0
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, type Alias, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { charge } from './limits';
import type { PathStep, Span } from './types';

/** How deep `<<` merges are followed before giving up (a guard against alias cycles). */
const MAX_MERGE_DEPTH = 8;

/** The span of a node as written (an alias: the `*name` itself). */
export function spanOf(node: Node): Span {
	const r = node.range;
	return r ? { start: r[0], end: r[1] } : { start: 0, end: 0 };
}

/**
 * Follows an alias to the node it names (the last `&anchor` of that name before it, as
 * `Alias.resolve` finds it); other nodes are returned as they are. `Alias.resolve` walks
 * the whole document on every call; this indexes the document's aliases once.
 */
export function resolve(doc: Document.Parsed, node: unknown): Node | undefined {
	if (isAlias(node)) {
		let index = aliasIndex.get(doc);
		if (!index) aliasIndex.set(doc, (index = indexAliases(doc)));
		return index.get(node);
	}
	return (node ?? undefined) as Node | undefined;
}

/**
 * Calls `fn` for every node of `doc` (maps, lists, scalars, aliases) in the order of the
 * `yaml` library's `visit`: a node before its children, a pair's key before its value.
 * Unlike `visit` it allocates nothing per node (`visit` copies the ancestor path at each
 * level), which matters when several rules walk the document on every keystroke.
 */
export function forEachNode(doc: Document.Parsed, fn: (node: Node) => void): void {
	walk(doc.contents, fn);
}

function walk(node: unknown, fn: (node: Node) => void): void {
	if (isCollection(node)) {
		fn(node);
		for (const item of node.items) walk(item, fn);
	} else if (isPair(node)) {
		walk(node.key, fn);
		walk(node.value, fn);
	} else if (isScalar(node) || isAlias(node)) {
		fn(node);
	}
}

/**
 * Calls `fn` with every map of the document as written (aliases are not followed) and its
 * path from the root (see `PathStep`), in the order `forEachNode` visits them. The path is
 * a function: it is copied out of one shared stack only when asked (a duplicate key), as
 * this runs over every map on every keystroke.
 */
export function forEachMap(doc: Document.Parsed, fn: (map: YAMLMap, path: () => readonly PathStep[]) => void): void {
	const stack: PathStep[] = [];
	const path = (): readonly PathStep[] => stack.slice();
	const visit = (node: unknown): void => {
		if (!isCollection(node)) return;
		if (isMap(node)) fn(node, path);
		const items = node.items;
		for (let i = 0; i < items.length; i++) {
			const item = items[i];
			if (isPair(item)) {
				if (isCollection(item.key)) {
					stack.push({ key: i });
					visit(item.key);
					stack.pop();
				}
				if (isCollection(item.value)) {
					stack.push(i);
					visit(item.value);
					stack.pop();
				}
			} else if (isCollection(item)) {
				stack.push(i);
				visit(item);
				stack.pop();
			}
		}
	};
	visit(doc.contents);
}

/** The node at `path` (from `forEachMap`), or `undefined` when the document has none there. */
export function nodeAt(doc: Document.Parsed, path: readonly PathStep[]): Node | undefined {
	let node: unknown = doc.contents;
	for (const step of path) {
		if (!isCollection(node)) return undefined;
		const item = node.items[typeof step === 'number' ? step : step.key];
		node = isPair(item) ? (typeof step === 'number' ? item.value : item.key) : typeof step === 'number' ? item : undefined;
	}
	return (node ?? undefined) as Node | undefined;
}

/** What a YAML value is, in words for messages ("a number", "a list" …). */
export function describeNode(node: Node | null | undefined): string {
	if (node == null) return 'empty';
	if (isMap(node)) return 'a map';
	if (isSeq(node)) return 'a list';
	if (isScalar(node)) {
		const v = node.value;
		if (v === null) return 'empty';
		if (typeof v === 'string') return 'a string';
		if (typeof v === 'number') return 'a number';
		if (typeof v === 'boolean') return 'a boolean';
	}
	return 'not a string';
}

/** A scalar's string value, or `undefined` if the node is not a string scalar. */
export function stringValue(node: Node | null | undefined): string | undefined {
	return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/**
 * Where the characters of a string scalar's value start in the source, when the value
 * is the source text as written (plain, or quoted without escapes). Then a part of the
 * value (the `arch` of `qemu/arch`) can be underlined exactly; otherwise `undefined`.
 */
export function contentStart(text: string, node: Scalar): number | undefined {
	const r = node.range;
	if (!r || typeof node.value !== 'string') return undefined;
	const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
	const from = quoted ? r[0] + 1 : r[0];
	const to = quoted ? r[1] - 1 : r[1];
	if (node.type !== 'PLAIN' && !quoted) return undefined;
	// Compared in place: this runs for every name of every target on every keystroke.
	return to - from === node.value.length && text.startsWith(node.value, from) ? from : undefined;
}

/** One key/value entry of a map, with `<<` merges already applied. */
export interface MapEntry {
	/** The key as a string, or `undefined` for a key that is not a string scalar. */
	readonly key: string | undefined;
	readonly keySpan: Span;
	/** The value, with an alias already followed. `null` for an empty value (`key:`). */
	readonly value: Node | null;
	/** Where the value is written; an empty value gets an empty span right after the key. */
	readonly valueSpan: Span;
	/** Set when the entry comes from a `<<` merge: the span of that `<<` entry. */
	readonly mergedAt?: Span;
	readonly pair: Pair;
}

/**
 * The entries of a map in source order, as Go's YAML decoders see them: a `<<: *anchor`
 * entry contributes the keys of the anchored map that the map does not set itself (from
 * a list of maps, `<<: [*a, *b]`, the first map that sets a key wins). Each map is read
 * once per document (the result is shared: do not change it), and each map merged into
 * it at most once, so the work is linear in the document, counted by `charge`.
 */
export function mapEntries(doc: Document.Parsed, map: YAMLMap, depth = 0): readonly MapEntry[] {
	if (depth > 0) return collectEntries(doc, map, depth, new Set([map]));
	// Every rule asks, many times per analysis, of the same document: keep its memo at hand.
	let memo = doc === lastDoc ? lastMemo : memos.get(doc);
	if (!memo) memos.set(doc, (memo = new Map()));
	lastDoc = doc;
	lastMemo = memo;
	let entries = memo.get(map);
	if (!entries) memo.set(map, (entries = collectEntries(doc, map, depth, new Set([map]))));
	return entries;
}

/**
 * The last entry with one of `keys`: Go's YAML decoders keep the last of a key written
 * twice, so that is the one `kraft` reads.
 */
export function lastEntry(entries: readonly MapEntry[], ...keys: string[]): MapEntry | undefined {
	for (let i = entries.length - 1; i >= 0; i--) if (keys.includes(entries[i]!.key ?? '')) return entries[i];
	return undefined;
}

/** True for a value that is empty: no value at all, `~` or `null`. */
export function isEmptyValue(node: Node | null): boolean {
	return node == null || (isScalar(node) && node.value === null);
}

/**
 * One memo per document, not one weak entry per map: a `WeakMap` keyed by every map of
 * every document analysed grows and rehashes on each keystroke (measured: buildModel on
 * 1,000 targets took 4 to 6 times as long while documents were still alive).
 */
const memos = new WeakMap<Document.Parsed, Map<YAMLMap, readonly MapEntry[]>>();
// The document asked about last, and its memo. Holding it keeps one document alive after
// its analysis, until the next one is asked about.
let lastDoc: Document.Parsed | undefined;
let lastMemo: Map<YAMLMap, readonly MapEntry[]> | undefined;
const aliasIndex = new WeakMap<Document.Parsed, Map<Alias, Node | undefined>>();

function indexAliases(doc: Document.Parsed): Map<Alias, Node | undefined> {
	const index = new Map<Alias, Node | undefined>();
	const anchors = new Map<string, Node>();
	// The order of `Alias.resolve`: a node before its children, a key before its value.
	forEachNode(doc, (node) => {
		if (isAlias(node)) index.set(node, anchors.get(node.source));
		else if ((isScalar(node) || isCollection(node)) && node.anchor) anchors.set(node.anchor, node);
	});
	return index;
}

/** `mapEntries` of `map`, skipping the maps in `seen` (merged already, or being merged). */
function collectEntries(doc: Document.Parsed, map: YAMLMap, depth: number, seen: Set<YAMLMap>): MapEntry[] {
	const own: MapEntry[] = [];
	// Only maps with a `<<` merge need these (most have none): made on the first merge.
	let merged: MapEntry[] | undefined;
	let mergedKeys: Set<string | undefined> | undefined;
	// One charge for the map's pairs (a WeakMap look-up per pair costs more than the pair).
	const items = charge(doc, map.items.length) ? map.items : [];
	for (const pair of items) {
		const keyNode = pair.key as Node | null;
		const keySpan = keyNode && keyNode.range ? spanOf(keyNode) : { start: 0, end: 0 };
		if (isScalar(keyNode) && (keyNode.value === '<<' || typeof keyNode.value === 'symbol') && keyNode.source === '<<') {
			if (depth >= MAX_MERGE_DEPTH) continue;
			const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
			const at = { start: keySpan.start, end: pair.value && (pair.value as Node).range ? spanOf(pair.value as Node).end : keySpan.end };
			merged ??= [];
			mergedKeys ??= new Set();
			for (const s of sources) {
				if (!charge(doc, 1)) break;
				const target = resolve(doc, s);
				// A map merged before sets no key that is not set already (the first wins).
				if (!isMap(target) || seen.has(target)) continue;
				seen.add(target);
				for (const e of collectEntries(doc, target, depth + 1, seen)) {
					if ((e.key !== undefined && mergedKeys.has(e.key)) || !charge(doc, 1)) continue;
					mergedKeys.add(e.key);
					merged.push({ ...e, mergedAt: e.mergedAt ?? at });
				}
			}
			continue;
		}
		const key = isScalar(keyNode) ? (keyNode.value == null ? undefined : String(keyNode.value)) : undefined;
		const rawValue = pair.value as Node | null;
		const value = rawValue == null ? null : (resolve(doc, rawValue) ?? null);
		const valueSpan = rawValue && rawValue.range ? spanOf(rawValue) : { start: keySpan.end, end: keySpan.end };
		own.push({ key, keySpan, value, valueSpan, pair });
	}
	if (!merged) return own;
	const ownKeys = new Set(own.map((e) => e.key));
	for (const e of merged) if (!ownKeys.has(e.key)) own.push(e);
	return own;
}
