// SPDX-License-Identifier: Apache-2.0
// A YAML value as `kraft`'s Go decoders see it. The `yaml` library here reads YAML 1.2,
// where a plain `on`, `yes` or `n` is a string; `gopkg.in/yaml.v2` (the legacy loader, and
// `sigs.k8s.io/yaml` under the v0.7 one) reads YAML 1.1, where they are booleans.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { YAML11_FALSE, YAML11_TRUE } from '../data/setting-values';

/** What Go gets: the kinds `kraft`'s type switches tell apart. */
export type GoKind = 'string' | 'number' | 'bool' | 'null' | 'map' | 'list' | 'other';

const TRUE = new Set<string>(YAML11_TRUE);
const FALSE = new Set<string>(YAML11_FALSE);

export function goKind(node: Node | null | undefined): GoKind {
	if (node == null) return 'null';
	if (isMap(node)) return 'map';
	if (isSeq(node)) return 'list';
	if (!isScalar(node)) return 'other';
	if (node.type === 'PLAIN' && typeof node.source === 'string' && (TRUE.has(node.source) || FALSE.has(node.source))) return 'bool';
	const v = node.value;
	if (v === null || v === undefined) return 'null';
	if (typeof v === 'string') return 'string';
	if (typeof v === 'number' || typeof v === 'bigint') return 'number';
	if (typeof v === 'boolean') return 'bool';
	return 'other';
}

/**
 * The text `kraft` makes of a scalar bound for a string (a label or env value: Go's
 * `fmt.Sprint`, or `sigs.k8s.io/yaml`'s conversion, which agree on these): a boolean is
 * `true` or `false` whatever the spelling, a number its shortest decimal form. `undefined`
 * for a collection.
 */
export function goText(node: Node | null | undefined): string | undefined {
	const kind = goKind(node);
	if (kind === 'null') return '';
	if (!isScalar(node)) return undefined;
	if (kind === 'bool') return node.type === 'PLAIN' && typeof node.source === 'string' ? String(TRUE.has(node.source)) : String(node.value);
	if (kind === 'number') return String(node.value);
	return typeof node.value === 'string' ? node.value : undefined;
}

/** The scalar as written, without quotes when it is plain (`node.source` of a plain scalar). */
export function writtenText(node: Node | null | undefined): string | undefined {
	return isScalar(node) && node.type === 'PLAIN' && typeof node.source === 'string' ? node.source : undefined;
}
