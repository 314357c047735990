// SPDX-License-Identifier: Apache-2.0
// Fixes of duplicate-target (see rules/duplicate-target.ts): remove this list item, with
// its lines (comments on other lines stay). Preferred when the item holds nothing but its
// platform, architecture and name, so nothing is lost; one that also has a `kconfig` is
// left to the user.
import { quickFix, type FixProvider } from './fix';
import { removeTarget } from './target-support';
import { isPlain } from './targets';

export const duplicateTargetFixes: FixProvider = {
	codes: ['duplicate-target'],
	fixes(ctx, d) {
		const data = d.data;
		if (data?.kind !== 'duplicate-target') return [];
		const t = ctx.analysis.model.targets[data.target];
		const edit = t && removeTarget(ctx, t);
		if (!t || !edit) return [];
		return [quickFix(d, 'Remove this duplicate target', isPlain(t), [edit])];
	},
};
