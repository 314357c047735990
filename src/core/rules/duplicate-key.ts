// SPDX-License-Identifier: Apache-2.0
// Diagnostic: duplicate-key. The same key twice in one map. Go's YAML decoder that `kraft`
// uses keeps the last value and drops the first without a word: a warning when the
// values differ (the first one is silently ignored), information when they are equal.
import { isScalar, type Node } from 'yaml';
import { forEachMap, spanOf } from '../yaml-nodes';
import type { Rule } from './rule';

export const duplicateKey: Rule = {
	codes: ['duplicate-key'],
	check({ parsed, report }) {
		if (!parsed.doc) return;
		const text = parsed.text;
		const source = (n: unknown) => {
			const r = (n as Node | null)?.range;
			return r ? text.slice(r[0], r[1]) : '';
		};
		forEachMap(parsed.doc, (map, path) => {
			// The value's source text is read only when its key comes again.
			const byKey = new Map<string, number>();
			const items = map.items;
			for (let index = 0; index < items.length; index++) {
				const pair = items[index]!;
				if (!isScalar(pair.key) || pair.key.source === '<<') continue;
				const key = String(pair.key.value);
				const earlier = byKey.get(key);
				byKey.set(key, index);
				if (earlier === undefined) continue;
				const before = source(map.items[earlier]!.value);
				const value = source(pair.value);
				const same = before.trim() === value.trim();
				report({
					code: 'duplicate-key',
					severity: same ? 'information' : 'warning',
					message: same
						? `\`${key}\` is set twice in this map, to the same value. Remove one.`
						: `\`${key}\` is set twice in this map: \`kraft\` uses this last value and silently ignores the earlier one (\`${before.trim().slice(0, 40)}\`). Remove one.`,
					span: spanOf(pair.key as Node),
					data: { kind: 'duplicate-key', map: path(), pair: index, earlier, key },
				});
			}
		});
	},
};
