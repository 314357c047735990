// SPDX-License-Identifier: Apache-2.0
import { KRAFTKIT, noted, VIRTUALIZATION_DOC } from './citations';
import type { HypervisorKind } from './platforms';
import { REV } from './revisions';
import { ghFile, quotedFile, type Sources } from './source';
import { QUOTES } from './quotes';

/**
 * The picture of the Unikraft documentation's Virtualization page (the seed of the
 * hovers): how a unikernel meets the hardware. `type-2` is no platform's kind, but it is
 * what people compare with (VirtualBox, QEMU without KVM).
 */
export type StackKind = HypervisorKind | 'type-2';

export interface StackRow {
	readonly kind: StackKind;
	readonly title: string;
	/** What it is, in the words of the docs page; absent where a platform's own summary says it. */
	readonly summary?: string;
	/** A drawing in `media/` and its text alternative. */
	readonly picture?: { readonly file: string; readonly alt: string };
	readonly sources: Sources;
}

const virtualizationDoc = VIRTUALIZATION_DOC;
const virtualizationMdx = ghFile('unikraft/docs', REV.docs, 'content/docs/concepts/virtualization.mdx', 'the Type 1 / Type 2 pictures and the comparison table');
// Two quotes from the FAQ: the error, and its answer.
const faq = quotedFile(QUOTES.faqNoKvmModule, 'when running an ARM64 image on x86_64 (or vice versa), in a VM, on Windows or macOS');
const faqUseW = quotedFile(QUOTES.faqUseW);
const detectGo = ghFile('unikraft/kraftkit', REV.kraftkit, 'machine/platform/detect.go', '/dev/kvm must be a character device answering KVM_GET_API_VERSION; otherwise kraft falls back to QEMU in guest mode (emulation)');
const runGo = quotedFile(QUOTES.disableAcceleration, '`-W, --disable-acceleration`');
const qemuDriver = noted(KRAFTKIT.qemuDriver, 'KVM flags (`-enable-kvm`, `-cpu host`) or TCG emulation (`-cpu qemu64`)');
const fcDriver = quotedFile(QUOTES.firecrackerNoEmulation);
const hyperlightPr = ghFile('unikraft/kraftkit', '0dd007ca', 'machine/platform/register_linux.go', 'the Hyperlight driver (KraftKit PR #2797)');

export const STACKS: readonly StackRow[] = [
	{
		kind: 'type-1',
		title: 'Type 1 (bare-metal) hypervisor',
		summary:
			'The hypervisor has direct access to the hardware and arbitrates the guests’ access to it (KVM is one, Xen another). Unikraft runs on it as a virtual machine and configures the hardware it needs itself.',
		picture: { file: 'type1-hypervisor.svg', alt: 'Hardware, a Type 1 hypervisor (KVM, Xen) on it, and the Unikraft unikernel beside other guests on top' },
		sources: [virtualizationDoc, virtualizationMdx],
	},
	{
		kind: 'type-2',
		title: 'Type 2 (hosted) hypervisor',
		summary:
			'The hypervisor goes through a host operating system to reach the hardware, which it emulates in software (VirtualBox is one). No Kraftfile platform targets such a hypervisor; QEMU without KVM is in its place: a program on the host that emulates the machine.',
		picture: { file: 'type2-hypervisor.svg', alt: 'Hardware, a host operating system on it, a hosted hypervisor as a program on the host, and a guest on top' },
		sources: [virtualizationDoc, virtualizationMdx],
	},
	{
		kind: 'none',
		title: 'No hypervisor (a Linux process)',
		picture: { file: 'no-hypervisor.svg', alt: 'Hardware, the Linux kernel on it, and Unikraft as one user-space process beside others, reaching the hardware through system calls' },
		sources: [virtualizationDoc],
	},
	{
		kind: 'cloud',
		title: 'Cloud service',
		picture: { file: 'type1-hypervisor.svg', alt: 'Hardware, a Type 1 hypervisor on it, and the Unikraft unikernel on top, here run by the cloud' },
		sources: [virtualizationDoc],
	},
];

/** How a VMM runs a unikernel: with KVM (hardware acceleration) or emulated. */
export interface AccelerationRow {
	readonly mode: 'kvm' | 'emulation';
	readonly title: string;
	readonly summary: string;
	readonly sources: Sources;
}

export const ACCELERATION: readonly AccelerationRow[] = [
	{
		mode: 'kvm',
		title: 'KVM (hardware acceleration)',
		summary: '(Para)virtualization: the CPU runs the unikernel directly, which is fast, and Unikraft sees more of the hardware. KVM runs only the host’s own architecture.',
		sources: [virtualizationDoc, qemuDriver, faq, faqUseW],
	},
	{
		mode: 'emulation',
		title: 'QEMU emulation (TCG)',
		summary: 'KVM is not used: QEMU emulates the CPU in software. Slower, but it runs other architectures (Arm code on an x86 machine).',
		sources: [virtualizationDoc, qemuDriver],
	},
];

/** When `kraft run` emulates instead of using KVM. */
export interface EmulationCauseRow {
	readonly cause: 'foreign-arch' | 'no-kvm' | 'flag';
	readonly summary: string;
	readonly sources: Sources;
}

export const EMULATION_CAUSES: readonly EmulationCauseRow[] = [
	{ cause: 'foreign-arch', summary: 'the target architecture is not the host’s (run it with `kraft run -W`)', sources: [faq, faqUseW] },
	{ cause: 'no-kvm', summary: 'there is no usable `/dev/kvm`: macOS, Windows, a VM without nested virtualization, or no permission', sources: [detectGo, faq] },
	{ cause: 'flag', summary: '`kraft run -W` (`--disable-acceleration`) asks for it', sources: [runGo] },
];

/** Which local platforms can fall back to emulation. Only QEMU can; the others need a hypervisor. */
export interface EmulationSupportRow {
	readonly platform: 'qemu' | 'fc' | 'hyperlight';
	readonly emulates: boolean;
	/** For a VMM that cannot emulate: what it needs instead. */
	readonly needs?: string;
	readonly sources: Sources;
}

export const EMULATION_SUPPORT: readonly EmulationSupportRow[] = [
	{ platform: 'qemu', emulates: true, sources: [qemuDriver] },
	{ platform: 'fc', emulates: false, needs: 'Firecracker needs KVM and the host’s own architecture: it cannot emulate.', sources: [fcDriver] },
	{ platform: 'hyperlight', emulates: false, needs: 'Hyperlight needs a hypervisor (KVM or MSHV on Linux, WHP on Windows) and the host’s own architecture: it cannot emulate.', sources: [hyperlightPr] },
];

/** The docs page's comparison of virtual machines, containers and unikernels (Unikraft). */
export interface ComparisonRow {
	readonly aspect: string;
	readonly vm: string;
	readonly container: string;
	readonly unikernel: string;
	readonly sources: Sources;
}

export const COMPARISON: readonly ComparisonRow[] = [
	{ aspect: 'Time performance', vm: 'Slowest of the 3', container: 'Fast', unikernel: 'Fast', sources: [virtualizationDoc] },
	{ aspect: 'Memory footprint', vm: 'Heavy', container: 'Depends on the number of features', unikernel: 'Light', sources: [virtualizationDoc] },
	{ aspect: 'Security', vm: 'Very secure', container: 'Least secure of the 3', unikernel: 'Very secure', sources: [virtualizationDoc] },
	{ aspect: 'Features', vm: 'Everything you would think of', container: 'Depends on the needs', unikernel: 'Only the absolute necessary', sources: [virtualizationDoc] },
];
