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
	/** Where it is: `entry` indexes the top-level entries; `library`, the entries of that `libraries` map. */
	readonly index: { readonly entry: number; readonly library?: number };
}

/**
 * The component maps under the top-level `entries`. `every`: each entry, a key written
 * twice included, in file order (what a rule checks, what a hover may be asked about).
 * `last`: only what `kraft` reads, the last `unikraft`, `template` and `libraries`, in that
 * order. A component written as a string, and a `libraries` that is no map, have none.
 */
export function componentMaps(doc: Document.Parsed, entries: readonly MapEntry[], which: 'every' | 'last'): readonly ComponentMap[] {
	// Several rules ask for the same entries (the top level's, shared by mapEntries' memo) on every keystroke.
	const memo = which === 'every' ? everyMemo : lastMemo;
	let maps = memo.get(entries);
	if (!maps) memo.set(entries, (maps = readComponentMaps(doc, entries, which)));
	return maps;
}

const everyMemo = new WeakMap<readonly MapEntry[], readonly ComponentMap[]>();
const lastMemo = new WeakMap<readonly MapEntry[], readonly ComponentMap[]>();

function readComponentMaps(doc: Document.Parsed, entries: readonly MapEntry[], which: 'every' | 'last'): ComponentMap[] {
	const picked = which === 'every' ? entries.map((_, i) => i) : (['unikraft', 'template', 'libraries'] as const).flatMap((key) => {
		const e = lastEntry(entries, key);
		return e ? [entries.indexOf(e)] : [];
	});
	const out: ComponentMap[] = [];
	for (const entry of picked) {
		const e = entries[entry]!;
		if ((e.key === 'unikraft' || e.key === 'template') && isMap(e.value)) out.push({ kind: e.key, entry: e, map: e.value, index: { entry } });
		if (e.key === 'libraries' && isMap(e.value)) {
			for (const [library, l] of mapEntries(doc, e.value).entries()) if (isMap(l.value)) out.push({ kind: 'library', entry: l, map: l.value, index: { entry, library } });
		}
	}
	return out;
}
