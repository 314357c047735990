// SPDX-License-Identifier: Apache-2.0
// Diagnostic: cloud-label (warning). A Unikraft Cloud label (`cloud.unikraft.v1.instances/…`,
// read by `kraft cloud deploy` and the platform) whose name or value Unikraft Cloud does not
// document (src/data/setting-values.ts, CLOUD_LABELS): a name that is not one of its labels
// (a typo is skipped without a word), a `scale_to_zero.policy` other than `off`, `on`,
// `idle`, a `stateful` Go's `strconv.ParseBool` cannot read (`"yes"`, `"on"`), a
// `cooldown_time_ms` that is not a whole number (`"1s"`). The value is judged as `kraft`
// reads it: a plain `on` is `true` by then, which misread-setting reports. A warning: what
// the platform does with such a value is not documented, and newer `kraft` stops on some.
import { isMap } from 'yaml';
import { CLOUD_LABEL_PREFIX, CLOUD_LABELS, GO_BOOL_TEXTS } from '../../data/setting-values';
import { goKind, goText, writtenText } from '../go-yaml';
import { entrySpots, type Spot } from '../settings/context';
import { closest } from '../suggest';
import { lastEntry } from '../yaml-nodes';
import type { Rule } from './rule';

const NAMES = CLOUD_LABELS.map((l) => l.name);

export const cloudLabel: Rule = {
	codes: ['cloud-label'],
	check({ parsed, model, report }) {
		const doc = parsed.doc;
		const root = doc?.contents;
		const labels = model.top.entries && lastEntry(model.top.entries, 'labels');
		if (!doc || !isMap(root) || !labels || !isMap(labels.value)) return;
		const index = labels.mergedAt ? -1 : (root.items as unknown[]).indexOf(labels.pair);
		const spot: Spot = index >= 0 ? { node: labels.value, span: labels.valueSpan, at: [index] } : { node: labels.value, span: labels.valueSpan };
		for (const { entry, key, value } of entrySpots(doc, spot)) {
			const full = entry.key;
			if (full === undefined || !full.startsWith(CLOUD_LABEL_PREFIX)) continue;
			const name = full.slice(CLOUD_LABEL_PREFIX.length);
			const label = CLOUD_LABELS.find((l) => l.name === name);
			if (!label) {
				const near = closest(name, NAMES)[0];
				const candidates = near ? [CLOUD_LABEL_PREFIX + near] : [];
				report({
					code: 'cloud-label',
					severity: 'warning',
					message: `Unikraft Cloud documents no label \`${full}\`: it is passed on, and nothing reads it.${near ? ` Did you mean \`${near}\`?` : ` Its labels: ${NAMES.map((n) => `\`${n}\``).join(', ')}.`}`,
					span: key.span,
					data: { kind: 'cloud-label', label: full, ...(key.at ? { at: key.at } : {}), candidates },
				});
				continue;
			}
			const k = goKind(value.node);
			// A list or a map is reported by the settings rule; a YAML 1.1 boolean there as well.
			if (k === 'map' || k === 'list' || k === 'null') continue;
			const text = goText(value.node);
			if (text === undefined || (k === 'bool' && writtenText(value.node) !== text)) continue;
			const problem = valueProblem(label.kind, text, label.values);
			if (!problem) continue;
			report({
				code: 'cloud-label',
				severity: 'warning',
				message: `\`${text}\` is no value of \`${name}\` (${label.summary}): ${problem}`,
				span: value.span,
				data: { kind: 'cloud-label', label: full, ...(value.at ? { at: value.at } : {}), candidates: [] },
			});
		}
	},
};

function valueProblem(kind: 'enum' | 'bool' | 'int32', text: string, values: readonly string[] | undefined): string | undefined {
	if (kind === 'enum') {
		if (values?.includes(text)) return undefined;
		const was = text === 'true' ? ' (a plain `on` is read as `true`: quote it)' : text === 'false' ? ' (a plain `off` is read as `false`: quote it)' : '';
		return `Unikraft Cloud documents ${values!.map((v) => `\`${v}\``).join(', ')}${was}.`;
	}
	if (kind === 'bool') return (GO_BOOL_TEXTS as readonly string[]).includes(text) ? undefined : '`kraft cloud deploy` reads it with Go\'s `strconv.ParseBool` and stops: write `"true"` or `"false"`.';
	if (/^[+-]?\d+$/.test(text) && Math.abs(Number(text)) <= 2 ** 31 - 1) return undefined;
	return '`kraft cloud deploy` reads a whole number of milliseconds (a 32-bit integer) and stops on anything else: write a number such as `1000`.';
}
