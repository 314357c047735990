// SPDX-License-Identifier: Apache-2.0
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Span } from './types';

/** How deep `<<` merges are followed before giving up (a guard against alias cycles). */
const MAX_MERGE_DEPTH = 8;

/** The span of a node as written (an alias: the `*name` itself). */
export function spanOf(node: Node): Span {
	const r = node.range;
	return r ? { start: r[0], end: r[1] } : { start: 0, end: 0 };
}

/** Follows an alias to the node it names; other nodes are returned as they are. */
export function resolve(doc: Document.Parsed, node: unknown): Node | undefined {
	if (isAlias(node)) {
		const target = node.resolve(doc);
		return (target ?? undefined) as Node | undefined;
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
	return text.slice(from, to) === node.value ? from : undefined;
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
 * entry contributes the keys of the anchored map that the map does not set itself.
 */
export function mapEntries(doc: Document.Parsed, map: YAMLMap, depth = 0): MapEntry[] {
	const own: MapEntry[] = [];
	const merged: MapEntry[] = [];
	for (const pair of map.items) {
		const keyNode = pair.key as Node | null;
		const keySpan = keyNode && keyNode.range ? spanOf(keyNode) : { start: 0, end: 0 };
		if (isScalar(keyNode) && (keyNode.value === '<<' || typeof keyNode.value === 'symbol') && keyNode.source === '<<') {
			if (depth >= MAX_MERGE_DEPTH) continue;
			const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
			const at = { start: keySpan.start, end: pair.value && (pair.value as Node).range ? spanOf(pair.value as Node).end : keySpan.end };
			for (const s of sources) {
				const target = resolve(doc, s);
				if (isMap(target)) {
					for (const e of mapEntries(doc, target, depth + 1)) merged.push({ ...e, mergedAt: e.mergedAt ?? at });
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
	const ownKeys = new Set(own.map((e) => e.key));
	return [...own, ...merged.filter((e) => !ownKeys.has(e.key))];
}

/** True for a value that is empty: no value at all, `~` or `null`. */
export function isEmptyValue(node: Node | null): boolean {
	return node == null || (isScalar(node) && node.value === null);
}
