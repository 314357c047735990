// SPDX-License-Identifier: Apache-2.0
// Fixes for the codes of rules/kconfig-options.ts, from their payloads: write the new name
// of a renamed option (preferred: the rename is cited), or a name the unknown one may mean
// (preferred only when there is exactly one, from certain workspace sources); write the
// value in the form Kconfig takes (`'y'` for `'yes'`; preferred for the yes/no words).
import { replaceScalar } from './text-edits';
import { quickFix, type Fix, type FixProvider } from './fix';

export const kconfigOptionFixes: FixProvider = {
	codes: ['unknown-kconfig-option', 'renamed-kconfig-option', 'invalid-kconfig-value'],
	fixes({ analysis }, d) {
		const data = d.data;
		const text = analysis.parsed.text;
		if (data?.kind === 'kconfig-name') {
			const only = data.names.length === 1;
			return data.names.map((n, i): Fix => quickFix(d, data.rename ? `Rename to \`${n}\`` : `Change to \`${n}\``, i === 0 && (data.rename === true || (only && d.severity === 'warning')), [{ span: data.nameSpan, newText: n }]));
		}
		if (data?.kind === 'kconfig-value' && data.normalized !== undefined) {
			const edit = data.normalized.startsWith("'") ? { span: data.valueSpan, newText: data.normalized } : replaceScalar(text, data.valueSpan, data.normalized);
			return [quickFix(d, `Change to \`${data.normalized}\``, data.preferred === true, [edit])];
		}
		return [];
	},
};
