// SPDX-License-Identifier: Apache-2.0
// The components of a Kraftfile written as maps: `unikraft:`, `template:` and each entry
// of `libraries:`. kraftkit's unikraft/component/component.go reads the same three keys
// (`source`, `version`, `kconfig`) in each; the rules, hovers and Kconfig reading walk
// them here.
import { isMap, type Document, type YAMLMap } from 'yaml';
import { lastEntry, mapEntries, type MapEntry } from './yaml-nodes';

export interface ComponentMap {
	readonly kind: 'unikraft' | 'template' | 'library';
	/** The entry holding the map: its key is `unikraft`, `template` or the library's name. */
	readonly entry: MapEntry;
	readonly map: YAMLMap;
}

/**
 * The component maps under the top-level `entries`. `every`: each entry, a key written
 * twice included, in file order (what a rule checks, what a hover may be asked about).
 * `last`: only what `kraft` reads, the last `unikraft`, `template` and `libraries`, in that
 * order. A component written as a string, and a `libraries` that is no map, have none.
 */
export function componentMaps(doc: Document.Parsed, entries: readonly MapEntry[], which: 'every' | 'last'): ComponentMap[] {
	const tops = which === 'every' ? entries : (['unikraft', 'template', 'libraries'] as const).flatMap((key) => lastEntry(entries, key) ?? []);
	const out: ComponentMap[] = [];
	for (const e of tops) {
		if ((e.key === 'unikraft' || e.key === 'template') && isMap(e.value)) out.push({ kind: e.key, entry: e, map: e.value });
		if (e.key === 'libraries' && isMap(e.value)) for (const l of mapEntries(doc, e.value)) if (isMap(l.value)) out.push({ kind: 'library', entry: l, map: l.value });
	}
	return out;
}
