// SPDX-License-Identifier: Apache-2.0
// Learns the host facts the core uses (for the editor, and for the CLI with --host) for "how will this run here" (hover, emulation
// hints). Only reads: the process's own architecture and platform, and the mode of
// /dev/kvm and /proc/xen/capabilities. Never throws; anything it cannot tell stays unknown.
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { archFromNode, osFromNode, type HostFacts } from '../core';
import { ARCHITECTURES } from '../data/architectures';

/** Whether `/dev/kvm` is a character device this user can open for reading and writing (as `kraft` needs). */
export function kvmUsable(path = '/dev/kvm'): boolean {
	try {
		if (!statSync(path).isCharacterDevice()) return false;
		accessSync(path, constants.R_OK | constants.W_OK);
		return true;
	} catch {
		return false;
	}
}

/** Whether this is a Xen control domain, as `kraft` tells it: /proc/xen/capabilities says `control_d`. */
export function xenHost(path = '/proc/xen/capabilities'): boolean {
	try {
		return readFileSync(path, 'utf8').includes('control_d');
	} catch {
		return false;
	}
}

export function detectHost(): HostFacts {
	const os = osFromNode(process.platform);
	const arch = archFromNode(process.arch);
	// KVM and Xen hosts exist only on Linux here; elsewhere they are known to be absent.
	const kvm = os === 'linux' ? kvmUsable() : false;
	const xen = os === 'linux' ? xenHost() : false;
	return { ...(arch ? { arch } : {}), kvm, ...(os ? { os } : {}), xenHost: xen };
}

/**
 * Host facts given as `arch=arm64,kvm=false,os=linux,xen=false` (any subset), to replace
 * detected ones. Anything it does not understand is left out, so a typo changes nothing.
 */
export function hostFactsOverride(value: string | undefined): Partial<HostFacts> {
	const out: { -readonly [K in keyof HostFacts]?: HostFacts[K] } = {};
	for (const part of (value ?? '').split(',')) {
		const [key, raw] = part.split('=').map((x) => x.trim());
		const bool = raw === 'true' ? true : raw === 'false' ? false : undefined;
		if (key === 'arch') {
			const arch = ARCHITECTURES.find((a) => a.id === raw)?.id;
			if (arch) out.arch = arch;
		} else if (key === 'kvm' && bool !== undefined) out.kvm = bool;
		else if (key === 'xen' && bool !== undefined) out.xenHost = bool;
		else if (key === 'os' && (raw === 'linux' || raw === 'darwin' || raw === 'windows' || raw === 'other')) out.os = raw;
	}
	return out;
}
