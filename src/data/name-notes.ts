// SPDX-License-Identifier: Apache-2.0
import { REV } from './revisions';
import { docsPage, ghFile, ghThread, type Sources } from './source';

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

const platformGo = ghFile('unikraft/kraftkit', REV.kraftkit, 'machine/platform/platform.go', '`PlatformsByName()` rewrites kvm → qemu, firecracker → fc');
const platformTransform = ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/plat/transform.go', 'unknown platform names are kept as they are');
const makefile = ghFile('unikraft/unikraft', REV.unikraft, 'Makefile', '“Please choose at least one target platform in the configuration!”');
const virtualizationDoc = docsPage('/docs/concepts/virtualization', 'unikraft.org: Virtualization');
const archTransform = ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/arch/transform.go', 'the value is stored as written: there is no alias table for architectures');
const archGo = ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/arch/architecture.go', 'an unknown name sets the bogus option `CONFIG_`');

export const NAME_NOTES: readonly NameNoteRow[] = [
	{
		kind: 'platform-alias',
		summary:
			'`kraft` rewrites an alias to the platform’s own name, which is the one in build paths (`<name>_<plat>-<arch>`) and the one `kraft build --plat` and `kraft run --plat` accept.',
		sources: [platformGo, ghFile('unikraft/kraftkit', REV.kraftkit, 'cmdfactory/flags_enum.go', '“kvm is not included in: fc, qemu, xen”'), ghThread('unikraft/kraftkit', 'issues', 657, 'kraft build fails to correctly filter targets with "kvm" platform')],
	},
	{
		kind: 'planned',
		summary: 'Planned for Unikraft, but no release supports it yet: `kraft` passes the name on, sets no `CONFIG_PLAT_*`, and the build stops with “Please choose at least one target platform”.',
		sources: [virtualizationDoc, platformTransform, makefile],
	},
	{
		kind: 'cloud-provider',
		summary: 'A cloud to deploy images to, not a Kraftfile platform: `kraft` passes the name on, sets no `CONFIG_PLAT_*`, and the build stops with “Please choose at least one target platform”.',
		sources: [virtualizationDoc, platformTransform, makefile],
	},
	{
		kind: 'unknown-platform',
		summary: 'Not a Unikraft platform: `kraft` passes the name on unchanged (names are case-sensitive), sets no `CONFIG_PLAT_*`, and the build stops with “Please choose at least one target platform”.',
		sources: [platformTransform, makefile],
	},
	{
		kind: 'architecture-misnomer',
		summary: '`kraft` has no aliases for architectures: it passes the name on as written, Unikraft gets no `CONFIG_ARCH_*` for it and builds its default architecture under a name that does not match.',
		sources: [archTransform, archGo],
	},
	{
		kind: 'unknown-architecture',
		summary: 'Not an architecture Unikraft knows: `kraft` passes the name on as written and Unikraft gets no `CONFIG_ARCH_*` for it.',
		sources: [archTransform, archGo, ghFile('unikraft/unikraft', REV.unikraft, 'arch/Config.uk', 'only x86_64, arm64 and arm')],
	},
];

/** Hosted (Type 2) hypervisors people may try as a platform. None is a Unikraft platform. */
export interface HostedHypervisorRow {
	readonly name: string;
	readonly title: string;
	readonly sources: Sources;
}

export const HOSTED_HYPERVISORS: readonly HostedHypervisorRow[] = [
	{ name: 'virtualbox', title: 'VirtualBox', sources: [docsPage('/docs/concepts/virtualization', 'unikraft.org: Virtualization', '“An example of Type 2 hypervisor is VirtualBox.”')] },
];
