// SPDX-License-Identifier: Apache-2.0
// Diagnostic: multiple-kraftfiles (error). Only with workspace facts. `kraft build` and
// `kraft run` without `-K` look in the project's folder for each name of
// KRAFTFILE_NAMES (`os.Stat`, so a folder or a symbolic link by that name counts too) and
// stop with QUOTES.multipleKraftfiles when more than one is there, rather than choosing
// (kraftkit unikraft/app/project_options.go, `WithProjectDefaultKraftfiles`). `-K` names
// the file and skips the search (QUOTES.kraftfileFlag).
// A file by another name (`other.yaml` checked as a Kraftfile) is read only through `-K`,
// so it gets nothing; neither does a file whose folder is not known (untitled, stdin).
import { isKraftfileName, KRAFTFILE_NAMES } from '../../data/kraftfile-names';
import { q, QUOTES } from '../../data/quotes';
import { firstLine } from '../text';
import { statAt } from '../workspace';
import type { Rule } from './rule';

export const multipleKraftfiles: Rule = {
	codes: ['multiple-kraftfiles'],
	requests: () => KRAFTFILE_NAMES.map((path) => ({ kind: 'stat', path })),
	check({ parsed, spec, model, options, report }) {
		const facts = options.workspace;
		const self = facts?.fileName;
		if (self === undefined || !isKraftfileName(self)) return;
		// Unknown answers (not asked, or the host could not tell) do not count: no guessing.
		const others = KRAFTFILE_NAMES.filter((name) => name !== self && statAt(facts, name));
		if (others.length === 0) return;
		const at = spec.entry?.keySpan ?? model.top.entries?.[0]?.keySpan ?? firstLine(parsed.text, { start: 0, end: parsed.text.length });
		const these = others.length === 1 ? `also has \`${others[0]}\`` : `also has ${andList(others)}`;
		report({
			code: 'multiple-kraftfiles',
			severity: 'error',
			message:
				`This folder ${these}: \`kraft\` looks for ${andList(KRAFTFILE_NAMES)} in it and, finding more than one, stops with ${q(QUOTES.multipleKraftfiles)} instead of choosing. ` +
				`Keep one of them, or name this one: \`kraft build -K ${self}\` (\`--kraftfile\`: ${q(QUOTES.kraftfileFlag)}).`,
			span: at,
		});
	},
};

/** `a`, `a and b`, `a, b and c`, each in backticks. */
function andList(names: readonly string[]): string {
	const q = names.map((n) => `\`${n}\``);
	return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}
