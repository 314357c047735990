// SPDX-License-Identifier: Apache-2.0
import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { ARCH_KEYS, NAME_KEYS, PLATFORM_KEYS } from '../data/target-keys';
import type { KraftfileDoc } from './parse';
import { charge } from './limits';
import { lookupArchitecture, lookupPlatform, type ArchLookup, type PlatformLookup } from './support-matrix';
import { firstLine } from './text';
import type { Span } from './types';
import { contentStart, lastEntry, mapEntries, resolve, spanOf, stringValue, type MapEntry } from './yaml-nodes';

/**
 * A platform or architecture as a target names it: the text and exactly where it is
 * written. `exact` is false when the span covers more than the name (an alias `*t`, or a
 * quoted string with escapes), so an edit must not replace just the span.
 */
export interface NamePart {
	readonly text: string;
	readonly span: Span;
	readonly exact: boolean;
	/** The key it was read from (`plat`, `platform`, …), or `undefined` for `plat/arch` shorthand. */
	readonly key?: string;
}

/** A target's platform, resolved once: what the name means (a row, an alias, another kind of platform, unknown). */
export interface PlatformPart extends NamePart {
	readonly found: PlatformLookup;
}

/** A target's architecture, resolved once: a known one, a misnomer, one Unikraft lacks, or unknown. */
export interface ArchPart extends NamePart {
	readonly found: ArchLookup;
}

export interface TargetModel {
	readonly index: number;
	/** The whole list item as written (for an alias, the `*name`). */
	readonly span: Span;
	/** Where to point at the target as a whole: its first line (the item, or a map's first entry). */
	readonly head: Span;
	readonly form: 'shorthand' | 'map' | 'other';
	/** The item after following an alias. */
	readonly node: Node | null;
	/** True when the item is an alias (`- *base`). */
	readonly viaAlias: boolean;
	/** For the map form: its entries (merges applied). */
	readonly entries: readonly MapEntry[];
	readonly platform?: PlatformPart;
	readonly architecture?: ArchPart;
	/** The target's own `name` (or `kernel`, which the legacy loader reads as the name). */
	readonly name?: string;
}

export interface TopLevel {
	/** The root map, or `undefined` when the document is not a map. */
	readonly entries: readonly MapEntry[] | undefined;
	/** The root node, when it is not a map (for the message). */
	readonly root: Node | null | undefined;
}

export interface KraftfileModel {
	readonly top: TopLevel;
	readonly targetsEntry?: MapEntry;
	readonly targets: readonly TargetModel[];
	/** The top-level `name`, used as the default target name. */
	readonly projectName?: string;
}

/** Reads the parts of a parsed Kraftfile the rules look at. Never throws. */
export function buildModel(parsed: KraftfileDoc): KraftfileModel {
	const doc = parsed.doc;
	if (!doc) return { top: { entries: undefined, root: undefined }, targets: [] };
	const root = doc.contents as Node | null;
	if (!isMap(root)) return { top: { entries: undefined, root }, targets: [] };
	const entries = mapEntries(doc, root);
	const targetsEntry = lastEntry(entries, 'targets');
	const projectName = stringValue(lastEntry(entries, 'name')?.value);
	const targets: TargetModel[] = [];
	if (targetsEntry && isSeq(targetsEntry.value)) {
		for (const [index, item] of targetsEntry.value.items.entries()) {
			const target = readTarget(parsed, item as Node | null, index);
			targets.push(target);
			// Many targets can be aliases of one large map: count what each costs the rules.
			if (!charge(doc, 1 + target.entries.length)) break;
		}
	}
	const model: Writable<KraftfileModel> = { top: { entries, root }, targets };
	if (targetsEntry) model.targetsEntry = targetsEntry;
	if (projectName !== undefined) model.projectName = projectName;
	return model;
}

/**
 * The model is built with assignments rather than conditional spreads (`...(x ? { x } : {})`):
 * this runs for every target on every keystroke, and each such spread allocates and copies.
 */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

function readTarget(parsed: KraftfileDoc, raw: Node | null, index: number): TargetModel {
	const doc = parsed.doc!;
	const span = raw && raw.range ? spanOf(raw) : { start: 0, end: 0 };
	const viaAlias = raw != null && raw.range != null && resolve(doc, raw) !== raw;
	const node = raw == null ? null : (resolve(doc, raw) ?? null);
	const itemHead = firstLine(parsed.text, span);
	if (isScalar(node) && typeof node.value === 'string') {
		const [platform, architecture] = splitPlatArch(parsed.text, node, undefined);
		const target: Writable<TargetModel> = { index, span, head: itemHead, node, viaAlias, form: 'shorthand', entries: [] };
		if (platform) target.platform = platform;
		if (architecture) target.architecture = architecture;
		return target;
	}
	if (!isMap(node)) return { index, span, head: itemHead, node, viaAlias, form: 'other', entries: [] };
	const entries = mapEntries(doc, node);
	// A map target is pointed at by its first own entry (`name: …` or `platform: …`).
	const first = viaAlias ? undefined : entries.find((e) => !e.mergedAt);
	const head = first ? firstLine(parsed.text, { start: first.keySpan.start, end: Math.max(first.keySpan.end, first.valueSpan.end) }) : itemHead;
	let platform: PlatformPart | undefined;
	let architecture: ArchPart | undefined;
	let name: string | undefined;
	// Go ranges over a map in random order; where keys conflict a rule reports it, and
	// here the last one written wins so that the model is at least deterministic.
	for (const e of entries) {
		if (PLATFORM_KEYS.includes(e.key ?? '') && isScalar(e.value) && typeof e.value.value === 'string') {
			const [p, a] = splitPlatArch(parsed.text, e.value, e.key);
			if (p) platform = p;
			if (a) architecture = a;
		} else if (ARCH_KEYS.includes(e.key ?? '') && isScalar(e.value) && typeof e.value.value === 'string') {
			architecture = asArch(parsed.text, e.value, 0, e.value.value.length, e.key);
		} else if (NAME_KEYS.includes(e.key ?? '') && typeof stringValue(e.value) === 'string') {
			name = stringValue(e.value);
		}
	}
	const target: Writable<TargetModel> = { index, span, head, node, viaAlias, form: 'map', entries };
	if (platform) target.platform = platform;
	if (architecture) target.architecture = architecture;
	if (name !== undefined) target.name = name;
	return target;
}

/**
 * Splits `plat/arch` as `kraft` does (`strings.SplitN(value, "/", 2)`): the architecture is
 * everything after the first slash. A `platform:` value without a slash is only a platform.
 * Parts point at where the text is written, also when it comes through an alias or a
 * `<<` merge: that is where a fix has to go.
 */
function splitPlatArch(text: string, node: Scalar, key: string | undefined): [PlatformPart | undefined, ArchPart | undefined] {
	const value = node.value as string;
	const slash = value.indexOf('/');
	if (slash < 0) return [key ? asPlatform(text, node, 0, value.length, key) : undefined, undefined];
	return [asPlatform(text, node, 0, slash, key), asArch(text, node, slash + 1, value.length, key)];
}

/** The platform name resolved: the rules, fixes, hover and completion read `found`. */
function asPlatform(text: string, node: Scalar, from: number, to: number, key: string | undefined): PlatformPart {
	const name = (node.value as string).slice(from, to);
	return namePart(text, node, from, to, key, name, lookupPlatform(name));
}

function asArch(text: string, node: Scalar, from: number, to: number, key: string | undefined): ArchPart {
	const name = (node.value as string).slice(from, to);
	return namePart(text, node, from, to, key, name, lookupArchitecture(name));
}

/** Made in one object literal, `found` included: adding it afterwards costs a shape change per name per keystroke. */
function namePart<F>(text: string, node: Scalar, from: number, to: number, key: string | undefined, part: string, found: F): NamePart & { found: F } {
	const start = contentStart(text, node);
	const name: Writable<NamePart> & { found: F } = start === undefined ? { text: part, span: spanOf(node), exact: false, found } : { text: part, span: { start: start + from, end: start + to }, exact: true, found };
	if (key) name.key = key;
	return name;
}

/**
 * The indices of the targets that read the text at `span` (more than one when an alias
 * or a `<<` merge repeats a target): for a rule to name in a diagnostic's data, so that
 * no fix has to search by span. A target reads a span when its item, its first line or
 * one of its names contains it. Rules ask once per diagnostic, so this is indexed once per
 * model rather than a scan of every target (quadratic on 1,000 targets with mistakes).
 */
export function targetsReading(model: KraftfileModel, span: Span): number[] {
	// A few targets: a scan costs less than building the index (the typing loop's case).
	return model.targets.length <= 32 ? targetsReadingByScan(model, span) : targetsReadingIndexed(model, span);
}

/** `targetsReading` through the index of the model, built on first use. */
export function targetsReadingIndexed(model: KraftfileModel, span: Span): number[] {
	let index = readingIndexes.get(model);
	if (!index) readingIndexes.set(model, (index = readingIndex(model)));
	const out = new Set<number>();
	// Sequence items do not overlap and come in order: at most one item holds `span`.
	const items = index.items;
	let lo = 0;
	let hi = items.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (items[mid]!.span.start <= span.start) lo = mid + 1;
		else hi = mid - 1;
	}
	const item = items[hi];
	if (item && within(item.span, span)) out.add(item.index);
	// An item with no text (`- ` alone) has the empty span at 0.
	for (const t of index.empty) if (within(t.span, span) || within(t.head, span)) out.add(t.index);
	// Names: an alias or a merge makes several targets read the same scalar, at the same span.
	for (const i of index.names.get(key(span)) ?? []) out.add(i);
	// A name that covers more than its text (`exact: false`: an alias, an escaped string).
	for (const t of index.wide) if ((t.platform && within(t.platform.span, span)) || (t.architecture && within(t.architecture.span, span))) out.add(t.index);
	return [...out].sort((a, b) => a - b);
}

interface ReadingIndex {
	readonly items: readonly TargetModel[];
	readonly empty: readonly TargetModel[];
	readonly names: ReadonlyMap<string, readonly number[]>;
	readonly wide: readonly TargetModel[];
}

const readingIndexes = new WeakMap<KraftfileModel, ReadingIndex>();

function readingIndex(model: KraftfileModel): ReadingIndex {
	const items: TargetModel[] = [];
	const empty: TargetModel[] = [];
	const names = new Map<string, number[]>();
	const wide: TargetModel[] = [];
	for (const t of model.targets) {
		(t.span.start < t.span.end ? items : empty).push(t);
		for (const part of [t.platform, t.architecture]) {
			if (!part) continue;
			const k = key(part.span);
			const list = names.get(k);
			if (list) list.push(t.index);
			else names.set(k, [t.index]);
			if (!part.exact && !wide.includes(t)) wide.push(t);
		}
	}
	items.sort((a, b) => a.span.start - b.span.start);
	return { items, empty, names, wide };
}

function within(outer: Span, inner: Span): boolean {
	return outer.start <= inner.start && inner.end <= outer.end;
}

function key(span: Span): string {
	return `${span.start}:${span.end}`;
}

/** The plain scan: what `targetsReading` does for a few targets, and the test holds the index equal to. */
export function targetsReadingByScan(model: KraftfileModel, span: Span): number[] {
	const out: number[] = [];
	const holds = (s: Span | undefined) => s !== undefined && s.start <= span.start && span.end <= s.end;
	for (const t of model.targets) if (holds(t.span) || holds(t.head) || holds(t.platform?.span) || holds(t.architecture?.span)) out.push(t.index);
	return out;
}
