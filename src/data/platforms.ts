// SPDX-License-Identifier: Apache-2.0
import { KRAFTKIT, noted, RUNNING_DOC, VIRTUALIZATION_DOC } from './citations';
import type { ArchId } from './architectures';
import { REV } from './revisions';
import { docsPage, ghCommit, ghFile, ghThread, quotedFile, withQuote, type Sources } from './source';
import { q, QUOTES } from './quotes';

/** The canonical platform names `kraft` writes into build paths (`<name>_<plat>-<arch>`). */
export type PlatformId = 'qemu' | 'fc' | 'xen' | 'kraftcloud' | 'linuxu' | 'hyperlight';

/** How the unikernel meets the hardware, in the picture of the Unikraft virtualization page. */
export type HypervisorKind =
	/** A Type 1 (bare-metal) hypervisor: KVM (through a VMM such as QEMU or Firecracker) or Xen. */
	| 'type-1'
	/** No hypervisor: the unikernel is a Linux user-space process. */
	| 'none'
	/** A hosted service that runs the image for you. */
	| 'cloud';

/** Whether `kraft run` can start a target of this platform on the developer's machine. */
export type LocalRun = 'yes' | 'linux-kvm-only' | 'xen-host-only' | 'deploy-only' | 'no';

/** One platform × architecture cell of the support matrix. */
export type ArchCell =
	| {
			readonly supported: true;
			/** The first release with this pair, if not every release listed. */
			readonly since?: string;
			/** The first release without it, and why. */
			readonly removedIn?: string;
			readonly removedWhy?: string;
			/** Works, but with a known problem worth telling (information). */
			readonly caveat?: string;
			/** The first release the caveat applies to, if not every one. */
			readonly caveatSince?: string;
			readonly sources?: Sources;
	  }
	| {
			/**
			 * Not known: the sources disagree or only a branch has it (an arm64 port of
			 * Hyperlight on a branch nobody names). Never reported; the hover says so.
			 */
			readonly supported: 'unknown';
			readonly why: string;
			readonly sources: Sources;
	  }
	| {
			readonly supported: false;
			/** Why it cannot work, in a sentence a developer can act on. */
			readonly why: string;
			/** 'error': the build fails or builds something unusable; 'warning': it builds but will not run where the platform runs. */
			readonly severity: 'error' | 'warning';
			readonly sources: Sources;
	  };

export interface PlatformRow {
	readonly id: PlatformId;
	/** Other names `kraft` rewrites to this one (`machine/platform/platform.go` `PlatformsByName`). */
	readonly aliases: readonly string[];
	readonly title: string;
	readonly summary: string;
	readonly hypervisor: HypervisorKind;
	readonly localRun: LocalRun;
	/** The first Unikraft release that has this platform, if not all of them. */
	readonly since?: string;
	/**
	 * For a platform no release has: the Unikraft branches that do (`src/data/branches.ts`).
	 * Such a platform is an error only against a release, never against a newer or unknown one.
	 */
	readonly onlyOnBranches?: readonly string[];
	/**
	 * The Kconfig option that selects this platform when `kraft` does not set it: a build
	 * from source must set it in a `kconfig` itself (`hyperlight`).
	 */
	readonly kconfigByHand?: { readonly option: string; readonly sources: Sources };
	/** The first Unikraft release without this platform. */
	readonly removedIn?: string;
	readonly architectures: { readonly [A in ArchId]: ArchCell };
	readonly sources: Sources;
}

const platformGo = noted(KRAFTKIT.platformGo, '`PlatformsByName()`: fc, firecracker, kvm, qemu, xen');
const platKconfigGo = ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/plat/platform.go', 'the Kconfig kraft sets for each platform name');
const kvmConfig = quotedFile(QUOTES.kvmDependsOn, 'PLAT_KVM: x86_64 or arm64 only');
const xenConfig = ghFile('unikraft/unikraft', REV.unikraft, 'plat/xen/Config.uk', 'PLAT_XEN depends on x86_64, arm64 or arm (without SMP)');
const virtualizationDoc = VIRTUALIZATION_DOC;
const runningDoc = RUNNING_DOC;
const xenDriver = ghFile('unikraft/kraftkit', '0dd007ca', 'machine/platform/register_linux.go', 'registers the Xen driver only when the Xen machine service starts, i.e. on a Xen host');
const fcCommit = ghCommit('unikraft/unikraft', 'e85a0cd8', 'plat/kvm/x86: Add an entry point for the firecracker hypervisor; first in RELEASE-0.13.0');
const kvmNeedsX86OrArm64 = `Unikraft’s KVM platform only exists for x86_64 and arm64: \`PLAT_KVM\` ${q(QUOTES.kvmDependsOn)}, so the build stops with ${q(QUOTES.noTargetPlatform)}.`;

export const PLATFORMS: readonly PlatformRow[] = [
	{
		id: 'qemu',
		aliases: ['kvm'],
		title: 'QEMU with KVM',
		summary:
			'Unikraft’s KVM platform started by QEMU. With KVM (Linux, /dev/kvm, same architecture as the host) it runs hardware-accelerated on a Type 1 hypervisor; otherwise QEMU emulates the CPU, which is slower but runs other architectures (`kraft run -W`).',
		hypervisor: 'type-1',
		localRun: 'yes',
		architectures: {
			x86_64: { supported: true },
			arm64: { supported: true },
			arm: { supported: false, why: kvmNeedsX86OrArm64, severity: 'error', sources: [kvmConfig] },
		},
		sources: [platformGo, platKconfigGo, kvmConfig, virtualizationDoc],
	},
	{
		id: 'fc',
		aliases: ['firecracker'],
		title: 'Firecracker',
		summary:
			'Unikraft’s KVM platform started by the Firecracker micro-VM monitor. Firecracker needs KVM: it runs only on Linux with /dev/kvm and cannot emulate another architecture.',
		hypervisor: 'type-1',
		localRun: 'linux-kvm-only',
		architectures: {
			x86_64: { supported: true, since: '0.13.0', sources: [fcCommit] },
			arm64: {
				supported: true,
				since: '0.14.0',
				caveat: 'Firecracker on arm64 has open boot problems in Unikraft (unikraft/unikraft#1062, #1488).',
				sources: [
					ghThread('unikraft/unikraft', 'issues', 1062, 'Firecracker PIE builds don’t run on AArch64'),
					ghThread('unikraft/unikraft', 'issues', 1488, 'plat/kvm does not boot on Firecracker on arm64'),
					quotedFile(QUOTES.firecrackerArm64, 'KVM_VMM_FIRECRACKER: x86_64 or arm64 from v0.14.0'),
				],
			},
			arm: { supported: false, why: kvmNeedsX86OrArm64, severity: 'error', sources: [kvmConfig] },
		},
		sources: [platformGo, platKconfigGo, kvmConfig, ghFile('unikraft/kraftkit', REV.kraftkit, 'machine/firecracker/v1alpha1.go', 'refuses emulation')],
	},
	{
		id: 'xen',
		aliases: [],
		title: 'Xen',
		summary:
			'The Xen Type 1 (bare-metal) hypervisor. `kraft` builds Xen images anywhere; recent `kraft` (2026) also starts them, but only on a Xen host (dom0). Elsewhere, boot them on a Xen host with Xen’s own tools (`xl create`).',
		hypervisor: 'type-1',
		localRun: 'xen-host-only',
		architectures: {
			x86_64: { supported: true },
			arm64: {
				supported: true,
				since: '0.16.2',
				sources: [
					ghFile('unikraft/unikraft', 'RELEASE-0.16.2', 'plat/xen/Config.uk', 'PLAT_XEN lists ARCH_ARM_64 from this release on; RELEASE-0.16.1 lists only x86 and 32-bit arm'),
					ghCommit('unikraft/unikraft', '665785b9', 'plat/xen/arm: Implementation of the aarch64 loader support'),
					docsPage('/releases/v0.16.2', 'Unikraft v0.16.2 release notes', 'introduces Xen support for aarch64'),
				],
			},
			arm: {
				supported: true,
				caveat:
					'Unikraft v0.21.0 adapted Xen to its Platform Abstraction Layer on x86_64 and arm64 only; whether 32-bit `arm` still builds is not established (the newest stored `plat/xen/Config.uk` still lists `ARCH_ARM_32`). Prefer `xen/arm64`.',
				caveatSince: '0.21.0',
				sources: [
					xenConfig,
					ghFile('unikraft/unikraft', '014f2d1f', 'plat/xen/Config.uk', 'still lists ARCH_ARM_32 among the architectures PLAT_XEN depends on'),
					docsPage('/releases/v0.21.0', 'Unikraft v0.21.0 release notes', 'plat/xen adapted to the PAL for arm64 and x86_64'),
					withQuote(docsPage('/blog/2026-04-20-unikraft-releases-v0.21.0', 'Unikraft v0.21.0 release blog'), QUOTES.xenAdaptedToPal),
				],
			},
		},
		sources: [platformGo, xenConfig, virtualizationDoc, runningDoc, xenDriver],
	},
	{
		id: 'kraftcloud',
		aliases: [],
		title: 'Unikraft Cloud (KraftCloud)',
		summary:
			'Builds an image for Unikraft Cloud (KVM with Firecracker underneath) to deploy with `kraft cloud deploy`; it is not started locally.',
		hypervisor: 'cloud',
		localRun: 'deploy-only',
		architectures: {
			x86_64: { supported: true, since: '0.13.0', sources: [fcCommit] },
			arm64: {
				supported: false,
				why: 'Unikraft Cloud runs x86_64 images: `kraft cloud deploy` uses the target `kraftcloud/x86_64`.',
				severity: 'warning',
				sources: [ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/target/target.go', '`DefaultKraftCloudTarget` is kraftcloud/x86_64')],
			},
			arm: {
				supported: false,
				why: `Unikraft Cloud runs x86_64 images, and ${kvmNeedsX86OrArm64}`,
				severity: 'error',
				sources: [kvmConfig, ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/target/target.go')],
			},
		},
		sources: [
			ghThread('unikraft/kraftkit', 'pull', 1021, 'Introduce kraftcloud special internal target'),
			platKconfigGo,
			withQuote(docsPage('/docs/cli/install', 'unikraft.org: Installing kraft'), QUOTES.installForKraftCloud),
		],
	},
	{
		id: 'linuxu',
		aliases: [],
		title: 'Linux user space (linuxu)',
		summary:
			'No hypervisor: the unikernel is built as an ordinary Linux user-space program. Everything it does goes through the Linux kernel’s system calls, which severely limits its performance; it was meant only for development and debugging.',
		hypervisor: 'none',
		localRun: 'no',
		removedIn: '0.17.0',
		architectures: {
			x86_64: { supported: true },
			arm64: { supported: true },
			arm: { supported: true },
		},
		sources: [
			ghCommit('unikraft/unikraft', 'e3db708d', 'plat/linuxu: Retire mostly unmaintained linuxu platform'),
			withQuote(docsPage('/blog/2024-06-07-unikraft-releases-v0.17.0', 'Unikraft v0.17.0 release notes'), QUOTES.linuxuRetired),
			ghFile('unikraft/unikraft', REV.unikraftWithLinuxu, 'plat/linuxu/Config.uk', 'entry code for x86_64, arm64 and arm'),
			virtualizationDoc,
		],
	},
	{
		id: 'hyperlight',
		aliases: ['hl'],
		title: 'Hyperlight',
		summary:
			'Microsoft’s Hyperlight micro-VM (on KVM or MSHV on Linux, WHP on Windows). Unikraft’s Hyperlight platform is in no Unikraft release (up to v0.21.0): the official examples build it from the Unikraft branch `plat-hyperlight`, or run the prebuilt `base:latest` runtime on it. `kraft` sets no `CONFIG_PLAT_HYPERLIGHT` for it: a build from source sets it in `kconfig`.',
		hypervisor: 'type-1',
		localRun: 'yes',
		onlyOnBranches: ['plat-hyperlight'],
		kconfigByHand: {
			option: 'CONFIG_PLAT_HYPERLIGHT',
			sources: [
				ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/plat/platform.go', '`KConfig()` sets options for fc, firecracker, kraftcloud, kvm, qemu, xen and linuxu only'),
				ghFile('unikraft/kraftkit', 'b28c12e4', 'unikraft/plat/platform.go', 'still no case for hyperlight in 2026'),
				ghFile('unikraft/catalog', 'f2f85476', 'library/base-hyperlight/Kraftfile', 'sets CONFIG_PLAT_HYPERLIGHT by hand, as every official Hyperlight example does'),
			],
		},
		architectures: {
			x86_64: {
				supported: true,
				sources: [ghFile('unikraft/unikraft', 'aead1b6b', 'plat/hyperlight/Config.uk', 'PLAT_HYPERLIGHT depends on ARCH_X86_64 as merged in unikraft/unikraft#1821')],
			},
			arm64: {
				supported: 'unknown',
				why: 'Unikraft’s Hyperlight platform was x86_64 only when it was merged (unikraft/unikraft#1821), but a later commit on a branch (f8cf1a8a) ports it to arm64; which branches have that port is not known.',
				sources: [
					ghFile('unikraft/unikraft', 'aead1b6b', 'plat/hyperlight/Config.uk', 'PLAT_HYPERLIGHT depends on ARCH_X86_64'),
					ghFile('unikraft/unikraft', 'f8cf1a8a', 'plat/hyperlight/Config.uk', 'PLAT_HYPERLIGHT depends on ARCH_X86_64 or ARCH_ARM_64, with an arm64 entry point'),
				],
			},
			arm: {
				supported: false,
				why: 'Unikraft’s Hyperlight platform builds for x86_64 (and, on one branch, arm64), never for 32-bit `arm`; Unikraft has no platform for it there, and the build stops for lack of a target platform.',
				severity: 'error',
				sources: [
					ghFile('unikraft/unikraft', 'aead1b6b', 'plat/hyperlight/Config.uk', 'PLAT_HYPERLIGHT depends on ARCH_X86_64'),
					ghFile('unikraft/unikraft', 'f8cf1a8a', 'plat/hyperlight/Config.uk', 'PLAT_HYPERLIGHT depends on ARCH_X86_64 or ARCH_ARM_64'),
				],
			},
		},
		sources: [
			ghFile('unikraft/catalog', 'f2f85476', 'library/base-hyperlight/Kraftfile', 'builds from the Unikraft branch plat-hyperlight and sets CONFIG_PLAT_HYPERLIGHT by hand'),
			docsPage('/blog/2026-08-05-unikraft-gsoc-hyperlight-platform-3', 'GSoC’26 Hyperlight, part III', 'run with runtime: base:latest and platform: hyperlight'),
			ghThread('unikraft/unikraft', 'pull', 1821, 'plat/hyperlight: add Hyperlight micro-VM platform support'),
			ghThread('unikraft/kraftkit', 'pull', 2797, 'feat(machine): add Hyperlight platform support'),
		],
	},
];
