// SPDX-License-Identifier: Apache-2.0
// Diagnostic: duplicate-key. The same key twice in one map. Go's YAML decoder that `kraft`
// uses keeps the last value and drops the first without a word: a warning when the
// values differ (the first one is silently ignored), information when they are equal.
import { isMap, isScalar, visit, type Node } from 'yaml';
import { spanOf } from '../yaml-nodes';
import type { Rule } from './rule';

export const duplicateKey: Rule = {
	codes: ['duplicate-key'],
	check({ k, report }) {
		if (!k.doc) return;
		const text = k.text;
		const source = (n: unknown) => {
			const r = (n as Node | null)?.range;
			return r ? text.slice(r[0], r[1]) : '';
		};
		visit(k.doc, {
			Map(_, map) {
				if (!isMap(map)) return;
				const byKey = new Map<string, { value: string }>();
				for (const pair of map.items) {
					if (!isScalar(pair.key) || pair.key.source === '<<') continue;
					const key = String(pair.key.value);
					const value = source(pair.value);
					const before = byKey.get(key);
					byKey.set(key, { value });
					if (!before) continue;
					const same = before.value.trim() === value.trim();
					report({
						code: 'duplicate-key',
						severity: same ? 'information' : 'warning',
						message: same
							? `\`${key}\` is set twice in this map, to the same value. Remove one.`
							: `\`${key}\` is set twice in this map: \`kraft\` uses this last value and silently ignores the earlier one (\`${before.value.trim().slice(0, 40)}\`). Remove one.`,
						span: spanOf(pair.key as Node),
					});
				}
			},
		});
	},
};
