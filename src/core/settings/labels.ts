// SPDX-License-Identifier: Apache-2.0
// `labels`: a map of names to text. Legacy (kraftkit unikraft/app/transform.go,
// transformMapStringString): anything but a map stops the load; each value is turned into
// text with Go's `fmt.Sprint`. v0.7 (`Labels map[string]string`, decoded by
// `sigs.k8s.io/yaml`): a number or boolean value becomes its text, a list or map stops the
// parse; the v0.7 schema (schema.json) wants every value to be a string.
import { CLOUD_LABEL_PREFIX, CLOUD_LABELS } from '../../data/setting-values';
import { goKind } from '../go-yaml';
import { entrySpots, reportAt, type SettingsContext, type Spot } from './context';
import { checkScalarText } from './scalar-text';

export function checkLabels(ctx: SettingsContext, spot: Spot): void {
	const kind = goKind(spot.node);
	if (kind === 'null') return;
	if (kind !== 'map') {
		reportAt(ctx, 'invalid-setting', 'error', 'labels', spot, `\`labels\` is ${kind === 'list' ? 'a list' : `a ${kind}`}: ${ctx.loader === 'v07' ? 'the spec v0.7 parser' : '`kraft`'} reads only a map of names to values and stops here. Write \`name: "value"\` lines.`);
		return;
	}
	for (const { entry, value } of entrySpots(ctx.doc, spot)) {
		const k = goKind(value.node);
		const what = `The label \`${entry.key ?? '…'}\``;
		if (k === 'map' || k === 'list') {
			if (ctx.loader === 'v07') reportAt(ctx, 'invalid-setting', 'error', 'labels', value, `${what} is a ${k}: a label value is text, and the spec v0.7 parser stops here. Write a string.`);
			else reportAt(ctx, 'misread-setting', 'warning', 'labels', value, `${what} is a ${k}: \`kraft\` stores Go's text of it (such as \`map[…]\` or \`[a b]\`) as the label. Write a string.`);
			continue;
		}
		// `kraft cloud deploy` reads a boolean label with Go's ParseBool: `true` from a plain `yes` is what was meant.
		if (k === 'bool' && isBoolCloudLabel(entry.key)) continue;
		checkScalarText(ctx, 'labels', value, what, ctx.loader === 'v07');
	}
}

function isBoolCloudLabel(key: string | undefined): boolean {
	return key !== undefined && CLOUD_LABELS.some((l) => l.kind === 'bool' && CLOUD_LABEL_PREFIX + l.name === key);
}
