// SPDX-License-Identifier: Apache-2.0
// Learns the host facts the core uses for "how will this run here" (hover, emulation
// hints). Only reads: the process's own architecture and platform, and the mode of
// /dev/kvm. Never throws; anything it cannot tell stays unknown.
import { accessSync, constants, statSync } from 'node:fs';
import { archFromNode, osFromNode, type HostFacts } from '../core/host';

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

export function detectHost(): HostFacts {
	const os = osFromNode(process.platform);
	const arch = archFromNode(process.arch);
	// KVM exists only on Linux; elsewhere it is known to be absent.
	const kvm = os === 'linux' ? kvmUsable() : false;
	return { ...(arch ? { arch } : {}), kvm, ...(os ? { os } : {}) };
}
