// SPDX-License-Identifier: Apache-2.0
// The hover of a platform Unikraft has (canonical name or alias): where it sits in the
// picture of the virtualization docs, the architectures it builds for in the release in
// effect (from `supportOf`), KVM or emulation, `kraft run`, this machine, the sources.
import { ARCH_NAMES, supportIn, supportOf, type Support } from '../support-matrix';
import type { ArchId } from '../../data/architectures';
import { LOCAL_RUN } from '../../data/local-run';
import { NAME_NOTES } from '../../data/name-notes';
import type { PlatformRow } from '../../data/platforms';
import { LATEST_RELEASE, RELEASES } from '../../data/releases';
import type { Source } from '../../data/source';
import { ACCELERATION, EMULATION_CAUSES, EMULATION_SUPPORT, STACKS } from '../../data/virtualization';
import { compareRelease, describeRelease, formatRelease, parseRelease, releaseAssumption, type ReleaseVersion } from '../release';
import { onThisMachine, onThisMachineDetail, supportWords, verdictWords, type HoverEnv } from './env';
import { lead, picture, sourcesLine } from './markdown';
import { andList, code } from '../words';

/**
 * Markdown for a platform of the support matrix. `alias` is the name as written when it is
 * an alias; `arch` the target's architecture, when it is one Unikraft knows.
 */
export function knownPlatformHover(row: PlatformRow, env: HoverEnv, alias?: string, arch?: ArchId): string {
	const stack = STACKS.find((s) => s.kind === row.hypervisor)!;
	const sources: Source[] = [];
	const local = LOCAL_RUN.find((l) => l.localRun === row.localRun)!;
	// The first screen: what it is, whether it builds in the release in effect, whether it
	// runs here (or, without a host or an architecture, where `kraft run` starts it).
	const here = arch ? onThisMachine(row, arch, env) : '';
	const title = alias ? `**${code(alias)}** (alias of ${code(row.id)}) — ${row.title} · ${stack.title}` : `**${code(row.id)}** — ${row.title} · ${stack.title}`;
	const parts = [lead([title, buildsLine(row, env), here || `**Run:** ${local.summary}`])];
	if (alias) {
		const note = NAME_NOTES.find((n) => n.kind === 'platform-alias')!;
		parts.push(`${code(alias)} is an alias of ${code(row.id)}. ${note.summary}`);
		sources.push(...note.sources);
	}
	// The details, then the picture and the background.
	parts.push(row.summary, supportSection(row, env, sources));
	if (here) parts.push(`**Run:** ${local.summary}`);
	if (arch) parts.push(onThisMachineDetail(row, arch, env));
	if (stack.summary) parts.push(`*${stack.title}:* ${stack.summary}`);
	parts.push(picture(row.hypervisor, env.pictures));
	parts.push(...accelerationSection(row, env, sources));
	sources.unshift(...row.sources);
	sources.push(...stack.sources, ...local.sources);
	parts.push(sourcesLine(sources));
	return parts.filter((p) => p !== '').join('\n\n');
}

/**
 * One line: the architectures the platform builds for in the release in effect, those it
 * does not, and those that depend on which release the file means; or that it is not in it.
 */
function buildsLine(row: PlatformRow, env: HoverEnv): string {
	const where = describeRelease(env.release);
	// One verdict when every release the file may mean agrees (or it may mean only one).
	const verdicts = ARCH_NAMES.map((a) => {
		const v = supportIn(row, a, env.release);
		return { a, v: v.all ?? (v.each.length === 1 ? v.each[0]!.support : undefined) };
	});
	const gone = (s: Support['status']) => s === 'removed' || s === 'branch-only' || s === 'not-yet';
	if (verdicts.every(({ v }) => v && gone(v.status)) && new Set(verdicts.map(({ v }) => v!.status)).size === 1) return `**Not in ${where}:** ${supportWords(verdicts[0]!.v!)}.`;
	const yes = verdicts.filter(({ v }) => v?.status === 'supported').map(({ a }) => a);
	const no = verdicts.filter(({ v }) => v && (v.status === 'unsupported' || gone(v.status))).map(({ a }) => a);
	const unknown = verdicts.filter(({ v }) => v?.status === 'unknown').map(({ a }) => a);
	const mixed = verdicts.filter(({ v }) => !v).map(({ a }) => a);
	const clauses: string[] = [];
	if (yes.length > 0) clauses.push(`builds for ${andList(yes)}`);
	if (no.length > 0) clauses.push(`${yes.length > 0 ? 'not for' : 'does not build for'} ${andList(no)}`);
	if (unknown.length > 0) clauses.push(`not known for ${andList(unknown)}`);
	if (mixed.length > 0) clauses.push(`depends on the release for ${andList(mixed)}`);
	return `**In ${where}:** ${clauses.join('; ')}.`;
}

/** Which architectures the platform builds for in the release in effect, with the reasons. */
function supportSection(row: PlatformRow, env: HoverEnv, sources: Source[]): string {
	const where = describeRelease(env.release);
	for (const a of ARCH_NAMES) if (row.architectures[a].sources) sources.push(...row.architectures[a].sources!);
	const life: string[] = [];
	if (row.since) life.push(`First in Unikraft ${formatRelease(parseRelease(row.since)!)}.`);
	const removed = row.removedIn ? parseRelease(row.removedIn)! : undefined;
	const last = removed ? lastReleaseBefore(removed) : undefined;
	if (removed) life.push(`Removed in Unikraft ${formatRelease(removed)}${last ? `; the last release with it is ${formatRelease(last)}` : ''}.`);
	if (row.onlyOnBranches) life.push(`In no Unikraft release up to ${formatRelease(LATEST_RELEASE)}; on the branch ${andList(row.onlyOnBranches)}.`);
	const assumed = releaseAssumption(env.release);
	// The platform is missing as a whole (removed, not yet, only on a branch): say that first.
	const verdicts = ARCH_NAMES.map((a) => supportIn(row, a, env.release).all);
	const whole = verdicts.every((v) => v && (v.status === 'removed' || v.status === 'branch-only' || v.status === 'not-yet')) && new Set(verdicts.map((v) => v!.status)).size === 1;
	if (whole) {
		const until = removed && last ? ` The last release with it, ${formatRelease(last)}, builds it for ${andList(ARCH_NAMES.filter((a) => supportOf(row, a, last).status === 'supported'))}.` : '';
		// The lead already says it is not in the release (buildsLine).
		return [until.trim(), [...life.filter((l) => !l.startsWith('Removed')), assumed].filter((x) => x !== '').join(' ')].filter((x) => x !== '').join('\n\n');
	}
	const lines = ARCH_NAMES.map((a) => `- ${code(a)}: ${verdictWords(row, a, env)}`);
	return [`**Per architecture, in ${where}:**`, lines.join('\n'), [...life, assumed].filter((x) => x !== '').join(' ')].filter((x) => x !== '').join('\n\n');
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


function lastReleaseBefore(v: ReleaseVersion): ReleaseVersion | undefined {
	const before = RELEASES.map((r) => parseRelease(r.version)!).filter((r) => compareRelease(r, v) < 0);
	return before[before.length - 1];
}
