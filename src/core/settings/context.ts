// SPDX-License-Identifier: Apache-2.0
// What the checks of the run settings (rules/settings.ts) share: where a node is written
// (a path from the root, for the fixes), and one way to report.
import { isAlias, isMap, type Document, type Node, type YAMLMap } from 'yaml';
import type { Loader } from '../../data/setting-values';
import type { Diagnostic, PathStep, SettingKey, SettingRepair, Severity, Span } from '../types';
import { mapEntries, resolve, spanOf, type MapEntry } from '../yaml-nodes';

/** A node to check: its value (aliases followed), where it is written, and its path when a fix can go there. */
export interface Spot {
	readonly node: Node | null;
	readonly span: Span;
	readonly at?: readonly PathStep[];
}

export interface SettingsContext {
	readonly doc: Document.Parsed;
	readonly text: string;
	readonly loader: Loader;
	report(diagnostic: Diagnostic): void;
}

/** Reports a finding about setting `key` at `spot`, with the repair a fix makes there (only where the path is known). */
export function reportAt(
	ctx: SettingsContext,
	code: 'invalid-setting' | 'misread-setting',
	severity: Severity,
	key: SettingKey,
	spot: Pick<Spot, 'span' | 'at'>,
	message: string,
	repair?: SettingRepair,
): void {
	const data = { kind: 'setting' as const, key, ...(spot.at ? { at: spot.at } : {}), ...(spot.at && repair ? { repair } : {}) };
	ctx.report({ code, severity, message, span: spot.span, data });
}

/** The spot of item `index` of a list written at `parent`. */
export function itemSpot(ctx: SettingsContext, parent: Spot, raw: unknown, index: number): Spot {
	const node = raw == null ? null : (resolve(ctx.doc, raw) ?? null);
	// A block map item's range runs to the next line: point at its text only.
	const span = raw && (raw as Node).range ? trimmed(ctx.text, spanOf(raw as Node)) : parent.span;
	return parent.at && !isAlias(raw) ? { node, span, at: [...parent.at, index] } : { node, span };
}

/** The entries of a map written at `parent`, each with the spots of its key and its value. */
export function entrySpots(doc: Document.Parsed, parent: Spot): { entry: MapEntry; key: Spot; value: Spot }[] {
	const map = parent.node;
	if (!isMap(map)) return [];
	return mapEntries(doc, map).map((entry) => {
		const index = entry.mergedAt ? -1 : ((map as YAMLMap).items as unknown[]).indexOf(entry.pair);
		const base = parent.at && index >= 0 ? parent.at : undefined;
		const rawValue = entry.pair.value;
		const keySpot: Spot = base ? { node: null, span: entry.keySpan, at: [...base, { key: index }] } : { node: null, span: entry.keySpan };
		const valueSpot: Spot = base && !isAlias(rawValue) ? { node: entry.value, span: entry.valueSpan, at: [...base, index] } : { node: entry.value, span: entry.valueSpan };
		return { entry, key: keySpot, value: valueSpot };
	});
}

/** `kraft` by loader, for messages: which one reads this file. */
export function loaderName(loader: Loader): string {
	return loader === 'v07' ? 'the spec v0.7 parser' : "`kraft`'s loader";
}

function trimmed(text: string, span: Span): Span {
	let end = span.end;
	while (end > span.start && /\s/.test(text[end - 1]!)) end--;
	return { start: span.start, end };
}
