// SPDX-License-Identifier: Apache-2.0
// What the "Platform Support" view shows, as plain data: for one release in effect, the
// verdict of every platform × architecture cell, from the same `supportIn` as the
// diagnostics, and how `kraft run` would start each supported target on this host. The
// VS Code adapter renders it (src/vscode/support-view-html.ts); a language server or a
// web page can render the same data.
import { ARCHITECTURES, type ArchId } from '../data/architectures';
import { PLATFORMS, type PlatformRow } from '../data/platforms';
import type { HostFacts } from './host';
import { howItRuns } from './rules/host-run';
import type { ReleaseInEffect } from './release';
import { supportIn, type Support } from './support-matrix';

/** What one cell says: one verdict for every release the Kraftfile may mean, or that they differ. */
export type CellVerdict =
	| { readonly kind: 'one'; readonly support: Support }
	/**
	 * The releases this may mean disagree, or one of them is not known: `unknown` when
	 * every release where it does not plainly build is an unknown one.
	 */
	| { readonly kind: 'mixed'; readonly unknown: boolean };

export interface SupportCell {
	readonly arch: ArchId;
	readonly verdict: CellVerdict;
	/** For a supported target: how `kraft run` would start it on the host, if not natively. */
	readonly run?: { readonly code: 'emulated-target' | 'not-runnable-here'; readonly message: string };
}

export interface SupportRow {
	readonly platform: PlatformRow;
	/** In the order of `SupportMatrix.architectures`. */
	readonly cells: readonly SupportCell[];
}

export interface SupportMatrix {
	/** The columns. */
	readonly architectures: readonly ArchId[];
	readonly rows: readonly SupportRow[];
	readonly host?: HostFacts;
}

/** The support matrix of `release`, with `host`'s situation in each supported cell. */
export function supportMatrix(release: ReleaseInEffect, host?: HostFacts): SupportMatrix {
	const architectures = ARCHITECTURES.map((a) => a.id);
	const rows = PLATFORMS.map((platform) => ({
		platform,
		cells: architectures.map((arch): SupportCell => {
			const verdict = supportIn(platform, arch, release);
			if (!verdict.all) {
				const failing = verdict.each.filter((e) => e.support.status !== 'supported');
				return { arch, verdict: { kind: 'mixed', unknown: failing.every((e) => e.support.status === 'unknown') } };
			}
			const run = verdict.all.status === 'supported' && host ? howItRuns(platform.id, arch, host) : undefined;
			return run ? { arch, verdict: { kind: 'one', support: verdict.all }, run } : { arch, verdict: { kind: 'one', support: verdict.all } };
		}),
	}));
	return host ? { architectures, rows, host } : { architectures, rows };
}
