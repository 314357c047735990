// SPDX-License-Identifier: Apache-2.0
// Keys at the top level and in a target map, from src/data/keys.ts: those not written yet
// (a key and its other spelling count as one), nothing the spec in effect no longer reads,
// and not `kernel`, which the legacy loader reads as the target's name.
import { KEYS, type KeyRow, type KeyScope } from '../../data/keys';
import type { Analysis } from '../analyze';
import type { CompletionItem } from './item';
import type { Span } from '../types';
import type { TargetStyle } from './style';
import { sort } from './values';

/** How a key is written: at which column its block value would start, and whether a `:` follows already. */
export interface KeyPlace {
	readonly replace: Span;
	readonly lead: string;
	readonly present: ReadonlySet<string>;
	readonly colon: boolean;
	/** The key's column (its block value is indented two more). */
	readonly col: number;
	/** In a flow map (`{plat: qemu, …}`): values go on the same line. */
	readonly flow: boolean;
	readonly eol: string;
}

/** Keys for a place at `scope`; in a target, the file's own spellings first. */
export function keyItems(analysis: Analysis, scope: KeyScope, place: KeyPlace, style: TargetStyle): CompletionItem[] {
	const spec = analysis.spec.version;
	const rows = KEYS.filter((k) => k.scope === scope && k.name !== 'kernel' && !(k.droppedIn && spec === k.droppedIn));
	const taken = (k: KeyRow) => [k.name, k.sameAs, ...rows.filter((o) => o.sameAs === k.name).map((o) => o.name)].some((n) => n !== undefined && place.present.has(n));
	const first = scope === 'target' ? [style.platformKey, style.archKey, 'name', 'kconfig'] : ['spec', 'name', 'unikraft', 'runtime', 'targets'];
	// The other spelling of a key (`specification`, or `architecture` in a file that writes `arch`) comes last.
	const twin = (k: KeyRow) => k.sameAs ?? rows.find((o) => o.sameAs === k.name)?.name;
	const rank = (k: KeyRow) => (first.includes(k.name) ? first.indexOf(k.name) : first.includes(twin(k) ?? '') || k.sameAs ? 200 + rows.indexOf(k) : 100 + rows.indexOf(k));
	return rows
		.filter((k) => !taken(k))
		.sort((a, b) => rank(a) - rank(b))
		.map((k, i) => ({
			label: k.name,
			kind: 'key',
			detail: k.summary,
			documentation: `\`\`\`yaml\n${k.example}\n\`\`\``,
			insertText: place.lead + (place.colon ? k.name : keyText(k, place)),
			replace: place.replace,
			sortText: sort(0, i),
			...(!place.colon && (k.name === 'targets' || k.name in PARTS) ? { retrigger: true } : {}),
		}));
}

const PARTS: Readonly<Record<string, true>> = { platform: true, plat: true, architecture: true, arch: true };

/** `key: `, or for a key whose value is a block (its example says so), the key and the next line indented. */
function keyText(k: KeyRow, place: KeyPlace): string {
	const block = /^[^\n]*:\n/.test(k.example);
	if (place.flow || !block) return `${k.name}: `;
	// A new `targets` list starts with an item at the key's column, as the catalog writes it.
	if (k.name === 'targets') return `${k.name}:${place.eol}${' '.repeat(place.col)}- `;
	return `${k.name}:${place.eol}${' '.repeat(place.col + 2)}`;
}
