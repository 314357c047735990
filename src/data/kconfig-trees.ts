// SPDX-License-Identifier: Apache-2.0
// The Kconfig trees the bundled index (src/data/kconfig-index.json) is made from, by
// scripts/kconfig-index/generate.ts, from the copies under ../shared/sources/<repo>/<rev>/.
import { RELEASES } from './releases';
import { REV } from './revisions';
import { ghFile, type Sources } from './source';

export interface KconfigTreeSpec {
	/** `unikraft@RELEASE-0.17.0`, `lib-musl@fd1abc92`: how the index names the tree. */
	readonly id: string;
	readonly repo: string;
	/** The tag or commit, as the folder under ../shared/sources/<repo>/ is named. */
	readonly rev: string;
	/** Unikraft's core (read from its top Config.uk with the generated menus) or one library (its Config.uk). */
	readonly kind: 'unikraft' | 'library';
	/** For a release tag, the release (`0.17.0`). */
	readonly release?: string;
	/** The date of the revision where it is recorded (a tag's, from releases.ts; eaf6fda1's, from ../shared/sources/README.md). */
	readonly date?: string;
	readonly sources: Sources;
}

function dateOf(version: string): { date?: string } {
	const date = RELEASES.find((r) => r.version === version)?.date;
	return date ? { date } : {};
}

const unikraftRelease = (version: string): KconfigTreeSpec => ({
	id: `unikraft@RELEASE-${version}`,
	repo: 'unikraft/unikraft',
	rev: `RELEASE-${version}`,
	kind: 'unikraft',
	release: version,
	...dateOf(version),
	sources: [ghFile('unikraft/unikraft', `RELEASE-${version}`, 'Config.uk')],
});

export const KCONFIG_TREES: readonly KconfigTreeSpec[] = [
	...['0.10.0', '0.11.0', '0.12.0', '0.13.0', '0.13.1', '0.14.0', '0.15.0', '0.16.0', '0.16.1', '0.16.2', '0.16.3', '0.17.0'].map(unikraftRelease),
	{ id: `unikraft@${REV.unikraftWithLinuxu}`, repo: 'unikraft/unikraft', rev: REV.unikraftWithLinuxu, kind: 'unikraft', sources: [ghFile('unikraft/unikraft', REV.unikraftWithLinuxu, 'Config.uk', 'The last tree with plat/linuxu, after RELEASE-0.17.0.')] },
	{ id: `unikraft@${REV.unikraft}`, repo: 'unikraft/unikraft', rev: REV.unikraft, kind: 'unikraft', date: '2024-10-14', sources: [ghFile('unikraft/unikraft', REV.unikraft, 'Config.uk', 'The newest stored tree, after RELEASE-0.17.0.')] },
	{ id: 'lib-musl@fd1abc92', repo: 'unikraft/lib-musl', rev: 'fd1abc92', kind: 'library', sources: [ghFile('unikraft/lib-musl', 'fd1abc92', 'Config.uk')] },
	{ id: 'lib-lwip@7c1859a7', repo: 'unikraft/lib-lwip', rev: '7c1859a7', kind: 'library', sources: [ghFile('unikraft/lib-lwip', '7c1859a7', 'Config.uk')] },
	{ id: 'app-elfloader@e4f70146', repo: 'unikraft/app-elfloader', rev: 'e4f70146', kind: 'library', sources: [ghFile('unikraft/app-elfloader', 'e4f70146', 'Config.uk')] },
];
