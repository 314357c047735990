// SPDX-License-Identifier: Apache-2.0
import type { ArchId } from '../../data/architectures';
import type { PlatformRow } from '../../data/platforms';
import { ACCELERATION } from '../../data/virtualization';
import { osWords, type HostFacts } from '../host';
import { formatRelease, type ReleaseInEffect } from '../release';
import { howItRuns } from '../rules/host-run';
import type { SpecInEffect } from '../spec';
import { supportIn, supportInEffect, type Support } from '../support-matrix';
import type { Pictures } from './markdown';
import { code } from '../words';

/** What every hover renderer gets: the release and spec in effect, the host, the pictures. */
export interface HoverEnv {
	readonly release: ReleaseInEffect;
	readonly spec: SpecInEffect;
	readonly host?: HostFacts;
	readonly pictures: Pictures;
}

/**
 * How `kraft run` would start the pair on this machine, for the first screen of a hover:
 * `**On this machine** (x86_64, Linux, `/dev/kvm` usable): `qemu/arm64` runs emulated.` The
 * full sentence behind a verdict (what to do) is `onThisMachineDetail`. Both are empty when
 * the host is unknown, the pair does not build in the release in effect, or there is
 * nothing certain to say.
 */
export function onThisMachine(platform: PlatformRow, arch: ArchId, env: HoverEnv): string {
	const v = verdictHere(platform, arch, env);
	if (!v || !env.host) return '';
	const kvm = ACCELERATION.find((a) => a.mode === 'kvm')!;
	const words = v.short === 'runs with KVM' ? `runs natively, with ${kvm.title}` : v.short;
	return `**On this machine** (${describeHost(env.host)}): ${code(`${platform.id}/${arch}`)} ${words}.`;
}

/** The full sentence behind an emulated or not-runnable verdict (host-run's message), or empty. */
export function onThisMachineDetail(platform: PlatformRow, arch: ArchId, env: HoverEnv): string {
	const v = verdictHere(platform, arch, env);
	return v?.message ? `**${code(`${platform.id}/${arch}`)} here:** ${v.message}` : '';
}

function verdictHere(platform: PlatformRow, arch: ArchId, env: HoverEnv): HereVerdict | undefined {
	const host = env.host;
	if (!host || supportInEffect(platform, arch, env.release).status !== 'supported') return undefined;
	return hereVerdict(platform, arch, host);
}

/** How `kraft run` would start a pair on the host, in a few words, and the full sentence when there is more to say. */
export interface HereVerdict {
	readonly short: 'runs with KVM' | 'runs emulated' | 'cannot run here';
	readonly message?: string;
}

/**
 * The verdict of the host diagnostics on `platform/arch` (src/core/rules/host-run.ts), or
 * KVM when the platform runs locally on this architecture and `/dev/kvm` is usable;
 * `undefined` when nothing certain can be said. Says nothing of whether the pair builds.
 */
export function hereVerdict(platform: PlatformRow, arch: ArchId, host: HostFacts): HereVerdict | undefined {
	const verdict = howItRuns(platform.id, arch, host);
	if (verdict) return { short: verdict.code === 'emulated-target' ? 'runs emulated' : 'cannot run here', message: verdict.message };
	const local = platform.localRun === 'yes' || platform.localRun === 'linux-kvm-only';
	if (local && host.arch === arch && host.kvm === true) return { short: 'runs with KVM' };
	return undefined;
}

/** `x86_64, Linux, /dev/kvm usable`: what the core was told about the host. */
export function describeHost(host: HostFacts): string {
	const os = osWords(host.os) ?? (host.os === 'other' ? 'another OS' : 'unknown OS');
	const kvm = host.kvm === true ? '`/dev/kvm` usable' : host.kvm === false ? 'no usable `/dev/kvm`' : 'KVM unknown';
	return `${host.arch ?? 'unknown architecture'}, ${os}, ${kvm}`;
}

/** One release's verdict on a pair, in words after ``qemu/arm`:`. */
export function supportWords(s: Support): string {
	switch (s.status) {
		case 'supported':
			return `builds${s.caveat ? ` — ${s.caveat}` : ''}`;
		case 'unsupported':
			return `does not build — ${s.why}`;
		case 'not-yet':
			return `not yet: from ${s.since}`;
		case 'removed':
			return `removed in ${s.removedIn}`;
		case 'branch-only':
			return `in no release; on the branch ${s.branches.map((b) => `\`${b}\``).join(', ')}`;
		case 'unknown':
			return `not known${s.why ? ` — ${s.why}` : ''}`;
	}
}

/**
 * The verdict on a pair in the release in effect, in words: one verdict when all the
 * releases it may mean agree, else each (`v0.16.0: not yet: from v0.16.2; v0.16.3: builds`).
 */
export function verdictWords(platform: PlatformRow, arch: ArchId, env: HoverEnv): string {
	const v = supportIn(platform, arch, env.release);
	if (v.all) return supportWords(v.all);
	if (v.each.length === 1) return supportWords(v.each[0]!.support);
	const groups: string[] = [];
	for (const e of v.each) {
		const at = e.release ? formatRelease(e.release) : env.release.branch ? `\`${env.release.branch.name}\`` : `after ${formatRelease(env.release.version)}`;
		groups.push(`${at}: ${supportWords(e.support)}`);
	}
	// Runs of the same verdict are written once: `v0.10.0–v0.16.3: builds`.
	return `depends on the release — ${compress(groups)}`;
}

function compress(lines: readonly string[]): string {
	const out: { first: string; last: string; what: string }[] = [];
	for (const line of lines) {
		const [at, ...rest] = line.split(': ');
		const what = rest.join(': ');
		const prev = out[out.length - 1];
		if (prev && prev.what === what) prev.last = at!;
		else out.push({ first: at!, last: at!, what });
	}
	return out.map((g) => `${g.first === g.last ? g.first : `${g.first}–${g.last}`}: ${g.what}`).join('; ');
}
