// SPDX-License-Identifier: Apache-2.0
import { q, QUOTES } from './quotes';
import { docsPage, ghFile, type Sources } from './source';

/**
 * Unikraft releases. Up to 0.17.0 the dates are those of the `RELEASE-x.y.z` tags in
 * unikraft/unikraft; later ones come from the release pages of the docs
 * (`content/releases/v0.*.mdx`, `releaseDate:`).
 */
export interface ReleaseRow {
	/** `major.minor.patch`, without the `v`. */
	readonly version: string;
	readonly date: string;
	/** What changed for Kraftfile targets, if anything. */
	readonly change?: string;
	readonly sources: Sources;
}

const tag = (v: string, path = 'plat/kvm/Config.uk') => ghFile('unikraft/unikraft', `RELEASE-${v}`, path);
const page = (v: string) => docsPage(`/releases/v${v}`, `Unikraft v${v} release notes`);

export const RELEASES: readonly ReleaseRow[] = [
	{ version: '0.10.0', date: '2022-08-20', sources: [tag('0.10.0')] },
	{ version: '0.11.0', date: '2022-12-02', sources: [tag('0.11.0')] },
	{ version: '0.12.0', date: '2023-02-07', sources: [tag('0.12.0')] },
	{ version: '0.13.0', date: '2023-05-15', change: 'Firecracker (`fc`) on x86_64.', sources: [tag('0.13.0')] },
	{ version: '0.13.1', date: '2023-06-01', sources: [tag('0.13.1')] },
	{ version: '0.14.0', date: '2023-08-18', change: 'Firecracker on arm64.', sources: [tag('0.14.0')] },
	{ version: '0.15.0', date: '2023-10-23', sources: [tag('0.15.0')] },
	{ version: '0.16.0', date: '2024-01-02', sources: [tag('0.16.0')] },
	{ version: '0.16.1', date: '2024-01-18', sources: [tag('0.16.1')] },
	{ version: '0.16.2', date: '2024-02-14', change: 'Xen on arm64.', sources: [tag('0.16.2', 'plat/xen/Config.uk')] },
	{ version: '0.16.3', date: '2024-03-20', change: 'The last release with `linuxu`.', sources: [tag('0.16.3', 'plat/linuxu/Config.uk')] },
	{
		version: '0.17.0',
		date: '2024-06-07',
		change: `\`linuxu\` removed: ${q(QUOTES.linuxuRetired)}`,
		sources: [docsPage('/blog/2024-06-07-unikraft-releases-v0.17.0', 'Unikraft v0.17.0 release notes'), tag('0.17.0')],
	},
	{ version: '0.18.0', date: '2024-12-21', sources: [page('0.18.0')] },
	{ version: '0.19.0', date: '2025-05-23', sources: [page('0.19.0')] },
	{ version: '0.19.1', date: '2025-07-17', sources: [page('0.19.1')] },
	{ version: '0.20.0', date: '2025-09-08', sources: [page('0.20.0')] },
	{
		version: '0.21.0',
		date: '2026-04-20',
		change: 'Platform Abstraction Layer: Xen adapted to it on x86_64 and arm64 (32-bit `arm` not mentioned).',
		sources: [page('0.21.0'), docsPage('/blog/2026-04-20-unikraft-releases-v0.21.0', 'Unikraft v0.21.0 release blog')],
	},
];

/** The newest release this extension knows: what `stable` (and no `unikraft` at all) means to it. */
export const LATEST_RELEASE: readonly [number, number, number] = [0, 21, 0];
