// SPDX-License-Identifier: Apache-2.0
// The hover of a key: one line of meaning, a short example and the Kraftfile reference of
// the spec version in use, all from src/data/keys.ts and spec-versions.ts. `targets`
// also shows the docs' comparison of virtual machines, containers and unikernels.
import { KEYS, OBSOLETE_KEYS, type KeyScope } from '../../data/keys';
import type { Source } from '../../data/source';
import { LATEST_LEGACY_SPEC, SPEC_VERSIONS, type SpecVersionRow } from '../../data/spec-versions';
import { COMPARISON } from '../../data/virtualization';
import type { HoverEnv } from './env';
import { href, sourcesLine, table } from './markdown';
import { code } from '../words';

/** Markdown for `key` at `scope`, or `undefined` for a key the data does not describe. */
export function keyHover(key: string, scope: KeyScope, env: HoverEnv): string | undefined {
	const row = KEYS.find((k) => k.name === key && k.scope === scope);
	const where = scope === 'top-level' ? 'top level' : scope === 'target' ? 'in a target' : 'in `unikraft`, `template` or a library';
	if (!row) {
		const obsolete = OBSOLETE_KEYS.find((k) => k.name === key && k.scope === scope);
		if (!obsolete) return undefined;
		return [`**${code(key)}** · ${where} · not read by today’s \`kraft\``, `A key of the old Python \`kraft\`. ${obsolete.instead}`, sourcesLine(obsolete.sources)].join('\n\n');
	}
	const spec = specRow(env);
	const sources: Source[] = [...row.sources];
	const parts = [`**${code(key)}** · ${where}${row.sameAs ? ` · same as ${code(row.sameAs)}` : ''}`, row.summary];
	if (row.specNote) parts.push(`*${row.specNote}*`);
	parts.push(`\`\`\`yaml\n${row.example}\n\`\`\``);
	parts.push(`[Kraftfile reference, spec v${spec.version}](${href(spec.docs)})`);
	if (key === 'targets' && scope === 'top-level') {
		parts.push(
			'**Virtual machines, containers and unikernels**',
			table(
				['', 'Virtual machines', 'Containers', 'Unikernels'],
				COMPARISON.map((c) => [c.aspect, c.vm, c.container, c.unikernel]),
			),
		);
		sources.push(...COMPARISON.flatMap((c) => c.sources));
	}
	parts.push(sourcesLine(sources));
	return parts.join('\n\n');
}

/** The spec version in use, or the latest legacy one when the file names none `kraft` knows. */
function specRow(env: HoverEnv): SpecVersionRow {
	return env.spec.row ?? SPEC_VERSIONS.find((s) => s.version === LATEST_LEGACY_SPEC)!;
}
