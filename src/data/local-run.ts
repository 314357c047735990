// SPDX-License-Identifier: Apache-2.0
import { RUNNING_DOC } from './citations';
import type { LocalRun } from './platforms';
import { REV } from './revisions';
import { ghFile, ghThread, quotedFile, type Sources } from './source';
import { q, QUOTES } from './quotes';

/** What `kraft run` does with a platform's images on the developer's machine. */
export interface LocalRunRow {
	readonly localRun: LocalRun;
	/** A few words, for the "runs with" column of the support view; the same sources. */
	readonly label: string;
	/** One sentence, for hovers. */
	readonly summary: string;
	readonly sources: Sources;
}

const runningDoc = RUNNING_DOC;
const registerUnix = ghFile('unikraft/kraftkit', REV.kraftkit, 'machine/platform/register_unix.go', 'QEMU on every Unix host');
const registerLinux = ghFile('unikraft/kraftkit', REV.kraftkit, 'machine/platform/register_linux.go', 'Firecracker on Linux only');
// 2024: `--plat` is an enum flag of fc, qemu and xen; anything else is rejected.
const flagsEnum = ghFile('unikraft/kraftkit', REV.kraftkit, 'cmdfactory/flags_enum.go', '2024: `--plat` is an enum of fc, qemu and xen; other names are rejected');
// kraftkit v0.12.15 (2026-08): `Platforms()` adds hyperlight (not stored, so not quoted).
const platformGo2026 = ghFile('unikraft/kraftkit', '0dd007ca', 'machine/platform/platform.go', 'v0.12.15: `Platforms()` is fc, qemu, xen and hyperlight');

export const LOCAL_RUN: readonly LocalRunRow[] = [
	{ localRun: 'yes', label: '`kraft run`', summary: '`kraft run` starts it locally.', sources: [runningDoc, registerUnix] },
	{ localRun: 'linux-kvm-only', label: '`kraft run` on Linux with KVM', summary: '`kraft run` starts it on Linux with KVM only.', sources: [registerLinux, runningDoc] },
	{
		localRun: 'xen-host-only',
		label: '`kraft run` on a Xen host (dom0), since `kraft` 2026',
		summary: `\`kraft run\` starts it only on a Xen host (dom0), and only since \`kraft\` 2026; older \`kraft\` has no Xen driver (${q(QUOTES.unsupportedPlatformDriver)}). Elsewhere, build it and boot it on a Xen host (\`xl create\`).`,
		sources: [
			runningDoc,
			quotedFile(QUOTES.unsupportedPlatformDriver, '2024: no Xen driver'),
			ghFile('unikraft/kraftkit', REV.kraftkit, 'machine/platform/platform.go', '2024: no Xen strategy is registered'),
			ghFile('unikraft/kraftkit', '0dd007ca', 'machine/platform/register_linux.go', '2026: the Xen driver is registered when the Xen machine service starts (a Xen host)'),
		],
	},
	{
		localRun: 'deploy-only',
		label: '`kraft cloud deploy`',
		summary: 'Not started locally: deploy it with `kraft cloud deploy`.',
		sources: [ghThread('unikraft/kraftkit', 'pull', 1021, 'Introduce kraftcloud special internal target')],
	},
	{ localRun: 'no', label: 'not by `kraft run`', summary: '`kraft run` cannot start it: `--plat` accepts only `fc`, `qemu` and `xen` (and `hyperlight` since `kraft` v0.12.15).', sources: [flagsEnum, platformGo2026] },
];
