// SPDX-License-Identifier: Apache-2.0
// Fixes of the run settings (rules/settings.ts), from the repair the rule names and the node
// at its path: quote a scalar as written (`8080` → `"8080"`, preferred: the text is what
// was meant), unquote a quoted boolean (`"true"` → `true`, preferred), write a Compose-style
// `- KEY: value` as `- KEY=value` (preferred), rename a volume key (`readOnly` →
// `readonly`, preferred), and write `./x:/y:ro` as the long form with `readonly: true`
// (`./x:/y:rw` as `./x:/y`), preferred.
import { isMap, isScalar, type Node } from 'yaml';
import { composePair } from '../settings/env';
import type { Diagnostic, Span } from '../types';
import { nodeAt, spanOf } from '../yaml-nodes';
import { trimEnd } from './text-edits';
import { quickFix, type Fix, type FixProvider } from './fix';

export const settingFixes: FixProvider = {
	codes: ['invalid-setting', 'misread-setting'],
	fixes(ctx, d) {
		const data = d.data;
		const doc = ctx.analysis.parsed.doc;
		if (data?.kind !== 'setting' || !data.at || !data.repair || !doc) return [];
		const node = nodeAt(doc, data.at);
		if (!node || !node.range) return [];
		const whole = spanOf(node);
		const span = { start: whole.start, end: Math.max(whole.start, trimEnd(ctx.analysis.parsed.text, whole.end)) };
		const repair = data.repair;
		switch (repair.do) {
			case 'quote': {
				if (!isScalar(node) || node.type !== 'PLAIN' || typeof node.source !== 'string') return [];
				const quoted = JSON.stringify(node.source);
				return [quickFix(d, `Quote it: \`${quoted}\``, true, [{ span, newText: quoted }])];
			}
			case 'unquote': {
				if (!isScalar(node) || (node.value !== 'true' && node.value !== 'false')) return [];
				return [quickFix(d, `Write \`${node.value}\` without quotes`, true, [{ span, newText: node.value }])];
			}
			case 'env-pair': {
				const pair = composePair({ node, span });
				if (!pair || !isMap(node)) return [];
				const written = plainSafe(pair) ? pair : JSON.stringify(pair);
				return [quickFix(d, `Write \`${written}\``, true, [{ span, newText: written }])];
			}
			case 'rename-key': {
				if (!isScalar(node) || typeof node.value !== 'string') return [];
				return [quickFix(d, `Rename to \`${repair.to}\``, true, [{ span, newText: repair.to }])];
			}
			case 'volume-long':
				return volumeLong(d, node, span);
		}
		return [];
	},
};

function volumeLong(d: Diagnostic, node: Node, span: Span): Fix[] {
	if (!isScalar(node) || typeof node.value !== 'string') return [];
	const [source, destination, mode] = node.value.split(':');
	if (source === undefined || destination === undefined || (mode !== 'ro' && mode !== 'rw')) return [];
	if (mode === 'rw') {
		const short = `${source}:${destination}`;
		const written = plainSafe(short) ? short : JSON.stringify(short);
		return [quickFix(d, `Write \`${written}\``, true, [{ span, newText: written }])];
	}
	const value = (s: string) => (plainSafe(s) ? s : JSON.stringify(s));
	const long = `{ source: ${value(source)}, destination: ${value(destination)}, readonly: true }`;
	return [quickFix(d, 'Write the long form with `readonly: true`', true, [{ span, newText: long }])];
}

/** True when `s` reads back as the same string written plain (no quoting needed) in a flow or block context. */
function plainSafe(s: string): boolean {
	return /^[A-Za-z0-9_./~+=@%-][A-Za-z0-9_./~+=@%:-]*$/.test(s) && !/:(\s|$)/.test(s) && !/^(y|n|yes|no|on|off|true|false|null|~)$/i.test(s) && !/^[-+]?(\d|\.\d)/.test(s);
}
