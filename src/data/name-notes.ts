// SPDX-License-Identifier: Apache-2.0
import { ARCH_TRANSFORM, KRAFTKIT, noted, PLATFORM_TRANSFORM, VIRTUALIZATION_DOC } from './citations';
import { REV } from './revisions';
import { docsPage, ghFile, ghThread, quotedFile, withQuote, type Sources } from './source';
import { q, QUOTES } from './quotes';

/**
 * What `kraft` and Unikraft do with a platform or architecture name that is not a
 * canonical one: an alias, a planned platform, a cloud, a name nobody knows, or an
 * architecture written the way other tools write it. For hovers.
 */
export type NameNoteKind = 'platform-alias' | 'planned' | 'cloud-provider' | 'unknown-platform' | 'architecture-misnomer' | 'unknown-architecture';

export interface NameNoteRow {
	readonly kind: NameNoteKind;
	/** One or two sentences. */
	readonly summary: string;
	readonly sources: Sources;
}

const platformGo = noted(KRAFTKIT.platformGo, '`PlatformsByName()` rewrites kvm → qemu, firecracker → fc');
const platformTransform = PLATFORM_TRANSFORM;
const makefile = quotedFile(QUOTES.noTargetPlatform, 'the build stops when no CONFIG_PLAT_* is set');
const virtualizationDoc = VIRTUALIZATION_DOC;
const archTransform = ARCH_TRANSFORM;
const archGo = noted(KRAFTKIT.archGo, '2024: an unknown name sets the empty option `CONFIG_`');
// kraftkit v0.12.16 (2026-09-09): knows riscv64 and sets no key for an unknown name (not stored, so not quoted).
const kraftRiscv = ghThread('unikraft/kraftkit', 'pull', 2900, 'feat(machine): Support riscv64 QEMU targets; in v0.12.16');

export const NAME_NOTES: readonly NameNoteRow[] = [
	{
		kind: 'platform-alias',
		summary:
			'An alias is valid in a Kraftfile: `kraft` rewrites it to the platform’s own name, which is the one in build paths (`<name>_<plat>-<arch>`). `kraft` 2024 rejected aliases in `--plat` (an enum of `fc`, `qemu` and `xen`); since v0.12.15 it accepts them there too. The canonical name works everywhere.',
		sources: [
			platformGo,
			ghFile('unikraft/kraftkit', REV.kraftkit, 'cmdfactory/flags_enum.go', '2024: `--plat` is an enum of fc, qemu and xen'),
			ghThread('unikraft/kraftkit', 'issues', 657, 'kraft build fails to correctly filter targets with "kvm" platform'),
			ghFile('unikraft/kraftkit', '0dd007ca', 'machine/platform/platform.go', 'v0.12.15: `PlatformNames()` lists the names and aliases accepted as user input'),
		],
	},
	{
		kind: 'planned',
		summary: `Planned for Unikraft, but no release supports it yet: \`kraft\` passes the name on, sets no \`CONFIG_PLAT_*\`, and the build stops with ${q(QUOTES.noTargetPlatform)}.`,
		sources: [virtualizationDoc, platformTransform, makefile],
	},
	{
		kind: 'cloud-provider',
		summary: `A cloud to deploy images to, not a Kraftfile platform: \`kraft\` passes the name on, sets no \`CONFIG_PLAT_*\`, and the build stops with ${q(QUOTES.noTargetPlatform)}.`,
		sources: [virtualizationDoc, platformTransform, makefile],
	},
	{
		kind: 'unknown-platform',
		summary: `Not a Unikraft platform: \`kraft\` passes the name on unchanged (names are case-sensitive), sets no \`CONFIG_PLAT_*\`, and the build stops with ${q(QUOTES.noTargetPlatform)}.`,
		sources: [platformTransform, makefile],
	},
	{
		kind: 'architecture-misnomer',
		summary: '`kraft` has no aliases for architectures: it passes the name on as written, Unikraft gets no `CONFIG_ARCH_*` for it and builds its default architecture under a name that does not match.',
		sources: [archTransform, archGo],
	},
	{
		kind: 'unknown-architecture',
		summary:
			'Not an architecture Unikraft knows: Unikraft has no `CONFIG_ARCH_*` option for it, so the build does not make this architecture. `kraft` passes the name on as written; before v0.12.16 it also set an empty `CONFIG_` option for an unknown name.',
		sources: [archTransform, archGo, kraftRiscv, ghFile('unikraft/unikraft', REV.unikraft, 'arch/Config.uk', 'only x86_64, arm64 and arm')],
	},
];

/** Hosted (Type 2) hypervisors people may try as a platform. None is a Unikraft platform. */
export interface HostedHypervisorRow {
	readonly name: string;
	readonly title: string;
	readonly sources: Sources;
}

export const HOSTED_HYPERVISORS: readonly HostedHypervisorRow[] = [
	{ name: 'virtualbox', title: 'VirtualBox', sources: [withQuote(docsPage('/docs/concepts/virtualization', 'unikraft.org: Virtualization'), QUOTES.type2VirtualBox)] },
];
