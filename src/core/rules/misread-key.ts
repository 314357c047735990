// SPDX-License-Identifier: Apache-2.0
// Diagnostic: misread-key (warning). A key `kraft` reads as something else than its name
// says: a target's `kernel`, which the legacy loader takes as the target's *name*
// (SECTION_FACTS.targetKernel): it names the target and its kernel file, and sets no path.
// Not for spec v0.7, whose targets have no such key (unknown-key's).
import { isV07 } from '../spec';
import { SECTION_FACTS } from '../../data/section-values';
import type { Rule } from './rule';

export const misreadKey: Rule = {
	codes: ['misread-key'],
	check({ model, spec, report }) {
		if (isV07(spec)) return;
		for (const t of model.targets) {
			if (t.form !== 'map') continue;
			const map = t.node as { items?: readonly unknown[] } | null;
			for (const e of t.entries) {
				if (e.key !== 'kernel') continue;
				const own = !t.viaAlias && !e.mergedAt;
				const pair = own ? (map?.items?.indexOf(e.pair) ?? -1) : -1;
				const named = t.entries.some((o) => o.key === 'name');
				report({
					code: 'misread-key',
					severity: 'warning',
					message: `\`kernel\` does not set where the kernel goes: ${SECTION_FACTS.targetKernel.does}${named ? ' (with `name` too, the one read last wins, in random order)' : ''}. Use \`name\` to name the target; the kernel is written to \`.unikraft/build/<name>_<plat>-<arch>\`.`,
					span: t.viaAlias ? t.span : (e.mergedAt ?? e.keySpan),
					data: { kind: 'misread-key', key: 'kernel', target: t.index, pair },
				});
			}
		}
	},
};
