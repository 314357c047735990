// SPDX-License-Identifier: Apache-2.0
// Diagnostic: invalid-spec. `spec` (or `specification`) is missing (error:
// QUOTES.missingSpec), not a string (error: `spec: 0.6` is a YAML number; `kraft` from
// v0.12.12 on fails to unmarshal it into the string of sniffKraftfileSpecVersion
// (unikraft/app/project_loader.go@3602f68e), older `kraft`'s `config["spec"].(string)` does
// not accept it), not a version (error: QUOTES.unparsableSpec), a version `kraft` does not
// know (warning; `v1` included: semver's loose NewVersion reads it as 1.0.0, so it loads),
// or both keys with different values (warning; error for v0.7, whose schema allows only one).
// Diagnostic: outdated-spec (information). v0.5: `kraft` warns that it is not the latest.
// Source: unikraft/kraftkit schema/schema.go; unikraft-cloud/x kraftfile/parse.go.
import { isScalar } from 'yaml';
import { LATEST_LEGACY_SPEC, SPEC_VERSIONS } from '../../data/spec-versions';
import { parseSpecVersion } from '../spec';
import { describeNode, isEmptyValue } from '../yaml-nodes';
import type { Rule } from './rule';
import { q, QUOTES } from '../../data/quotes';

const KNOWN = SPEC_VERSIONS.map((r) => `v${r.version}`).join(', ');

export const spec: Rule = {
	codes: ['invalid-spec', 'outdated-spec'],
	check({ model, spec: s, report }) {
		const entries = model.top.entries;
		if (!entries || entries.length === 0) return;
		const { entry } = s;
		if (!entry || isEmptyValue(entry.value)) {
			const at = entry ? entry.keySpan : entries[0]!.keySpan;
			report({
				code: 'invalid-spec',
				severity: 'error',
				message: `This Kraftfile has no \`spec\`: \`kraft\` stops with ${q(QUOTES.missingSpec)}. Add \`spec: v${LATEST_LEGACY_SPEC}\` as the first line.`,
				span: at,
				suggestions: entry ? [] : [{ span: { start: at.start, end: at.start }, text: `spec: v${LATEST_LEGACY_SPEC}\n` }],
			});
			return;
		}
		const value = entry.value!;
		if (!isScalar(value) || typeof value.value !== 'string') {
			const raw = isScalar(value) && typeof value.value === 'number' && value.range ? `${value.source ?? value.value}` : undefined;
			report({
				code: 'invalid-spec',
				severity: 'error',
				message: raw
					? `\`${entry.key}: ${raw}\` is a YAML number, but \`kraft\` reads the spec version only as a string: since v0.12.12 it stops with an error that it cannot unmarshal a number into a string, older \`kraft\` with ${q(QUOTES.missingSpec)}. Write \`${entry.key}: v${raw}\` or quote it: \`'${raw}'\`.`
					: `\`${entry.key}\` must be a version string such as \`v${LATEST_LEGACY_SPEC}\`, but it is ${describeNode(value)}.`,
				span: entry.valueSpan,
				suggestions: raw ? [{ span: entry.valueSpan, text: `v${raw}` }, { span: entry.valueSpan, text: `'${raw}'` }] : [],
			});
			return;
		}
		if (!s.version) {
			report({
				code: 'invalid-spec',
				severity: 'error',
				message: `\`${value.value}\` is not a version: \`kraft\` stops with ${q(QUOTES.unparsableSpec)}. Write a version such as \`v${LATEST_LEGACY_SPEC}\` (known: ${KNOWN}).`,
				span: entry.valueSpan,
				suggestions: [{ span: entry.valueSpan, text: `v${LATEST_LEGACY_SPEC}` }],
			});
		} else if (!s.row) {
			report({
				code: 'invalid-spec',
				severity: 'warning',
				message: `\`kraft\` knows the Kraftfile spec versions ${KNOWN}, not v${s.version}; it reads this file with the v${LATEST_LEGACY_SPEC} rules. Write \`v${LATEST_LEGACY_SPEC}\` (or \`v0.7\` for the new format).`,
				span: entry.valueSpan,
				suggestions: [{ span: entry.valueSpan, text: `v${LATEST_LEGACY_SPEC}` }],
			});
		} else if (s.row.status === 'pykraft') {
			report({
				code: 'invalid-spec',
				severity: 'warning',
				message: `Spec v${s.version} is the format of the old Python \`kraft\`. Today’s \`kraft\` reads the file with the v${LATEST_LEGACY_SPEC} rules and ignores v0.4’s \`architectures\` and \`platforms\`: list the builds under \`targets:\` and write \`spec: v${LATEST_LEGACY_SPEC}\`.`,
				span: entry.valueSpan,
			});
		} else if (s.row.status === 'outdated') {
			report({
				code: 'outdated-spec',
				severity: 'information',
				message: `\`kraft\` warns that spec v${s.version} ${q(QUOTES.specNotLatest)} (the latest is v${LATEST_LEGACY_SPEC}). It still loads the file; \`spec: v${LATEST_LEGACY_SPEC}\` is the current legacy format.`,
				span: entry.valueSpan,
			});
		}
		checkBothKeys();

		function checkBothKeys(): void {
			const both = entries!.filter((e) => e.key === 'spec' || e.key === 'specification');
			const keys = new Set(both.map((e) => e.key));
			if (keys.size < 2) return;
			const texts = both.map((e) => (isScalar(e.value) ? String(e.value.value) : ''));
			const differ = new Set(texts.map((t) => parseSpecVersion(t) ?? t)).size > 1;
			const v07 = texts.some((t) => parseSpecVersion(t) === '0.7');
			if (!differ && !v07) return;
			const other = both.find((e) => e !== entry)!;
			report({
				code: 'invalid-spec',
				severity: v07 ? 'error' : 'warning',
				message: v07
					? 'Spec v0.7 allows `spec` or `specification`, not both: the v0.7 schema rejects the file. Remove one.'
					: `Both \`spec\` and \`specification\` are set, to different versions; \`kraft\` reads \`${entry!.key}\` and ignores this one. Remove one.`,
				span: other.keySpan,
				data: { kind: 'spec-twice', ignored: other.key!, read: entry!.key! },
			});
		}
	},
};
