// SPDX-License-Identifier: Apache-2.0
// A scalar that becomes text (an env or label value): Go's YAML 1.1 decoders read a plain
// `on`, `yes` or `n` as a boolean and a plain `1.10` or `0755` as a number, and `kraft`
// writes their text back as `true`, `false` or the number's own form (setting-values.ts,
// YAML11_SOURCES), not as written. Quoting keeps the text.
import { goKind, goText, writtenText } from '../go-yaml';
import type { SettingKey } from '../types';
import { reportAt, type SettingsContext, type Spot } from './context';

/** Reports a scalar whose text `kraft` changes; true when it did. `what` names it in the message. */
export function checkScalarText(ctx: SettingsContext, key: SettingKey, spot: Spot, what: string, schemaWantsString: boolean): boolean {
	const k = goKind(spot.node);
	if (k !== 'bool' && k !== 'number') return false;
	const written = writtenText(spot.node);
	const read = goText(spot.node);
	if (written === undefined || read === undefined) return false;
	if (read !== written) {
		const as = k === 'bool' ? `the boolean ${read}` : `a number`;
		reportAt(ctx, 'misread-setting', 'warning', key, spot, `${what} is \`${written}\`, which YAML 1.1 (\`kraft\`'s YAML reader) reads as ${as}: \`kraft\` passes on \`${read}\`, not \`${written}\`. Quote it: \`${JSON.stringify(written)}\`.`, { do: 'quote' });
		return true;
	}
	if (schemaWantsString) {
		reportAt(ctx, 'misread-setting', 'information', key, spot, `${what} is ${k === 'bool' ? 'a boolean' : 'a number'}: \`kraft\` turns it into the text \`${read}\`, but the spec v0.7 schema wants a string, so tools that validate against it reject the file. Quote it: \`${JSON.stringify(written)}\`.`, { do: 'quote' });
		return true;
	}
	return false;
}
