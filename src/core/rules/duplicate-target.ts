// SPDX-License-Identifier: Apache-2.0
// Diagnostic: duplicate-target (warning). Two targets with the same platform (after
// aliases), architecture and name: they build the same kernel file
// (`<name>_<plat>-<arch>`), the second overwriting the first, and `kraft build` lists the
// target twice (kraftkit#658). A target without `name` is named after the project.
import type { Rule } from './rule';

export const duplicateTarget: Rule = {
	codes: ['duplicate-target'],
	check({ model, report }) {
		const seen = new Map<string, number>();
		for (const t of model.targets) {
			if (!t.platform || !t.architecture || !t.platform.text || !t.architecture.text) continue;
			const p = t.platform.found;
			const plat = p.kind === 'platform' ? p.row.id : t.platform.text;
			const name = t.name ?? model.projectName ?? '';
			// NUL cannot be in a YAML plain scalar kraft would read as a name: a cheap unambiguous key.
			const key = `${name}\u0000${plat}\u0000${t.architecture.text}`;
			const first = seen.get(key);
			if (first === undefined) {
				seen.set(key, t.index);
				continue;
			}
			report({
				code: 'duplicate-target',
				severity: 'warning',
				message: `This target is the same as target ${first + 1} (\`${plat}/${t.architecture.text}\`${t.name !== undefined ? `, name \`${t.name}\`` : ''}): both build the same kernel file and \`kraft build\` lists it twice. Remove one${t.name === undefined ? ', or give them different `name`s' : ''}.`,
				span: t.head,
				data: { kind: 'duplicate-target', target: t.index, first },
			});
		}
	},
};
