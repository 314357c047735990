// SPDX-License-Identifier: Apache-2.0
import { REV } from './revisions';
import { docsPage, ghFile, ghThread, type Sources } from './source';

/**
 * Names people write as a Kraftfile platform that are not platforms of any Unikraft
 * release, but that the documentation talks about. `kraft` passes an unknown platform
 * name through unchanged and sets no `CONFIG_PLAT_*` for it, so Unikraft's build stops
 * with “Please choose at least one target platform” (`unikraft/unikraft` Makefile).
 */
export interface OtherPlatformRow {
	readonly name: string;
	readonly kind: 'planned' | 'cloud-provider';
	readonly title: string;
	/** What to write instead, as a sentence. */
	readonly instead: string;
	readonly sources: Sources;
}

const virtualizationDoc = docsPage(
	'/docs/concepts/virtualization',
	'unikraft.org: Virtualization',
	'“Unikraft is planned to be able to run on Hyper-V and VMWare, in the near future.” and “Unikraft can also be run on Cloud platforms, like AWS, GCP and DigitalOcean”',
);
const otherHypervisorsEpic = ghThread('unikraft/kraftkit', 'issues', 989, 'Support running other hypervisors');
const platformTransform = ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/plat/transform.go', 'unknown platform names are kept as they are');
const cloudInstead =
	'Build the image for `qemu` (KVM) or `xen` and upload it with the provider’s own tools, or use `kraftcloud` to deploy to Unikraft Cloud.';

export const OTHER_PLATFORMS: readonly OtherPlatformRow[] = [
	{ name: 'aws', kind: 'cloud-provider', title: 'Amazon Web Services', instead: cloudInstead, sources: [virtualizationDoc, platformTransform] },
	{ name: 'azure', kind: 'cloud-provider', title: 'Microsoft Azure', instead: cloudInstead, sources: [platformTransform] },
	{ name: 'digitalocean', kind: 'cloud-provider', title: 'DigitalOcean', instead: cloudInstead, sources: [virtualizationDoc, platformTransform] },
	{ name: 'gcp', kind: 'cloud-provider', title: 'Google Cloud Platform', instead: cloudInstead, sources: [virtualizationDoc, platformTransform] },
	{
		name: 'hyper-v',
		kind: 'planned',
		title: 'Hyper-V',
		instead: 'Use `qemu` (KVM) or `xen` for now.',
		sources: [virtualizationDoc, otherHypervisorsEpic],
	},
	{
		name: 'hyperv',
		kind: 'planned',
		title: 'Hyper-V',
		instead: 'Use `qemu` (KVM) or `xen` for now.',
		sources: [virtualizationDoc, otherHypervisorsEpic],
	},
	{
		name: 'vmware',
		kind: 'planned',
		title: 'VMware',
		instead: 'Use `qemu` (KVM) or `xen` for now; VMware support exists only in an unmerged pull request (unikraft/unikraft#614).',
		sources: [virtualizationDoc, otherHypervisorsEpic, ghThread('unikraft/unikraft', 'pull', 614, 'plat/vmware (unmerged)')],
	},
];
