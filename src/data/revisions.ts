// SPDX-License-Identifier: Apache-2.0
/**
 * The snapshots the facts in `src/data` were read from (see
 * `shared/reference/kraftfile-and-support.md` §0). Links use these revisions so that
 * a reader sees exactly what was read, not whatever the branch says today.
 */
export const REV = {
	/** unikraft/kraftkit, 2024-10-21 (v0.9.2-111). */
	kraftkit: 'f02a5331',
	/** unikraft/unikraft, 2024-10-14, after RELEASE-0.17.0. */
	unikraft: 'eaf6fda1',
	/**
	 * unikraft/unikraft before linuxu was retired: the parent of e3db708d, by its own sha
	 * (39b8f4ce4b1c808bdc50908f23dbf6b22b299ffe), since GitHub does not resolve `e3db708d^`.
	 */
	unikraftWithLinuxu: '39b8f4ce',
	/** unikraft-cloud/x (the v0.7 Kraftfile spec), 2026-07-01. */
	x: 'c92e317b',
	/** unikraft/docs. */
	docs: '36736952',
	/** unikraft/catalog, 2025-12-13. */
	catalog: '667ac92e',
} as const;
