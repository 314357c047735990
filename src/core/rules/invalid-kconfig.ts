// SPDX-License-Identifier: Apache-2.0
// Diagnostic: invalid-kconfig (error). A `kconfig` option `kraft` rejects or mangles
// (unikraft/kraftkit kconfig/config.go): in the list form every item must be `KEY=VALUE`
// with a value (QUOTES.kconfigNotKeyValue); in the map form a key without a value stops
// the build (QUOTES.kconfigNoValue), and a fractional number, a list or a map is written into .config as Go's
// `%s` of it (`%!s(float64=1.5)`, `map[…]`), which no Kconfig option accepts.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { kconfigBlocks } from '../kconfig';
import { describeNode, isEmptyValue, mapEntries, spanOf } from '../yaml-nodes';
import type { Rule } from './rule';
import { q, QUOTES } from '../../data/quotes';

export const invalidKconfig: Rule = {
	codes: ['invalid-kconfig'],
	check({ parsed, model, report }) {
		const doc = parsed.doc;
		if (!doc) return;
		for (const block of kconfigBlocks(parsed, model)) {
			if (block.form === 'list' && isSeq(block.node)) {
				for (const raw of block.node.items as (Node | null)[]) {
					if (raw == null || !raw.range) continue;
					const item = isScalar(raw) ? raw.value : undefined;
					const text = typeof item === 'string' ? item : typeof item === 'number' && Number.isInteger(item) ? String(item) : undefined;
					const eq = text?.indexOf('=') ?? -1;
					if (text !== undefined && eq >= 0 && text.slice(eq + 1) !== '') continue;
					const name = text !== undefined && eq > 0 ? text.slice(0, eq) : text;
					report({
						code: 'invalid-kconfig',
						severity: 'error',
						message:
							text === undefined
								? `A kconfig list item must be \`KEY=VALUE\`, but this one is ${describeNode(raw)}: \`kraft\` stops with ${q(QUOTES.kconfigNotKeyValue)}.`
								: `\`${text}\` has no value: \`kraft\` stops with ${q(QUOTES.kconfigNotKeyValue)}. Write \`${name || 'CONFIG_…'}=y\` (or \`=n\`, a number, a string).`,
						span: spanOf(raw),
					});
				}
			} else if (block.form === 'map' && isMap(block.node)) {
				for (const e of mapEntries(doc, block.node)) {
					if (e.key === undefined) continue;
					if (isEmptyValue(e.value)) {
						report({
							code: 'invalid-kconfig',
							severity: 'error',
							message: `\`${e.key}\` has no value: \`kraft\` stops with ${q(QUOTES.kconfigNoValue)} (on key \`${e.key}\`). Write \`'y'\` or \`'n'\` (quoted), a number or a string.`,
							span: e.keySpan,
						});
					} else if ((isScalar(e.value) && typeof e.value.value === 'number' && !Number.isInteger(e.value.value)) || isMap(e.value) || isSeq(e.value)) {
						report({
							code: 'invalid-kconfig',
							severity: 'error',
							message: `\`${e.key}\` is ${isScalar(e.value) ? 'a fractional number' : describeNode(e.value)}: \`kraft\` writes Go's text of it into .config (such as \`%!s(float64=…)\`), which is no Kconfig value. Write \`'y'\`, \`'n'\`, a whole number or a quoted string.`,
							// A collection is pointed at by its key, a scalar by itself.
							span: isScalar(e.value) ? e.valueSpan : e.keySpan,
						});
					}
				}
			}
		}
	},
};
