// SPDX-License-Identifier: Apache-2.0
import { PLATFORM_TRANSFORM, VIRTUALIZATION_DOC } from './citations';
import { ghFile, ghThread, withQuote, type Sources } from './source';
import { QUOTES } from './quotes';

/**
 * Names people write as a Kraftfile platform that are not platforms of any Unikraft
 * release, but that the documentation talks about. `kraft` passes an unknown platform
 * name through unchanged and sets no `CONFIG_PLAT_*` for it, so Unikraft's build stops
 * with QUOTES.noTargetPlatform (`unikraft/unikraft` Makefile).
 */
export interface OtherPlatformRow {
	readonly name: string;
	readonly kind: 'planned' | 'cloud-provider';
	readonly title: string;
	/** What to write instead, as a sentence. */
	readonly instead: string;
	readonly sources: Sources;
}

const virtualizationDoc = withQuote(VIRTUALIZATION_DOC, QUOTES.plannedHypervisors);
// The 2023 Virtualization page named AWS, GCP and DigitalOcean as clouds Unikraft runs on;
// today's page does not, and the 2023 page is not stored, so it is cited, not quoted.
const cloudsDoc2023 = ghFile(
	'unikraft/docs',
	'003e978c',
	'content/en/docs/concepts/virtualization.md',
	'2023: Unikraft can also run on cloud platforms such as AWS, GCP and DigitalOcean',
);
const otherHypervisorsEpic = ghThread('unikraft/kraftkit', 'issues', 989, 'Support running other hypervisors');
const platformTransform = PLATFORM_TRANSFORM;
const cloudInstead =
	'Build the image for `qemu` (KVM) or `xen` and upload it with the provider’s own tools, or use `kraftcloud` to deploy to Unikraft Cloud.';

export const OTHER_PLATFORMS: readonly OtherPlatformRow[] = [
	{ name: 'aws', kind: 'cloud-provider', title: 'Amazon Web Services', instead: cloudInstead, sources: [cloudsDoc2023, platformTransform] },
	{ name: 'azure', kind: 'cloud-provider', title: 'Microsoft Azure', instead: cloudInstead, sources: [platformTransform] },
	{ name: 'digitalocean', kind: 'cloud-provider', title: 'DigitalOcean', instead: cloudInstead, sources: [cloudsDoc2023, platformTransform] },
	{ name: 'gcp', kind: 'cloud-provider', title: 'Google Cloud Platform', instead: cloudInstead, sources: [cloudsDoc2023, platformTransform] },
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
