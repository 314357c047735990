// SPDX-License-Identifier: Apache-2.0
// The hover of an architecture value: which platforms build for it in the release in
// effect (from `supportOf`), this target's pair, and how it would run on this machine.
import { ARCHITECTURE_MISNOMERS, UNSUPPORTED_ARCHITECTURES, type ArchitectureRow } from '../../data/architectures';
import { NAME_NOTES } from '../../data/name-notes';
import type { Source } from '../../data/source';
import { describeRelease } from '../release';
import { closest } from '../suggest';
import type { ArchPart } from '../model';
import { ARCH_NAMES, lookupArchitecture, platformsFor, platformsIn, supportInEffect, type PlatformLookup } from '../support-matrix';
import { onThisMachine, onThisMachineDetail, verdictWords, type HoverEnv } from './env';
import { lead, sourcesLine } from './markdown';
import { andList, code, orList } from '../words';

/** Markdown for a target's architecture, resolved in the model; `platform`: the target's platform, resolved, if any. */
export function architectureHover(architecture: ArchPart, env: HoverEnv, platform?: PlatformLookup): string {
	const { text: name, found } = architecture;
	switch (found.kind) {
		case 'architecture':
			return knownArchitecture(found.row, env, platform, []);
		case 'misnomer': {
			const note = NAME_NOTES.find((n) => n.kind === 'architecture-misnomer')!;
			const row = ARCHITECTURE_MISNOMERS.find((m) => m.name === name)!;
			const meant = lookupArchitecture(found.means);
			const head = `**${code(name)}** — not a name \`kraft\` knows: write ${code(found.means)}. ${note.summary}`;
			if (meant.kind !== 'architecture') return `${head}\n\n${sourcesLine([...row.sources, ...note.sources])}`;
			return `${head}\n\n---\n\n${knownArchitecture(meant.row, env, platform, [...row.sources, ...note.sources])}`;
		}
		case 'unsupported': {
			const row = UNSUPPORTED_ARCHITECTURES.find((u) => u.name === name)!;
			return [`**${code(name)}** — not supported by Unikraft`, found.why, `Architectures: ${andList(ARCH_NAMES)}.`, sourcesLine(row.sources)].join('\n\n');
		}
		case 'unknown': {
			const note = NAME_NOTES.find((n) => n.kind === 'unknown-architecture')!;
			const near = closest(name, ARCH_NAMES);
			const parts = [`**${code(name)}** — not an architecture`, note.summary];
			if (near.length > 0) parts.push(`Did you mean ${orList(near)}?`);
			parts.push(`Architectures: ${andList(ARCH_NAMES)}.`, sourcesLine(note.sources));
			return parts.join('\n\n');
		}
	}
}

function knownArchitecture(row: ArchitectureRow, env: HoverEnv, found: PlatformLookup | undefined, extra: readonly Source[]): string {
	const v = env.release;
	const sources: Source[] = [...extra, ...row.sources];
	const builds = platformsFor(row.id, v).map((p) => p.id);
	const not = platformsIn(v).filter((p) => !builds.includes(p.id)).map((p) => p.id);
	const where = describeRelease(env.release);
	const platforms =
		builds.length > 0
			? `**Platforms for ${code(row.id)} in ${where}:** ${andList(builds)}.${not.length > 0 ? ` Not: ${andList(not)}.` : ''}`
			: `**No platform builds for ${code(row.id)} in ${where}.**`;
	// The first screen: what it is, where it builds, how this target runs here.
	const here = found?.kind === 'platform' ? onThisMachine(found.row, row.id, env) : '';
	const parts = [lead([`**${code(row.id)}** — ${row.title}`, platforms, here]), row.summary, `QEMU runs it with ${code(row.qemuBinary)}.`];
	if (found?.kind === 'platform') {
		const s = supportInEffect(found.row, row.id, v);
		const cell = found.row.architectures[row.id];
		if (cell.sources) sources.push(...cell.sources);
		const pair = code(`${found.row.id}/${row.id}`);
		if (s.status !== 'supported' || s.caveat) parts.push(`**This target** ${pair}: ${sentence(verdictWords(found.row, row.id, env))}`);
		parts.push(onThisMachineDetail(found.row, row.id, env));
	}
	parts.push(sourcesLine(sources));
	return parts.filter((p) => p !== '').join('\n\n');
}

/** Ends a clause with a full stop, unless it has one. */
function sentence(s: string): string {
	return s.endsWith('.') ? s : `${s}.`;
}
