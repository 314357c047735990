// SPDX-License-Identifier: Apache-2.0
import type { ArchId } from '../../data/architectures';
import type { PlatformRow } from '../../data/platforms';
import { ACCELERATION } from '../../data/virtualization';
import type { HostFacts } from '../host';
import { LATEST_RELEASE } from '../../data/releases';
import { compareRelease, parseRelease, type ReleaseInEffect } from '../release';
import { howItRuns } from '../rules/host-run';
import type { SpecInEffect } from '../spec';
import { supportOf } from '../support';
import { code, type Pictures } from './markdown';

/** What every hover renderer gets: the release and spec in effect, the host, the pictures. */
export interface HoverEnv {
	readonly release: ReleaseInEffect;
	readonly spec: SpecInEffect;
	readonly host?: HostFacts;
	readonly pictures: Pictures;
}

/**
 * `**On this machine** (x86_64, Linux, /dev/kvm usable): qemu/arm64: runs emulated …`,
 * from the same verdict the host diagnostics use; empty when the host is unknown, the pair
 * does not build in the release in effect, or there is nothing certain to say.
 */
export function onThisMachine(platform: PlatformRow, arch: ArchId, env: HoverEnv): string {
	const host = env.host;
	if (!host || supportOf(platform, arch, env.release.version).status !== 'supported') return '';
	const pair = code(`${platform.id}/${arch}`);
	const head = `**On this machine** (${describeHost(host)}): ${pair}`;
	const verdict = howItRuns(platform.id, arch, host);
	if (verdict) return `${head}: ${verdict.message}`;
	const local = platform.localRun === 'yes' || platform.localRun === 'linux-kvm-only';
	if (local && host.arch === arch && host.kvm === true) {
		const kvm = ACCELERATION.find((a) => a.mode === 'kvm')!;
		return `${head} runs natively, with ${kvm.title}.`;
	}
	return '';
}

/** `x86_64, Linux, /dev/kvm usable`: what the core was told about the host. */
export function describeHost(host: HostFacts): string {
	const os = host.os === 'linux' ? 'Linux' : host.os === 'darwin' ? 'macOS' : host.os === 'windows' ? 'Windows' : host.os === 'other' ? 'another OS' : 'unknown OS';
	const kvm = host.kvm === true ? '`/dev/kvm` usable' : host.kvm === false ? 'no usable `/dev/kvm`' : 'KVM unknown';
	return `${host.arch ?? 'unknown architecture'}, ${os}, ${kvm}`;
}

/** `from v0.13.0`, or `only on staging` for what no release has yet (`since` as `vX.Y.Z`). */
export function fromRelease(since: string): string {
	const v = parseRelease(since);
	return v && compareRelease(v, LATEST_RELEASE) > 0 ? 'only on `staging`' : `from ${since}`;
}
