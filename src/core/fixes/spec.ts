// SPDX-License-Identifier: Apache-2.0
// Fixes for `spec`: add a missing one (`spec: v0.6`, preferred), write a YAML number as a
// version string (`v0.6`, preferred when `kraft` knows that version; or quoted, `'0.6'`),
// write a known version instead of one that is not, and remove the one of `spec` and
// `specification` that `kraft` ignores (preferred: nothing changes for `kraft`).
import { isMap, isScalar, type YAMLMap } from 'yaml';
import { LATEST_LEGACY_SPEC, SPEC_VERSIONS } from '../../data/spec-versions';
import { parseSpecVersion } from '../spec';
import type { Diagnostic } from '../types';
import type { Fix, FixContext, FixProvider, TextEdit } from './fix';
import { lineStartAt, replaceScalar } from './text-edits';
import { removeMapPair } from './yaml-edits';

const LATEST = `v${LATEST_LEGACY_SPEC}`;

export const specFixes: FixProvider = {
	codes: ['invalid-spec', 'outdated-spec'],
	fixes(ctx, d) {
		const { analysis } = ctx;
		const text = analysis.parsed.text;
		const root = analysis.parsed.doc?.contents;
		if (!isMap(root)) return [];
		const entry = analysis.spec.entry;
		const fix = (title: string, preferred: boolean, edits: (TextEdit | undefined)[]): Fix[] =>
			edits.every((e) => e) ? [{ title, kind: 'quickfix', preferred, edits: edits as TextEdit[], diagnosticCode: d.code }] : [];
		if (d.code === 'outdated-spec') return entry ? fix(`Change to \`${LATEST}\``, false, [replaceScalar(text, entry.valueSpan, LATEST)]) : [];
		// Missing: insert `spec: v0.6` before the first key (the rule's suggestion), or fill in an empty value.
		// Only a line of its own keeps the YAML: not before an indented key, `? key`, or a key merged from elsewhere.
		if (!entry) {
			if (root.flow || analysis.model.top.entries?.[0]?.mergedAt) return [];
			return (d.suggestions ?? []).filter((s) => lineStartAt(text, s.span.start) === s.span.start).flatMap((s) => fix(`Add \`spec: ${LATEST}\``, true, [{ span: s.span, newText: s.text.replace(/\n$/, ctx.eol) }]));
		}
		if (entry.value == null || (isScalar(entry.value) && entry.value.value === null)) {
			const colon = text.indexOf(':', entry.keySpan.end);
			const edit = entry.value?.range && entry.value.range[1] > entry.value.range[0] ? { span: entry.valueSpan, newText: LATEST } : colon >= 0 ? { span: { start: colon + 1, end: colon + 1 }, newText: ` ${LATEST}` } : undefined;
			return fix(`Set \`${entry.key}: ${LATEST}\``, true, [edit]);
		}
		if (d.data?.kind === 'spec-twice') return removeOneOf(ctx, d, root, d.data.ignored, d.data.read);
		const value = entry.value;
		if (isScalar(value) && typeof value.value === 'number') {
			const [asVersion, quoted] = d.suggestions ?? [];
			const known = SPEC_VERSIONS.some((r) => r.version === parseSpecVersion(asVersion?.text ?? ''));
			return [...(asVersion ? fix(`Change to \`${asVersion.text}\``, known, [{ span: asVersion.span, newText: asVersion.text }]) : []), ...(quoted ? fix(`Quote it: \`${quoted.text}\``, false, [{ span: quoted.span, newText: quoted.text }]) : [])];
		}
		return (d.suggestions ?? []).flatMap((s) => fix(`Change to \`${s.text}\``, false, [replaceScalar(text, s.span, s.text)]));
	},
};

/** `spec` and `specification` both set: remove the ignored one (preferred), or the other. */
function removeOneOf(ctx: FixContext, d: Diagnostic, root: YAMLMap, ignored: string, read: string): Fix[] {
	const text = ctx.analysis.parsed.text;
	const entries = ctx.analysis.model.top.entries ?? [];
	const remove = (key: string) => {
		const e = entries.find((x) => x.key === key && !x.mergedAt);
		return e ? removeMapPair(text, root, root.items.indexOf(e.pair)) : undefined;
	};
	// Legacy `kraft` reads `specification` first, spec v0.7 `spec`, and its schema allows one: then neither is certain.
	const error = d.severity === 'error';
	const out: Fix[] = [];
	const a = remove(ignored);
	if (a) out.push({ title: `Remove \`${ignored}\``, kind: 'quickfix', preferred: !error, edits: [a], diagnosticCode: d.code });
	const b = error ? remove(read) : undefined;
	if (b) out.push({ title: `Remove \`${read}\``, kind: 'quickfix', preferred: false, edits: [b], diagnosticCode: d.code });
	return out;
}
