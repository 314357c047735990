// SPDX-License-Identifier: Apache-2.0
// Diagnostic: no-targets (error). A build from source (`unikraft:` written, no `template`
// that could bring targets) with `targets: []` or no `targets` at all: `kraft build` tries
// its source builder first and stops with QUOTES.noTargetsToBuild (SECTION_FACTS.noTargets).
// A `runtime` does not help: the source builder is tried before the runtime one. Not for
// spec v0.7 (another parser), nor for files in the old Python `kraft`'s layout
// (`architectures:`/`platforms:`), whose unknown-key warnings already say to write `targets`.
import { isSeq } from 'yaml';
import { SECTION_FACTS } from '../../data/section-values';
import { isV07 } from '../spec';
import { isEmptyValue, lastEntry } from '../yaml-nodes';
import type { Rule } from './rule';

export const noTargets: Rule = {
	codes: ['no-targets'],
	check({ model, spec, report }) {
		const entries = model.top.entries;
		if (!entries || isV07(spec)) return;
		const unikraft = lastEntry(entries, 'unikraft');
		if (!unikraft || isEmptyValue(unikraft.value) || lastEntry(entries, 'template', 'architectures', 'platforms')) return;
		const targets = model.targetsEntry;
		// `targets:` left empty or not a list is invalid-target's.
		if (targets && !(isSeq(targets.value) && targets.value.items.length === 0)) return;
		const message = `This file builds Unikraft from source (\`unikraft:\`) but has no target: ${SECTION_FACTS.noTargets.does}. Add one, e.g. \`targets: [qemu/x86_64]\`.`;
		report({ code: 'no-targets', severity: 'error', message, span: targets ? { start: targets.keySpan.start, end: targets.valueSpan.end } : unikraft.keySpan, data: { kind: 'no-targets' } });
	},
};
