// SPDX-License-Identifier: Apache-2.0
// Fixes for a key `kraft` ignores: rename it to each known key the rule suggests (keeping
// its quotes), except to a key the same map already has (that would only make a
// duplicate). Preferred when there is exactly one candidate. A target `name` under spec
// v0.7, which the v0.7 parser drops, can be removed (not preferred: it is the user's text).
import { isMap, isScalar, visit, type Document, type Node, type YAMLMap } from 'yaml';
import type { Diagnostic } from '../types';
import type { Fix, FixProvider } from './fix';
import { replaceScalar } from './text-edits';
import { removeMapPair } from './yaml-edits';

export const unknownKeyFixes: FixProvider = {
	codes: ['unknown-key'],
	fixes(ctx, d) {
		const text = ctx.analysis.k.text;
		const found = mapOfKey(ctx.analysis.k.doc, d);
		if (!found) return [];
		const { map, index } = found;
		const keys = new Set(map.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')));
		const written = String((map.items[index]!.key as { value: unknown }).value);
		const candidates = (d.suggestions ?? []).filter((s) => !keys.has(s.text));
		const out: Fix[] = candidates.map((s) => ({
			title: `Rename to \`${s.text}\``,
			kind: 'quickfix',
			preferred: (d.suggestions ?? []).length === 1,
			edits: [replaceScalar(text, s.span, s.text)],
			diagnosticCode: d.code,
		}));
		if (written === 'name' && (d.suggestions ?? []).length === 0 && /v0\.7/.test(d.message)) {
			const edit = removeMapPair(text, map, index);
			if (edit) out.push({ title: 'Remove `name`', kind: 'quickfix', preferred: false, edits: [edit], diagnosticCode: d.code });
		}
		return out;
	},
};

function mapOfKey(doc: Document.Parsed | undefined, d: Diagnostic): { map: YAMLMap; index: number } | undefined {
	if (!doc) return undefined;
	let found: { map: YAMLMap; index: number } | undefined;
	visit(doc, {
		Map(_, map) {
			if (!isMap(map)) return undefined;
			const index = map.items.findIndex((p) => (p.key as Node | null)?.range?.[0] === d.span.start);
			if (index < 0) return undefined;
			found = { map, index };
			return visit.BREAK;
		},
	});
	return found;
}
