// SPDX-License-Identifier: Apache-2.0
import { ARCHITECTURES, type ArchId } from '../data/architectures';

/**
 * What the core may know about the machine the developer runs `kraft` on. The adapters
 * learn it (VS Code: `process.arch`, `/dev/kvm`; the CLI: only when asked) and pass it in,
 * so the core stays pure and tests can inject any host. Every field may be unknown.
 */
export interface HostFacts {
	/** The host's architecture in Unikraft's names; unknown for hosts Unikraft has no name for. */
	readonly arch?: ArchId;
	/** Whether KVM is usable: `/dev/kvm` is a character device the user can open. */
	readonly kvm?: boolean;
	readonly os?: 'linux' | 'darwin' | 'windows' | 'other';
	/** Whether this is a Xen host (dom0), where recent `kraft run` can start Xen images. */
	readonly xenHost?: boolean;
}

/** Unikraft's name for a Node.js `process.arch` (`x64` → `x86_64`), or `undefined`. */
export function archFromNode(nodeArch: string): ArchId | undefined {
	return ARCHITECTURES.find((a) => a.nodeArch === nodeArch)?.id;
}

/** The OS as `HostFacts` names it, from Node.js `process.platform`. */
export function osFromNode(platform: string): HostFacts['os'] {
	return platform === 'linux' ? 'linux' : platform === 'darwin' ? 'darwin' : platform === 'win32' ? 'windows' : 'other';
}

/**
 * The OS as people name it (`macOS`), or `undefined` for `other` and an unknown OS: the
 * caller words those for its sentence (`this OS`, `another OS`).
 */
export function osWords(os: HostFacts['os']): string | undefined {
	return os === 'linux' ? 'Linux' : os === 'darwin' ? 'macOS' : os === 'windows' ? 'Windows' : undefined;
}
