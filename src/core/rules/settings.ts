// SPDX-License-Identifier: Apache-2.0
// Diagnostics: invalid-setting (error), misread-setting (warning / information). The values
// of the settings a unikernel runs with — `cmd`, `env`, `volumes`, `labels`, `rootfs` —
// checked as the loader that reads the file does (the legacy one for spec v0.5/v0.6, the
// v0.7 parser for spec v0.7; facts and sources in src/data/setting-values.ts, one checker
// per key in src/core/settings/). invalid-setting: `kraft` stops or crashes on it (a number
// in `cmd`, Compose's `- KEY: value` in `env`, `./x:/y:ro` in spec v0.6, a `rootfs` that is
// not a path). misread-setting: `kraft` goes on with something else than written: a key it
// skips (`readOnly` in a volume before spec v0.7), a plain `on` it reads as `true`, a `$VAR`
// a v0.7 `cmd` string expands to nothing (warning); a number where the v0.7 schema wants a
// string (information).
import { isAlias, isMap, isScalar } from 'yaml';
import { isV07 } from '../spec';
import type { SettingKey } from '../types';
import { checkCmd } from '../settings/command';
import type { SettingsContext, Spot } from '../settings/context';
import { checkEnv } from '../settings/env';
import { checkLabels } from '../settings/labels';
import { checkRootfs } from '../settings/rootfs';
import { checkVolumes } from '../settings/volumes';
import { lastEntry } from '../yaml-nodes';
import type { Rule } from './rule';

const CHECKS: Readonly<Record<SettingKey, (ctx: SettingsContext, spot: Spot) => void>> = {
	cmd: checkCmd,
	env: checkEnv,
	volumes: checkVolumes,
	labels: checkLabels,
	rootfs: checkRootfs,
};

export const settings: Rule = {
	codes: ['invalid-setting', 'misread-setting'],
	check({ parsed, model, spec, report }) {
		const doc = parsed.doc;
		const root = doc?.contents;
		const entries = model.top.entries;
		if (!doc || !isMap(root) || !entries) return;
		const ctx: SettingsContext = { doc, text: parsed.text, loader: isV07(spec) ? 'v07' : 'legacy', report };
		for (const key of Object.keys(CHECKS) as SettingKey[]) {
			const entry = lastEntry(entries, key);
			if (!entry) continue;
			const index = entry.mergedAt ? -1 : (root.items as unknown[]).indexOf(entry.pair);
			// A scalar is pointed at by itself, a collection (or nothing) by its key.
			const span = isScalar(entry.value) && entry.valueSpan.end > entry.valueSpan.start ? entry.valueSpan : entry.keySpan;
			const spot: Spot = index >= 0 && !isAlias(entry.pair.value) ? { node: entry.value, span, at: [index] } : { node: entry.value, span };
			CHECKS[key](ctx, spot);
		}
	},
};
