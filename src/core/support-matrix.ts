// SPDX-License-Identifier: Apache-2.0
import { ARCHITECTURES, ARCHITECTURE_MISNOMERS, UNSUPPORTED_ARCHITECTURES, type ArchId, type ArchitectureRow } from '../data/architectures';
import { OTHER_PLATFORMS, type OtherPlatformRow } from '../data/other-platforms';
import { PLATFORMS, type ArchCell, type PlatformId, type PlatformRow } from '../data/platforms';
import { LATEST_RELEASE } from '../data/releases';
import { compareRelease, formatRelease, parseRelease, type ReleaseInEffect, type ReleaseVersion } from './release';

/** What a platform name in a Kraftfile means. */
export type PlatformLookup =
	| { readonly kind: 'platform'; readonly row: PlatformRow; readonly alias?: string }
	| { readonly kind: 'other'; readonly row: OtherPlatformRow }
	| { readonly kind: 'unknown' };

const UNKNOWN_PLATFORM: PlatformLookup = { kind: 'unknown' };
const platformByName = new Map<string, PlatformLookup>();
for (const row of PLATFORMS as readonly PlatformRow[]) {
	platformByName.set(row.id, { kind: 'platform', row });
	for (const alias of row.aliases) platformByName.set(alias, { kind: 'platform', row, alias });
}
for (const row of OTHER_PLATFORMS as readonly OtherPlatformRow[]) platformByName.set(row.name, { kind: 'other', row });

/** Names are case-sensitive, as in `kraft` (plain map look-ups). */
export function lookupPlatform(name: string): PlatformLookup {
	return platformByName.get(name) ?? UNKNOWN_PLATFORM;
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
	return archByName.get(name) ?? UNKNOWN_ARCH;
}

const UNKNOWN_ARCH: ArchLookup = { kind: 'unknown' };
/** Every name the data knows, resolved once (the first row of a name wins, as a search in row order would). */
const archByName = new Map<string, ArchLookup>();
for (const row of ARCHITECTURES as readonly ArchitectureRow[]) if (!archByName.has(row.id)) archByName.set(row.id, { kind: 'architecture', row });
for (const mis of ARCHITECTURE_MISNOMERS) if (!archByName.has(mis.name)) archByName.set(mis.name, { kind: 'misnomer', means: mis.means });
for (const uns of UNSUPPORTED_ARCHITECTURES) if (!archByName.has(uns.name)) archByName.set(uns.name, { kind: 'unsupported', why: uns.why });

export const ARCH_NAMES: readonly ArchId[] = ARCHITECTURES.map((a) => a.id);

/** Whether a platform (canonical) runs on an architecture in a release. */
export type Support =
	| { readonly status: 'supported'; readonly caveat?: string }
	| { readonly status: 'unsupported'; readonly why: string; readonly severity: 'error' | 'warning' }
	| { readonly status: 'removed'; readonly removedIn: string }
	| { readonly status: 'not-yet'; readonly since: string }
	/** A platform no release has (`onlyOnBranches`). */
	| { readonly status: 'branch-only'; readonly branches: readonly string[] }
	/** Not known for this release or branch (the sources disagree, or a later one may have it). */
	| { readonly status: 'unknown'; readonly why?: string };

/** Support in one release (an exact version; a version newer than any known is read as the latest). */
export function supportOf(platform: PlatformRow, arch: ArchId, release: ReleaseVersion): Support {
	const before = (v: string | undefined) => v !== undefined && compareRelease(release, dataRelease(v)) < 0;
	const atOrAfter = (v: string | undefined) => v !== undefined && compareRelease(release, dataRelease(v)) >= 0;
	if (atOrAfter(platform.removedIn)) return { status: 'removed', removedIn: formatRelease(dataRelease(platform.removedIn!)) };
	if (before(platform.since)) return { status: 'not-yet', since: formatRelease(dataRelease(platform.since!)) };
	if (platform.onlyOnBranches) return { status: 'branch-only', branches: platform.onlyOnBranches };
	return cellSupport(platform.architectures[arch], release);
}

function cellSupport(cell: ArchCell, release: ReleaseVersion | undefined): Support {
	const before = (v: string | undefined) => v !== undefined && release !== undefined && compareRelease(release, dataRelease(v)) < 0;
	const atOrAfter = (v: string | undefined) => v !== undefined && release !== undefined && compareRelease(release, dataRelease(v)) >= 0;
	if (cell.supported === 'unknown') return { status: 'unknown', why: cell.why };
	if (!cell.supported) return { status: 'unsupported', why: cell.why, severity: cell.severity };
	if (before(cell.since)) return { status: 'not-yet', since: formatRelease(dataRelease(cell.since!)) };
	if (atOrAfter(cell.removedIn)) {
		return { status: 'unsupported', why: cell.removedWhy ?? `Removed in ${formatRelease(dataRelease(cell.removedIn!))}.`, severity: 'error' };
	}
	const caveat = cell.caveat && (cell.caveatSince === undefined || atOrAfter(cell.caveatSince)) ? cell.caveat : undefined;
	return caveat ? { status: 'supported', caveat } : { status: 'supported' };
}

/**
 * Support after the latest known release (a newer release, `staging`, a branch): what was
 * removed stays removed and what never built still does not; a platform no release has is
 * unknown there, unless `branch` is known to have it.
 */
function supportAfterLatest(platform: PlatformRow, arch: ArchId, branch: ReleaseInEffect['branch']): Support {
	if (platform.onlyOnBranches) {
		const cell = cellSupport(platform.architectures[arch], undefined);
		if (branch && branch.platforms.includes(platform.id)) return cell;
		// A later release may have the platform, but not on an architecture it never builds for.
		return cell.status === 'unsupported' ? cell : { status: 'unknown' };
	}
	return supportOf(platform, arch, LATEST_RELEASE);
}

/**
 * Support in every release `release` may mean, with the verdict of each: `all` is the one
 * verdict when they agree, or when it fails in all of them (the newest failure); `undefined`
 * when they differ or one is unknown, with `failing` the releases where it does not build.
 */
export interface SupportVerdict {
	readonly all?: Support;
	/** Each candidate's verdict: the known releases, then `newer` (`undefined` as its release). */
	readonly each: readonly { readonly release?: ReleaseVersion; readonly support: Support }[];
}

export function supportIn(platform: PlatformRow, arch: ArchId, release: ReleaseInEffect): SupportVerdict {
	// Asked for every target on every keystroke. The verdict depends only on the releases (the
	// array is shared by every analysis of the same `unikraft` value, release.ts), `newer` and
	// the branch, not on where the version is written.
	let byReleases = verdicts.get(release.releases);
	if (!byReleases) verdicts.set(release.releases, (byReleases = new Map()));
	const key = `${platform.id}/${arch}/${release.newer ? 1 : 0}/${release.branch?.name ?? ''}`;
	let verdict = byReleases.get(key);
	if (!verdict) {
		if (byReleases.size >= 256) byReleases.clear();
		byReleases.set(key, (verdict = computeSupportIn(platform, arch, release)));
	}
	return verdict;
}

const verdicts = new WeakMap<readonly ReleaseVersion[], Map<string, SupportVerdict>>();

function computeSupportIn(platform: PlatformRow, arch: ArchId, release: ReleaseInEffect): SupportVerdict {
	const each: { release?: ReleaseVersion; support: Support }[] = release.releases.map((v) => ({ release: v, support: supportOf(platform, arch, v) }));
	if (release.newer) each.push({ support: supportAfterLatest(platform, arch, release.branch) });
	if (each.some((e) => e.support.status === 'unknown')) return { each };
	if (each.every((e) => e.support.status === 'supported')) {
		// A caveat only when every candidate has it.
		const caveats = each.map((e) => (e.support as { caveat?: string }).caveat);
		const caveat = caveats.every((c) => c !== undefined && c === caveats[0]) ? caveats[0] : undefined;
		return { all: caveat ? { status: 'supported', caveat } : { status: 'supported' }, each };
	}
	if (each.every((e) => e.support.status !== 'supported')) return { all: each[each.length - 1]!.support, each };
	return { each };
}

/** The verdict in the release in effect, `unknown` where it differs between the releases it may mean. */
export function supportInEffect(platform: PlatformRow, arch: ArchId, release: ReleaseInEffect): Support {
	return supportIn(platform, arch, release).all ?? { status: 'unknown' };
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

/**
 * Whether the pair builds in the release in effect: `certain` in every release it may mean,
 * or `maybe` in one of them (for completion, which offers what may build first).
 */
export function builds(platform: PlatformRow, arch: ArchId, release: ReleaseInEffect, how: 'certain' | 'maybe' = 'certain'): boolean {
	if (how === 'certain') return supportInEffect(platform, arch, release).status === 'supported';
	return supportIn(platform, arch, release).each.some((e) => e.support.status === 'supported' || e.support.status === 'unknown');
}

/** Platforms (canonical) that build for `arch` in the release in effect (`certain`, or `maybe`). */
export function platformsFor(arch: ArchId, release: ReleaseInEffect, how: 'certain' | 'maybe' = 'certain'): PlatformRow[] {
	return PLATFORMS.filter((p) => builds(p, arch, release, how));
}

/** Architectures `platform` builds for in the release in effect (`certain`, or `maybe`). */
export function architecturesFor(platform: PlatformRow, release: ReleaseInEffect, how: 'certain' | 'maybe' = 'certain'): ArchId[] {
	return ARCH_NAMES.filter((a) => builds(platform, a, release, how));
}

/** Platforms that build for some architecture in the release in effect (canonical names), for suggestions. */
export function platformsIn(release: ReleaseInEffect): PlatformRow[] {
	const how = offered(release);
	return PLATFORMS.filter((p) => ARCH_NAMES.some((a) => builds(p, a, release, how)));
}

/**
 * What completion and suggestions offer: what builds in every release the file may mean;
 * where the file names no Unikraft at all (a runtime's, a commit's), what builds in some.
 */
export function offered(release: ReleaseInEffect): 'certain' | 'maybe' {
	return release.unknown ? 'maybe' : 'certain';
}
