// SPDX-License-Identifier: Apache-2.0
// Diagnostic: architecture-alias (error). `amd64`, `aarch64`, `arm32`, `armv7` …: `kraft`
// has no aliases for architectures; it passes the name on, Unikraft gets no
// `CONFIG_ARCH_*` for it and builds for its default (the host's) architecture, under a
// kernel name `kraft` then cannot find. Names the right spelling.
// Diagnostic: unknown-architecture (error). Any other name (`riscv64`, `X86_64`, typos):
// suggests the closest of `x86_64`, `arm64`, `arm`.
// Source: unikraft/kraftkit unikraft/arch/{architecture,transform}.go; unikraft arch/Config.uk.
import { ARCH_NAMES } from '../support-matrix';
import { targetsReading } from '../model';
import { closest } from '../suggest';
import type { Rule } from './rule';
import { code, invisibleNote, orList } from '../words';

export const architectureName: Rule = {
	codes: ['architecture-alias', 'unknown-architecture'],
	check({ model, report }) {
		for (const t of model.targets) {
			const a = t.architecture;
			if (!a || a.text === '' || a.text.includes('${')) continue;
			const found = a.found;
			const replace = (text: string) => (a.exact ? [{ span: a.span, text }] : []);
			const data = () => ({ kind: 'target-name', half: 'architecture', written: a.text, targets: targetsReading(model, a.span) }) as const;
			if (found.kind === 'architecture') continue;
			if (found.kind === 'misnomer') {
				report({
					code: 'architecture-alias',
					severity: 'error',
					message: `${code(a.text)} is not an architecture name \`kraft\` knows: it has no aliases for architectures, so Unikraft would build for its default architecture instead. Write \`${found.means}\`.`,
					span: a.span,
					suggestions: replace(found.means),
					data: data(),
				});
				continue;
			}
			if (found.kind === 'unsupported') {
				report({ code: 'unknown-architecture', severity: 'error', message: `${code(a.text)} is not a Unikraft architecture.${invisibleNote(a.text)} ${found.why} Use ${orList(ARCH_NAMES)}.`, span: a.span, data: data() });
				continue;
			}
			const near = closest(a.text, ARCH_NAMES);
			report({
				code: 'unknown-architecture',
				severity: 'error',
				message: `${code(a.text)} is not a Unikraft architecture.${invisibleNote(a.text)} ${near.length ? `Did you mean ${orList(near)}?` : `Use ${orList(ARCH_NAMES)}.`}`,
				span: a.span,
				suggestions: near.flatMap(replace),
				data: data(),
			});
		}
	},
};
