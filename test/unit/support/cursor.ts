// SPDX-License-Identifier: Apache-2.0
// Cursor fixtures: `$0` marks the cursor (never `|`, which is YAML). The marker is removed
// and its offset returned, in UTF-16 units like the core's spans.
export function withCursor(source: string): { text: string; offset: number } {
	const offset = source.indexOf('$0');
	if (offset < 0 || source.indexOf('$0', offset + 2) >= 0) throw new Error('a fixture needs exactly one $0');
	return { text: source.slice(0, offset) + source.slice(offset + 2), offset };
}
