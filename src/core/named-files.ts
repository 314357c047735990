// SPDX-License-Identifier: Apache-2.0
// The paths and URLs a Kraftfile names, read once per model: `rootfs` (a string, or the
// v0.7 map with `source`, `source.path`, `source.dockerfile`), `roms` (v0.7, the same
// forms), volume sources (`./x:/y`, `source:` of the long form, the v0.7 single string)
// and the `source` of `unikraft`, `template` and libraries. Document links and the
// `missing-path` rule both read this list. Values of a wrong type are skipped: their
// shape is the value checks' business, not this file's.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { NamedFileRole } from '../data/named-files';
import type { KraftfileModel } from './model';
import type { KraftfileDoc } from './parse';
import type { Span } from './types';
import { contentStart, lastEntry, mapEntries, resolve, spanOf, stringValue, type MapEntry } from './yaml-nodes';

export interface NamedFile {
	readonly role: NamedFileRole;
	/** The path or URL as `kraft` reads it. */
	readonly value: string;
	/** Where it is written: exactly the value's characters when they are the source text, else the whole scalar. */
	readonly span: Span;
	/** False when the span covers more than the value (an escaped string, or a part of `./x:/y` that cannot be pointed at). */
	readonly exact: boolean;
	/** A v0.7 long form's explicit `type` (`oci`, `dir`, `dockerfile` …), when written. */
	readonly type?: string;
}

const cache = new WeakMap<KraftfileModel, readonly NamedFile[]>();

/** Every path and URL the Kraftfile names, in document order. Never throws on odd shapes. */
export function namedFiles(parsed: KraftfileDoc, model: KraftfileModel): readonly NamedFile[] {
	let found = cache.get(model);
	if (!found) cache.set(model, (found = collect(parsed, model)));
	return found;
}

function collect(parsed: KraftfileDoc, model: KraftfileModel): NamedFile[] {
	const doc = parsed.doc;
	const top = model.top.entries;
	if (!doc || !top) return [];
	const out: NamedFile[] = [];
	const text = parsed.text;
	const add = (role: NamedFileRole, node: Node | null | undefined, type?: string, cut?: number): void => {
		const value = stringValue(node);
		if (value === undefined || !isScalar(node)) return;
		const part = cut === undefined ? value : value.slice(0, cut);
		if (part.trim() === '') return;
		const start = contentStart(text, node);
		const file: { -readonly [K in keyof NamedFile]: NamedFile[K] } =
			start === undefined ? { role, value: part, span: spanOf(node), exact: false } : { role, value: part, span: { start, end: start + part.length }, exact: true };
		if (type !== undefined) file.type = type;
		out.push(file);
	};
	const entries = (node: Node | null): readonly MapEntry[] => (isMap(node) ? mapEntries(doc, node) : []);

	/** `rootfs` and each `roms` item: a string, or `{ source: string | { path, type, dockerfile }, type?, format? }`. */
	const filesystem = (role: 'rootfs' | 'rom', node: Node | null): void => {
		if (!isMap(node)) return add(role, node);
		const own = entries(node);
		const source = lastEntry(own, 'source')?.value ?? null;
		if (isMap(source)) {
			const inner = entries(source);
			const type = stringValue(lastEntry(inner, 'type')?.value);
			add(role, lastEntry(inner, 'path')?.value, type);
			add('dockerfile', lastEntry(inner, 'dockerfile')?.value);
		} else {
			// The deprecated form: `source` a string, `type` beside it.
			add(role, source, stringValue(lastEntry(own, 'type')?.value));
		}
	};

	/** A volume: `source[:destination]` (kraft splits at the colons), or a map with `source`. */
	const volume = (node: Node | null): void => {
		if (isMap(node)) return add('volume', lastEntry(entries(node), 'source')?.value);
		const value = stringValue(node);
		if (value === undefined) return;
		const colon = value.indexOf(':');
		add('volume', node, undefined, colon < 0 ? undefined : colon);
	};

	/** `unikraft`, `template` and each library: a map with `source` (other forms name no path). */
	const component = (node: Node | null, nested: boolean): void => {
		const own = entries(node);
		add('source', lastEntry(own, 'source')?.value);
		// v0.7 and templates nest libraries in `unikraft`/`template` as maps with a `source` of their own.
		if (nested) for (const e of own) if (e.key !== 'source' && e.key !== 'kconfig' && isMap(e.value)) add('source', lastEntry(entries(e.value), 'source')?.value);
	};

	for (const e of top) {
		switch (e.key) {
			case 'rootfs':
				filesystem('rootfs', e.value);
				break;
			case 'roms':
				if (isSeq(e.value)) for (const item of e.value.items) filesystem('rom', resolveItem(parsed, item));
				break;
			case 'volumes':
				if (isSeq(e.value)) for (const item of e.value.items) volume(resolveItem(parsed, item));
				else if (isMap(e.value)) for (const v of entries(e.value)) volume(v.value);
				else volume(e.value);
				break;
			case 'unikraft':
			case 'template':
				component(e.value, true);
				break;
			case 'libraries':
				for (const lib of entries(e.value)) component(lib.value, false);
				break;
		}
	}
	return out.sort((a, b) => a.span.start - b.span.start);
}

/** A list item, an alias followed. */
function resolveItem(parsed: KraftfileDoc, item: unknown): Node | null {
	return resolve(parsed.doc!, item) ?? null;
}
