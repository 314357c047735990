// SPDX-License-Identifier: Apache-2.0
// The outline of a Kraftfile (document symbols): the top-level keys, each target named
// `plat/arch` whatever its form, each library with its version, each volume, and every
// `kconfig` block with its options. Plain data in offsets; the editor's Outline view,
// breadcrumbs and Go to Symbol (src/vscode/outline.ts) and the language server's
// `textDocument/documentSymbol` (src/server/outline.ts) convert it.
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Scalar, type YAMLMap } from 'yaml';
import type { Analysis } from './analysis';
import type { TargetModel } from './model';
import type { Span } from './types';
import { visibleText } from './words';
import { contentStart, mapEntries, stringValue, type MapEntry } from './yaml-nodes';

/**
 * What a symbol is. `section`: a top-level key holding a list or map of things
 * (`targets`, `libraries`, `env` …); `key`: any other key, with its value as detail.
 */
export type OutlineKind = 'section' | 'key' | 'target' | 'library' | 'volume' | 'kconfig' | 'option' | 'variable' | 'label' | 'item';

export interface OutlineSymbol {
	/** What a person scans for: `qemu/x86_64`, `musl`, `CONFIG_LIBUKDEBUG`, `targets`. Never empty. */
	readonly name: string;
	/** Shown beside the name: a value, a version, a target's own name; `''` when there is none. */
	readonly detail: string;
	readonly kind: OutlineKind;
	/** Everything the symbol covers (a key and its value, a whole list item). */
	readonly span: Span;
	/** The name as written, inside `span`: where Go to Symbol puts the cursor. */
	readonly selection: Span;
	/** Nested symbols, each inside `span`, in the order they are written. */
	readonly children: readonly OutlineSymbol[];
}

/** How much of a value a detail shows. */
const DETAIL_MAX = 60;
/** How deep keys under keys nobody scans for are listed (`rootfs: {…}` and deeper). */
const GENERIC_DEPTH = 2;

/**
 * The outline of an analysed Kraftfile, in file order. Keys brought in by a `<<` merge
 * and the contents of an alias are not listed again: they are written elsewhere, and a
 * symbol covers only its own text. Empty for a text the analysis did not check. Never throws.
 */
export function documentSymbols(analysis: Analysis): OutlineSymbol[] {
	if (analysis.ignored) return [];
	const doc = analysis.parsed.doc;
	const entries = analysis.model.top.entries;
	if (!doc || !entries) return [];
	try {
		const r = new Reader(doc, analysis.parsed.text);
		const out: OutlineSymbol[] = [];
		for (const e of entries) {
			if (e.mergedAt || e.key === undefined) continue;
			const s = r.topLevel(e, e === analysis.model.targetsEntry ? analysis.model.targets : undefined);
			if (s) out.push(s);
		}
		return out;
	} catch {
		return [];
	}
}

class Reader {
	constructor(
		private readonly doc: Document.Parsed,
		private readonly text: string,
	) {}

	topLevel(e: MapEntry, targets: readonly TargetModel[] | undefined): OutlineSymbol | undefined {
		const own = ownValue(e);
		switch (e.key) {
			case 'targets':
				if (targets) return this.entry(e, 'section', count(targets.length, 'target'), targets.map((t) => this.target(t)));
				return this.entry(e, 'section', '', isSeq(own) ? own.items.map((i) => this.item(i as Node | null, 'target')) : []);
			case 'libraries':
				return this.entry(e, 'section', isMap(own) ? count(own.items.length, 'library', 'libraries') : '', isMap(own) ? this.ownEntries(own).map((l) => this.library(l)) : []);
			case 'volumes':
				return this.entry(e, 'section', isSeq(own) ? count(own.items.length, 'volume') : '', isSeq(own) ? own.items.map((i) => this.volume(i as Node | null)) : []);
			case 'env':
				return this.assignments(e, own, 'variable');
			case 'labels':
				return this.assignments(e, own, 'label');
			case 'kconfig':
				return this.kconfig(e);
			case 'cmd':
				return this.entry(e, 'key', isSeq(own) ? clip(own.items.map((i) => scalarText(i as Node | null)).join(' ')) : this.detail(e.value), []);
			case 'unikraft':
			case 'template':
				return this.component(e, 'key');
			default:
				return this.generic(e, 0);
		}
	}

	/** A target, named `plat/arch` whether written as a string or as a map. */
	target(t: TargetModel): OutlineSymbol {
		const span = t.span;
		const selection = inside(span, t.head) ? t.head : span;
		const children: OutlineSymbol[] = [];
		if (t.form === 'map' && !t.viaAlias && isMap(t.node)) {
			for (const e of this.ownEntries(t.node)) children.push(e.key === 'kconfig' ? this.kconfig(e) : this.generic(e, 1));
		}
		const details = [t.name !== undefined ? visibleText(t.name) : '', t.viaAlias ? this.source(span) : ''].filter((d) => d !== '');
		return this.symbol(targetName(t, this.text), details.join(' '), 'target', span, selection, children);
	}

	/** A library: its name, with its version (a string, or the map's `version`). */
	library(e: MapEntry): OutlineSymbol {
		const own = ownValue(e);
		const version = isMap(e.value) ? stringValue(mapEntries(this.doc, e.value).find((x) => x.key === 'version')?.value) : scalarText(e.value);
		const children = isMap(own) ? this.ownEntries(own).map((x) => (x.key === 'kconfig' ? this.kconfig(x) : this.generic(x, 2))) : [];
		return this.entry(e, 'library', version !== undefined ? clip(version) : '', children);
	}

	/** `unikraft` or `template`: a version string, or a map with `source`, `version`, `kconfig`. */
	component(e: MapEntry, kind: OutlineKind): OutlineSymbol {
		const own = ownValue(e);
		if (!isMap(e.value)) return this.entry(e, kind, this.detail(e.value), []);
		const version = stringValue(mapEntries(this.doc, e.value).find((x) => x.key === 'version')?.value);
		const children = isMap(own) ? this.ownEntries(own).map((x) => (x.key === 'kconfig' ? this.kconfig(x) : this.generic(x, 1))) : [];
		return this.entry(e, kind, version !== undefined ? clip(version) : '', children);
	}

	/** A volume: the short form as written (`./data:/data`), or `source:destination` of the long form. */
	volume(node: Node | null): OutlineSymbol {
		if (!isMap(node)) return this.item(node, 'volume');
		const span = spanOf(node);
		const get = (key: string) => stringValue(mapEntries(this.doc, node).find((x) => x.key === key)?.value);
		const source = get('source');
		const destination = get('destination');
		const name = source !== undefined || destination !== undefined ? `${source ?? '?'}:${destination ?? '?'}` : '';
		const children = this.ownEntries(node).map((x) => this.generic(x, 2));
		const first = children[0];
		return this.symbol(visibleText(name) || this.firstLineOf(span), '', 'volume', span, first ? first.selection : span, children);
	}

	/** `env` or `labels`: a map of names to values, or (for `env`) a list of `KEY=VALUE`. */
	assignments(e: MapEntry, own: Node | null, kind: 'variable' | 'label'): OutlineSymbol {
		if (isMap(own)) return this.entry(e, 'section', '', this.ownEntries(own).map((x) => this.entry(x, kind, this.detail(x.value), [])));
		if (isSeq(own)) return this.entry(e, 'section', '', own.items.map((i) => this.assignment(i as Node | null, kind)));
		return this.entry(e, 'section', this.detail(e.value), []);
	}

	/** A `kconfig` block: a map of options, or a list of `CONFIG_X=y`. */
	kconfig(e: MapEntry): OutlineSymbol {
		const own = ownValue(e);
		if (isMap(own)) {
			const options = this.ownEntries(own).map((x) => this.entry(x, 'option', this.detail(x.value), []));
			return this.entry(e, 'kconfig', count(options.length, 'option'), options);
		}
		if (isSeq(own)) {
			const options = own.items.map((i) => this.assignment(i as Node | null, 'option'));
			return this.entry(e, 'kconfig', count(options.length, 'option'), options);
		}
		return this.entry(e, 'kconfig', this.detail(e.value), []);
	}

	/** A `KEY=VALUE` list item: named by the key, the value as detail. */
	assignment(node: Node | null, kind: OutlineKind): OutlineSymbol {
		const text = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
		const eq = text?.indexOf('=') ?? -1;
		if (text === undefined || eq <= 0) return this.item(node, kind);
		const span = spanOf(node!);
		// The name alone when the item is written as its value (no quotes or escapes).
		const at = contentStart(this.text, node as Scalar);
		const selection = at === undefined ? span : { start: at, end: at + eq };
		return this.symbol(visibleText(text.slice(0, eq)), clip(text.slice(eq + 1)), kind, span, selection, []);
	}

	/** Any other key: its value as detail, and for a map its keys (not deeper than `GENERIC_DEPTH`). */
	generic(e: MapEntry, depth: number): OutlineSymbol {
		const own = ownValue(e);
		const children = isMap(own) && depth < GENERIC_DEPTH ? this.ownEntries(own).map((x) => (x.key === 'kconfig' ? this.kconfig(x) : this.generic(x, depth + 1))) : [];
		return this.entry(e, 'key', this.detail(e.value), children);
	}

	/** A list item that is no map entry: named by its text. */
	item(node: Node | null, kind: OutlineKind): OutlineSymbol {
		if (!node || !node.range) return this.symbol('(empty)', '', kind, { start: 0, end: 0 }, { start: 0, end: 0 }, []);
		const span = spanOf(node);
		const text = isScalar(node) && node.value !== null && typeof node.value !== 'object' ? visibleText(String(node.value)) : '';
		return this.symbol(text !== '' ? clip(text) : this.firstLineOf(span), '', kind, span, span, []);
	}

	/** A symbol for a key and its value, selected at the key. */
	entry(e: MapEntry, kind: OutlineKind, detail: string, children: readonly OutlineSymbol[]): OutlineSymbol {
		const span = { start: e.keySpan.start, end: Math.max(e.keySpan.end, e.valueSpan.end) };
		return this.symbol(visibleText(e.key ?? '') || '""', detail, kind, span, e.keySpan, children);
	}

	/** A symbol; `span` without the line break a block collection's range ends with. */
	symbol(name: string, detail: string, kind: OutlineKind, raw: Span, selection: Span, children: readonly OutlineSymbol[]): OutlineSymbol {
		const span = { start: raw.start, end: contentEnd(this.text, raw) };
		return { name: name === '' ? '(empty)' : name, detail, kind, span, selection: inside(span, selection) ? selection : span, children: within(span, children) };
	}

	/** A map's own entries with a key (not those a `<<` merge brings in). */
	ownEntries(map: YAMLMap): MapEntry[] {
		return mapEntries(this.doc, map).filter((x) => !x.mergedAt && x.key !== undefined);
	}

	/** A scalar value as a detail; `''` for a list, a map or nothing. */
	detail(node: Node | null): string {
		const text = scalarText(node);
		return text === undefined ? '' : clip(visibleText(text));
	}

	/** The text at `span`, as a name of last resort. */
	source(span: Span): string {
		return clip(this.text.slice(span.start, span.end));
	}

	firstLineOf(span: Span): string {
		const text = this.text.slice(span.start, span.end).split(/\r\n|\r|\n/, 1)[0]!.trim();
		return text === '' ? '(empty)' : clip(visibleText(text));
	}
}

/** `plat/arch` of a target, whichever form; the text as written for one `kraft` cannot read. */
function targetName(t: TargetModel, text: string): string {
	if (t.form === 'shorthand' || t.platform || t.architecture) {
		if (t.form === 'shorthand' && !t.architecture) return clip(visibleText(stringValue(t.node) ?? '')) || '(empty)';
		return `${visibleText(t.platform?.text ?? '') || '?'}/${visibleText(t.architecture?.text ?? '') || '?'}`;
	}
	if (t.form === 'map' && t.name !== undefined) return visibleText(t.name);
	// A map naming neither half (`- qemu: x86_64`), or no target at all: its first line as written.
	const from = t.form === 'map' ? t.head : t.span;
	const first = text.slice(from.start, from.end).split(/\r\n|\r|\n/, 1)[0]!.trim();
	return first === '' ? '(empty)' : clip(visibleText(first));
}

/** The value as written in this entry: `undefined` for an alias, whose content is written elsewhere. */
function ownValue(e: MapEntry): Node | null {
	return isAlias(e.pair.value) ? null : e.value;
}

function scalarText(node: Node | null | undefined): string | undefined {
	if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
	const v = node.value;
	return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' ? String(node.source ?? v) : undefined;
}

function spanOf(node: Node): Span {
	const r = node.range;
	return r ? { start: r[0], end: r[1] } : { start: 0, end: 0 };
}


/** The children that lie inside `span` (an empty list item has no place of its own). */
function within(span: Span, children: readonly OutlineSymbol[]): OutlineSymbol[] {
	return children.filter((c) => c.span.end > c.span.start && inside(span, c.span));
}

/** Where the text of `span` ends, without the line break a block collection's range ends with. */
function contentEnd(text: string, span: Span): number {
	let end = span.end;
	while (end > span.start && isSpace(text.charCodeAt(end - 1))) end--;
	return end;
}

/** A space, a tab or a line break: what YAML leaves between a value and the next line's content. */
function isSpace(c: number): boolean {
	return c === 32 || c === 9 || c === 10 || c === 13;
}

function inside(outer: Span, inner: Span): boolean {
	return outer.start <= inner.start && inner.end <= outer.end;
}

function clip(text: string): string {
	if (text.length <= DETAIL_MAX && !/[\r\n]/.test(text)) return text;
	const line = text.split(/\r\n|\r|\n/, 1)[0]!;
	return line.length > DETAIL_MAX || line.length < text.length ? `${line.slice(0, DETAIL_MAX - 1)}…` : line;
}

function count(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}
