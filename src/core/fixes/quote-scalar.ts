// SPDX-License-Identifier: Apache-2.0
// Quoting a plain scalar as it is written (`2048` → `'2048'`, `0x400000000` →
// `'0x400000000'`), so that `kraft` reads the text instead of a number. Shared by the
// fixes of invalid-section and invalid-kconfig.
import { isScalar, type Node } from 'yaml';
import type { TextEdit } from './fix';

/** The edit that single-quotes `node`, or `undefined` when it is not a plain scalar written in place (an alias, a tag, already quoted). */
export function quotePlainScalar(text: string, node: Node | null | undefined): TextEdit | undefined {
	if (!isScalar(node) || node.type !== 'PLAIN' || !node.range || node.tag || node.anchor) return undefined;
	const [start, end] = node.range;
	const written = text.slice(start, end).trimEnd();
	if (written === '' || /['#\r\n]/.test(written)) return undefined;
	return { span: { start, end: start + written.length }, newText: `'${written}'` };
}
