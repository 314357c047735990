// SPDX-License-Identifier: Apache-2.0
// Hovers for platform names that are no platform of the release in effect: planned ones
// (Hyper-V, VMware), clouds (AWS …), hosted (Type 2) hypervisors, and unknown names.
import { HOSTED_HYPERVISORS, NAME_NOTES, type NameNoteKind } from '../../data/name-notes';
import type { OtherPlatformRow } from '../../data/other-platforms';
import type { Source } from '../../data/source';
import { STACKS } from '../../data/virtualization';
import { describeRelease } from '../release';
import { closest } from '../suggest';
import { platformsIn, PLATFORM_NAMES } from '../support-matrix';
import type { HoverEnv } from './env';
import { picture, sourcesLine } from './markdown';
import { andList, code, orList } from '../words';

/** A planned platform or a cloud provider. */
export function otherPlatformHover(row: OtherPlatformRow, env: HoverEnv): string {
	const note = NAME_NOTES.find((n) => n.kind === row.kind)!;
	const what = row.kind === 'planned' ? 'planned, not a platform yet' : 'a cloud, not a platform';
	const parts = [`**${code(row.name)}** — ${row.title} · ${what}`, note.summary, row.instead];
	const sources: Source[] = [...row.sources, ...note.sources];
	if (row.kind === 'planned') parts.push(typeTwoNote(env, sources));
	parts.push(platformList(env), sourcesLine(sources));
	return parts.join('\n\n');
}

/** A name that is no platform at all; a hosted hypervisor gets the Type 2 picture. */
export function unknownPlatformHover(name: string, env: HoverEnv): string {
	const hosted = HOSTED_HYPERVISORS.find((h) => h.name === name);
	const note = NAME_NOTES.find((n) => n.kind === ('unknown-platform' satisfies NameNoteKind))!;
	const sources: Source[] = [...(hosted?.sources ?? []), ...note.sources];
	const title = hosted ? `**${code(name)}** — ${hosted.title} · ${STACKS.find((s) => s.kind === 'type-2')!.title}, not a platform` : `**${code(name)}** — not a Unikraft platform`;
	const parts = [title, note.summary];
	if (hosted) parts.push(typeTwoNote(env, sources));
	const near = closest(name, [...new Set([...platformsIn(env.release).map((r) => r.id), ...PLATFORM_NAMES])]);
	if (near.length > 0 && !hosted) parts.push(`Did you mean ${orList(near)}?`);
	parts.push(platformList(env), sourcesLine(sources));
	return parts.join('\n\n');
}

/** Where a user may expect a hosted hypervisor: what Type 2 means, and its picture. */
function typeTwoNote(env: HoverEnv, sources: Source[]): string {
	const type2 = STACKS.find((s) => s.kind === 'type-2')!;
	sources.push(...type2.sources);
	return [`*${type2.title}:* ${type2.summary}`, picture('type-2', env.pictures)].filter((x) => x !== '').join('\n\n');
}

function platformList(env: HoverEnv): string {
	return `Platforms in ${describeRelease(env.release)}: ${andList(platformsIn(env.release).map((r) => r.id))}.`;
}
