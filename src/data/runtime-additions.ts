// SPDX-License-Identifier: Apache-2.0
// Written by hand, not generated: targets the catalog publishes for a runtime of
// src/data/runtimes.ts that the generated snapshot (unikraft/catalog 667ac92e, 2025-12-13)
// does not have yet. `npm run runtimes` cannot learn them: the newest catalog snapshot the
// project can fetch is still 667ac92e (fetched 2026-12-01). Each row names the catalog
// revision of the folder that builds it. When the data is regenerated from a snapshot that
// has the row's folder and workflow, the row goes (test/unit/runtimes-data.test.ts fails
// while a row repeats what the generated table already says).
import type { CatalogTarget } from './runtimes';
import { docsPage, ghFile, ghThread, type Sources } from './source';

export interface CatalogRuntimeAddition {
	/** The runtime as `kraft` names it: `unikraft.org/<name>:<tag>`. */
	readonly name: string;
	readonly tag: string;
	readonly targets: readonly CatalogTarget[];
	/** `unikraft.version` of the folder's Kraftfile (a branch or a tag). */
	readonly unikraft?: string;
	/** The catalog folder that builds these targets. */
	readonly path: string;
	/** The catalog revision the folder was read at (8 hex digits, as cited). */
	readonly revision: string;
	readonly sources: Sources;
}

export const CATALOG_RUNTIME_ADDITIONS: readonly CatalogRuntimeAddition[] = [
	{
		// The Hyperlight build of `base`: its own folder, published under the same name.
		name: 'base',
		tag: 'latest',
		targets: [{ platform: 'hyperlight', architecture: 'x86_64' }],
		unikraft: 'plat-hyperlight',
		path: 'library/base-hyperlight',
		revision: 'f2f85476',
		sources: [
			ghFile('unikraft/catalog', 'f2f85476', 'library/base-hyperlight/Kraftfile', 'spec v0.7; builds from the Unikraft branch plat-hyperlight; target hyperlight/x86_64'),
			ghThread('unikraft/catalog', 'pull', 285, 'Add base-hyperlight as library and in workflows'),
			docsPage(
				'/blog/2026-08-05-unikraft-gsoc-hyperlight-platform-3',
				'GSoC’26 Hyperlight, part III',
				'the catalog workflow publishes the hyperlight/x86_64 build under unikraft.org/base:latest, beside qemu/x86_64 and fc/x86_64; run it with runtime: base:latest and platform: hyperlight',
			),
		],
	},
];
