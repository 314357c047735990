// SPDX-License-Identifier: Apache-2.0
import { docsPage, ghFile, ghThread, type Sources } from './source';

/**
 * Unikraft branches a Kraftfile may name instead of a release (`unikraft: { version: … }`,
 * or `?branch=` in a source URL) whose facts this extension knows. A branch is newer than
 * the release it follows and may have more: its targets are checked only for what holds in
 * every release from `after` on, plus the platforms it is known to have.
 */
export interface BranchRow {
	readonly name: string;
	readonly title: string;
	/** The newest release the branch is known to follow (`major.minor.patch`). */
	readonly after: string;
	/** Platforms the branch has that no release has (ids of `src/data/platforms.ts`). */
	readonly platforms: readonly string[];
	readonly summary: string;
	readonly sources: Sources;
}

export const BRANCHES: readonly BranchRow[] = [
	{
		name: 'staging',
		title: 'the development branch',
		after: '0.21.0',
		platforms: [],
		summary:
			'Unikraft’s development branch, where changes land before the next release. What it has beyond v0.21.0 is not recorded here, so only what holds from v0.21.0 on is checked.',
		sources: [docsPage('/releases/v0.21.0', 'Unikraft v0.21.0 release notes', 'the newest release found (2026-04-20)')],
	},
	{
		name: 'plat-hyperlight',
		title: 'the Hyperlight branch',
		after: '0.21.0',
		platforms: ['hyperlight'],
		summary:
			'The Unikraft branch the official Hyperlight examples and the `base-hyperlight` runtime build from (2026). It has the `hyperlight` platform, which no release has; `kraft` sets no `CONFIG_PLAT_HYPERLIGHT`, so the examples set it in `kconfig`.',
		sources: [
			ghFile('unikraft/catalog', 'f2f85476', 'library/base-hyperlight/Kraftfile', 'unikraft version plat-hyperlight, CONFIG_PLAT_HYPERLIGHT set by hand'),
			ghFile('unikraft/catalog', 'c95e920f', 'examples/hyperlight/helloworld-c-native/Kraftfile', 'unikraft version plat-hyperlight'),
			ghThread('unikraft/catalog', 'pull', 285, 'Add base-hyperlight as library and in workflows'),
			ghThread('unikraft/kraftkit', 'issues', 2636, 'Support Running on Hyperlight'),
		],
	},
];
