// SPDX-License-Identifier: Apache-2.0
import { ARCHITECTURES, ARCHITECTURE_MISNOMERS, UNSUPPORTED_ARCHITECTURES, type ArchId, type ArchitectureRow } from '../data/architectures';
import { OTHER_PLATFORMS, type OtherPlatformRow } from '../data/other-platforms';
import { PLATFORMS, type ArchCell, type PlatformId, type PlatformRow } from '../data/platforms';
import { compareRelease, formatRelease, parseRelease, type ReleaseVersion } from './release';

/** What a platform name in a Kraftfile means. */
export type PlatformLookup =
	| { readonly kind: 'platform'; readonly row: PlatformRow; readonly alias?: string }
	| { readonly kind: 'other'; readonly row: OtherPlatformRow }
	| { readonly kind: 'unknown' };

const platformByName = new Map<string, PlatformLookup>();
for (const row of PLATFORMS as readonly PlatformRow[]) {
	platformByName.set(row.id, { kind: 'platform', row });
	for (const alias of row.aliases) platformByName.set(alias, { kind: 'platform', row, alias });
}
for (const row of OTHER_PLATFORMS as readonly OtherPlatformRow[]) platformByName.set(row.name, { kind: 'other', row });

/** Names are case-sensitive, as in `kraft` (plain map look-ups). */
export function lookupPlatform(name: string): PlatformLookup {
	return platformByName.get(name) ?? { kind: 'unknown' };
}

export function platformRow(id: PlatformId): PlatformRow {
	return PLATFORMS.find((p) => p.id === id)!;
}

/** Every name `kraft` accepts as a platform: canonical names and aliases. */
export const PLATFORM_NAMES: readonly string[] = [...platformByName.entries()].filter(([, v]) => v.kind === 'platform').map(([k]) => k);

export type ArchLookup =
	| { readonly kind: 'architecture'; readonly row: ArchitectureRow }
	| { readonly kind: 'misnomer'; readonly means: ArchId }
	| { readonly kind: 'unsupported'; readonly why: string }
	| { readonly kind: 'unknown' };

export function lookupArchitecture(name: string): ArchLookup {
	const row = ARCHITECTURES.find((a) => a.id === name);
	if (row) return { kind: 'architecture', row };
	const mis = ARCHITECTURE_MISNOMERS.find((a) => a.name === name);
	if (mis) return { kind: 'misnomer', means: mis.means };
	const uns = UNSUPPORTED_ARCHITECTURES.find((a) => a.name === name);
	if (uns) return { kind: 'unsupported', why: uns.why };
	return { kind: 'unknown' };
}

export const ARCH_NAMES: readonly ArchId[] = ARCHITECTURES.map((a) => a.id);

/** Whether a platform (canonical) runs on an architecture in a release. */
export type Support =
	| { readonly status: 'supported'; readonly caveat?: string }
	| { readonly status: 'unsupported'; readonly why: string; readonly severity: 'error' | 'warning' }
	| { readonly status: 'removed'; readonly removedIn: string }
	| { readonly status: 'not-yet'; readonly since: string };

export function supportOf(platform: PlatformRow, arch: ArchId, release: ReleaseVersion): Support {
	const before = (v: string | undefined) => v !== undefined && compareRelease(release, dataRelease(v)) < 0;
	const atOrAfter = (v: string | undefined) => v !== undefined && compareRelease(release, dataRelease(v)) >= 0;
	if (atOrAfter(platform.removedIn)) return { status: 'removed', removedIn: formatRelease(dataRelease(platform.removedIn!)) };
	if (before(platform.since)) return { status: 'not-yet', since: formatRelease(dataRelease(platform.since!)) };
	const cell: ArchCell = platform.architectures[arch];
	if (!cell.supported) return { status: 'unsupported', why: cell.why, severity: cell.severity };
	if (before(cell.since)) return { status: 'not-yet', since: formatRelease(dataRelease(cell.since!)) };
	if (atOrAfter(cell.removedIn)) {
		return { status: 'unsupported', why: cell.removedWhy ?? `Removed in ${formatRelease(dataRelease(cell.removedIn!))}.`, severity: 'error' };
	}
	return cell.caveat ? { status: 'supported', caveat: cell.caveat } : { status: 'supported' };
}

/**
 * A release named in src/data (`0.13.0`), parsed once: `supportOf` runs for every target
 * and every alternative it suggests, on every keystroke.
 */
function dataRelease(v: string): ReleaseVersion {
	let parsed = dataReleases.get(v);
	if (!parsed) dataReleases.set(v, (parsed = parseRelease(v)!));
	return parsed;
}

const dataReleases = new Map<string, ReleaseVersion>();

/** Platforms (canonical) that support `arch` in `release`. */
export function platformsFor(arch: ArchId, release: ReleaseVersion): PlatformRow[] {
	return PLATFORMS.filter((p) => supportOf(p, arch, release).status === 'supported');
}

/** Architectures `platform` supports in `release`. */
export function architecturesFor(platform: PlatformRow, release: ReleaseVersion): ArchId[] {
	return ARCH_NAMES.filter((a) => supportOf(platform, a, release).status === 'supported');
}

/** Platforms that exist in `release` (canonical names), for suggestions. */
export function platformsIn(release: ReleaseVersion): PlatformRow[] {
	return PLATFORMS.filter((p) => ARCH_NAMES.some((a) => supportOf(p, a, release).status === 'supported'));
}
