// SPDX-License-Identifier: Apache-2.0
// Diagnostic: invalid-kconfig (error). A `kconfig` option `kraft` rejects or mangles
// (unikraft/kraftkit kconfig/config.go): in the list form every item must be `KEY=VALUE`
// with a value (QUOTES.kconfigNotKeyValue); in the map form a key without a value stops
// the build (QUOTES.kconfigNoValue), and a fractional number, a list or a map is written into .config as Go's
// `%s` of it (`%!s(float64=1.5)`, `map[…]`), which no Kconfig option accepts.
// Warning: an unquoted hex number in the map form (`CONFIG_X: 0x400000000`), which YAML
// reads as a number and `kraft` writes in decimal (SECTION_FACTS.kconfigNumber): right
// for an `int` option, a different value for a `hex` one, which is what `0x` is written for.
import { isMap, isScalar, isSeq, type Document, type Node, type Scalar, type YAMLMap } from 'yaml';
import { SECTION_FACTS } from '../../data/section-values';
import { kconfigBlocks } from '../kconfig';
import type { PathStep } from '../types';
import { describeNode, forEachMap, isEmptyValue, mapEntries, spanOf } from '../yaml-nodes';
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
					} else if (isScalar(e.value) && typeof e.value.value === 'number' && Number.isInteger(e.value.value) && isHexWritten(parsed.text, e.value)) {
						const written = parsed.text.slice(e.value.range![0], e.value.range![1]).trim();
						report({
							code: 'invalid-kconfig',
							severity: 'warning',
							message: `\`${e.key}: ${written}\` is not quoted: ${SECTION_FACTS.kconfigNumber.does}, so \`kraft\` writes ${decimal(written)} and a \`hex\` option gets 0x${decimal(written).replace('-', '')}. Quote it: \`'${written}'\`.`,
							span: e.valueSpan,
							data: { kind: 'kconfig-number', map: pathOf(doc, block.node), pair: e.mergedAt ? -1 : block.node.items.indexOf(e.pair) },
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

/** True when an integer scalar is written in hex (`0x…`), the form YAML turns into a number. */
function isHexWritten(text: string, node: Scalar): boolean {
	if (node.type !== 'PLAIN' || !node.range) return false;
	return /^[-+]?0[xX][0-9a-fA-F_]+$/.test(text.slice(node.range[0], node.range[1]).trim());
}

/** A hex number as written (`0x400000000`, `-0x10`), as Go's `%d` writes it: exact, however large. */
function decimal(written: string): string {
	const negative = written.startsWith('-');
	const digits = written.replace(/^[-+]?0[xX]/, '').replace(/_/g, '');
	return `${negative ? '-' : ''}${BigInt(`0x${digits}`).toString()}`;
}

/** The path from the root to `map` as written (not through an alias), or `[]` when there is none. */
function pathOf(doc: Document.Parsed, map: YAMLMap): readonly PathStep[] {
	let found: readonly PathStep[] = [];
	forEachMap(doc, (m, path) => {
		if (m === map && found.length === 0) found = path();
	});
	return found;
}
