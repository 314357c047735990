// SPDX-License-Identifier: Apache-2.0
// The hover of a platform Unikraft has (canonical name or alias): where it sits in the
// picture of the virtualization docs, the architectures it builds for in the release in
// effect (from `supportOf`), KVM or emulation, `kraft run`, this machine, the sources.
import { ARCH_NAMES, supportOf } from '../support';
import type { ArchId } from '../../data/architectures';
import { LOCAL_RUN } from '../../data/local-run';
import { NAME_NOTES } from '../../data/name-notes';
import type { PlatformRow } from '../../data/platforms';
import { LATEST_RELEASE, RELEASES, STAGING_RELEASE } from '../../data/releases';
import type { Source } from '../../data/source';
import { ACCELERATION, EMULATION_CAUSES, EMULATION_SUPPORT, STACKS } from '../../data/virtualization';
import { compareRelease, describeRelease, formatRelease, parseRelease, type ReleaseVersion } from '../release';
import { fromRelease, onThisMachine, type HoverEnv } from './env';
import { code, names, picture, sourcesLine } from './markdown';

/**
 * Markdown for a platform of the support matrix. `alias` is the name as written when it is
 * an alias; `arch` the target's architecture, when it is one Unikraft knows.
 */
export function knownPlatformHover(row: PlatformRow, env: HoverEnv, alias?: string, arch?: ArchId): string {
	const stack = STACKS.find((s) => s.kind === row.hypervisor)!;
	const sources: Source[] = [];
	const parts: string[] = [];
	if (alias) {
		const note = NAME_NOTES.find((n) => n.kind === 'platform-alias')!;
		parts.push(`${code(alias)} is an alias of ${code(row.id)}. ${note.summary}`);
		sources.push(...note.sources);
	}
	// What it is and what builds first: the picture and the background after the facts.
	parts.push(`**${code(row.id)}** — ${row.title} · ${stack.title}`, row.summary, supportSection(row, env, sources));
	const local = LOCAL_RUN.find((l) => l.localRun === row.localRun)!;
	parts.push(`**Run:** ${local.summary}`);
	if (arch) parts.push(onThisMachine(row, arch, env));
	if (stack.summary) parts.push(`*${stack.title}:* ${stack.summary}`);
	parts.push(picture(row.hypervisor, env.pictures));
	parts.push(...accelerationSection(row, env, sources));
	sources.unshift(...row.sources);
	sources.push(...stack.sources, ...local.sources);
	parts.push(sourcesLine(sources));
	return parts.filter((p) => p !== '').join('\n\n');
}

/** Which architectures the platform builds for in the release in effect, with the reasons. */
function supportSection(row: PlatformRow, env: HoverEnv, sources: Source[]): string {
	const release = env.release;
	const v = release.version;
	const where = describeRelease(release);
	if (row.removedIn && compareRelease(v, parseRelease(row.removedIn)!) >= 0) {
		const last = lastReleaseBefore(parseRelease(row.removedIn)!);
		const until = last ? ` The last release with it, ${formatRelease(last)}, builds it for ${names(supportedArchs(row, last))}.` : '';
		return `**Not in ${where}:** removed in ${formatRelease(parseRelease(row.removedIn)!)}.${until}`;
	}
	if (row.since && compareRelease(v, parseRelease(row.since)!) < 0) {
		const since = parseRelease(row.since)!;
		const when = compareRelease(since, LATEST_RELEASE) > 0 ? 'only on `staging`, in no release yet' : `from ${formatRelease(since)}`;
		return `**Not in ${where}:** ${when}, for ${names(supportedArchs(row, compareRelease(since, LATEST_RELEASE) > 0 ? STAGING_RELEASE : since))}.`;
	}
	const lines = ARCH_NAMES.map((a) => {
		const s = supportOf(row, a, v);
		const cell = row.architectures[a];
		if (cell.sources) sources.push(...cell.sources);
		switch (s.status) {
			case 'supported':
				return `- ${code(a)}: builds${s.caveat ? ` — ${s.caveat}` : ''}`;
			case 'unsupported':
				return `- ${code(a)}: does not build — ${s.why}`;
			case 'not-yet':
				return `- ${code(a)}: ${fromRelease(s.since)}`;
			case 'removed':
				return `- ${code(a)}: removed in ${s.removedIn}`;
		}
	});
	const removal = row.removedIn ? `\n\nRemoved in Unikraft ${formatRelease(parseRelease(row.removedIn)!)}.` : '';
	return `**In ${where}:**\n\n${lines.join('\n')}${removal}`;
}

/** KVM or emulation, for the platforms `kraft run` starts on a local hypervisor. */
function accelerationSection(row: PlatformRow, env: HoverEnv, sources: Source[]): string[] {
	const support = EMULATION_SUPPORT.find((e) => e.platform === row.id);
	if (!support) return [];
	sources.push(...support.sources);
	if (!support.emulates) return [`**No emulation:** ${support.needs ?? ''}`];
	const [kvm, emulation] = (['kvm', 'emulation'] as const).map((m) => ACCELERATION.find((a) => a.mode === m)!);
	const type2 = STACKS.find((s) => s.kind === 'type-2')!;
	sources.push(...kvm!.sources, ...emulation!.sources, ...EMULATION_CAUSES.flatMap((c) => c.sources), ...type2.sources);
	const causes = EMULATION_CAUSES.map((c) => c.summary).join('; ');
	return [
		`**${kvm!.title}:** ${kvm!.summary}`,
		`**${emulation!.title}:** ${emulation!.summary} \`kraft run\` emulates when ${causes}.`,
		`*${type2.title}:* ${type2.summary} ${picture('type-2', { ...env.pictures, inline: false })}`,
	];
}

function supportedArchs(row: PlatformRow, v: ReleaseVersion): ArchId[] {
	return ARCH_NAMES.filter((a) => supportOf(row, a, v).status === 'supported');
}

function lastReleaseBefore(v: ReleaseVersion): ReleaseVersion | undefined {
	const before = RELEASES.map((r) => parseRelease(r.version)!).filter((r) => compareRelease(r, v) < 0);
	return before[before.length - 1];
}
