// SPDX-License-Identifier: Apache-2.0
import { ARCH_TRANSFORM, KRAFTKIT, noted } from './citations';
import { REV } from './revisions';
import { ghFile, type Sources } from './source';

/** The architecture names `kraft` and Unikraft know (`unikraft/arch/architecture.go`). */
export type ArchId = 'x86_64' | 'arm64' | 'arm';

export interface ArchitectureRow {
	readonly id: ArchId;
	readonly title: string;
	/** The Kconfig symbol kraft sets for it. */
	readonly kconfig: string;
	/** What Node's `process.arch` calls a host of this architecture. */
	readonly nodeArch: string;
	/** The QEMU system emulator `kraft run` starts for it. */
	readonly qemuBinary: string;
	readonly summary: string;
	readonly sources: Sources;
}

const archGo = KRAFTKIT.archGo;
const archConfig = ghFile('unikraft/unikraft', REV.unikraft, 'arch/Config.uk');
const qemuDriver = noted(KRAFTKIT.qemuDriver, 'picks qemu-system-x86_64, -aarch64 or -arm by architecture');

/** In the order people look for them: x86_64, arm64, arm. */
export const ARCHITECTURES: readonly ArchitectureRow[] = [
	{
		id: 'x86_64',
		title: 'x86 64-bit',
		kconfig: 'CONFIG_ARCH_X86_64',
		nodeArch: 'x64',
		qemuBinary: 'qemu-system-x86_64',
		summary: '64-bit x86 (Intel/AMD). Written `x86_64` in a Kraftfile, never `amd64`.',
		sources: [archGo, archConfig, qemuDriver],
	},
	{
		id: 'arm64',
		title: 'Armv8 64-bit (AArch64)',
		kconfig: 'CONFIG_ARCH_ARM_64',
		nodeArch: 'arm64',
		qemuBinary: 'qemu-system-aarch64',
		summary: '64-bit Arm (AArch64). Written `arm64` in a Kraftfile, never `aarch64`.',
		sources: [archGo, archConfig, qemuDriver],
	},
	{
		id: 'arm',
		title: 'Armv7 32-bit',
		kconfig: 'CONFIG_ARCH_ARM_32',
		nodeArch: 'arm',
		qemuBinary: 'qemu-system-arm',
		summary: '32-bit Arm (Armv7). In current Unikraft only the Xen platform builds for it.',
		sources: [archGo, archConfig],
	},
];

/**
 * Names people write for an architecture that `kraft` does not accept: it has no alias
 * table for architectures and passes the string on as it is, so Unikraft gets no
 * `CONFIG_ARCH_*` for it (`unikraft/arch/transform.go`, `architecture.go` `KConfig()`).
 */
export interface ArchitectureMisnomerRow {
	readonly name: string;
	readonly means: ArchId;
	readonly sources: Sources;
}

const archTransform = ARCH_TRANSFORM;

export const ARCHITECTURE_MISNOMERS = (
	[
		['aarch64', 'arm64'],
		['amd64', 'x86_64'],
		['arm32', 'arm'],
		['armhf', 'arm'],
		['armv7', 'arm'],
		['armv7l', 'arm'],
		['armv8', 'arm64'],
		['x64', 'x86_64'],
		['x86-64', 'x86_64'],
	] as const
).map(([name, means]): ArchitectureMisnomerRow => ({ name, means, sources: [archTransform, archGo] }));

/**
 * Architectures people try that no Unikraft release supports upstream.
 */
export interface UnsupportedArchitectureRow {
	readonly name: string;
	readonly why: string;
	readonly sources: Sources;
}

export const UNSUPPORTED_ARCHITECTURES: readonly UnsupportedArchitectureRow[] = [
	{
		name: 'i386',
		why: 'Unikraft has no 32-bit x86 architecture: `arch/Config.uk` offers only x86_64, arm64 and arm.',
		sources: [archConfig],
	},
	{
		name: 'riscv64',
		why: 'Unikraft has no RISC-V architecture: it exists only in unmerged pull requests (unikraft/unikraft#461, #1698), and no release supports it. `kraft` knows the name since v0.12.16, which does not make Unikraft build it.',
		sources: [
			archConfig,
			{ url: 'https://github.com/unikraft/unikraft/issues/60', label: 'unikraft/unikraft#60 (RISC-V support, open)' },
			{ url: 'https://github.com/unikraft/unikraft/pull/1698', label: 'unikraft/unikraft#1698 (Port initial riscv64 support, open)' },
			{ url: 'https://github.com/unikraft/kraftkit/pull/2900', label: 'unikraft/kraftkit#2900 (Support riscv64 QEMU targets; in v0.12.16, 2026-09-09)' },
		],
	},
	{
		name: 'x86',
		why: 'Unikraft has no 32-bit x86 architecture: `arch/Config.uk` offers only x86_64, arm64 and arm.',
		sources: [archConfig],
	},
];
