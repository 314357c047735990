// SPDX-License-Identifier: Apache-2.0
// What a `runtime:` string names, read the way kraft reads it (the steps and their
// sources are in src/data/runtime-reference.ts), and whether it is one of the catalog's
// runtimes (src/data/runtimes.ts). Pure: no registry is asked, so everything the catalog
// does not list is only `outside`, never wrong.
import { CATALOG_RUNTIME_ADDITIONS, type CatalogRuntimeAddition } from '../data/runtime-additions';
import { RUNTIME_REFERENCE } from '../data/runtime-reference';
import { CATALOG_RUNTIMES, CATALOG_RUNTIMES_REVISION, type CatalogRuntime, type CatalogTarget } from '../data/runtimes';
import { lookupArchitecture, lookupPlatform } from './support-matrix';

/** Why a runtime is not looked up in the catalog, or not found there. */
export type RuntimeOutsideWhy =
	/** An empty string. */
	| 'empty'
	/** `oci://…` or `kernel://…`: kraft takes these apart differently, not by name and tag. */
	| 'scheme'
	/** A name under another registry (private, Unikraft Cloud, one with a port). */
	| 'registry'
	/** `localhost`, `localhost:5000` or `127.0.0.1…` as the first part: a local registry. */
	| 'localhost'
	/** Pinned by `@sha256:…`: an image, not a catalog tag. */
	| 'digest'
	/** No catalog runtime has this name. */
	| 'not-in-catalog'
	/** A catalog name, but a tag the catalog does not publish (the registry may still hold it). */
	| 'tag-not-in-catalog';

export type RuntimeResolution =
	| { readonly kind: 'catalog'; readonly row: CatalogRuntime; readonly name: string; readonly tag: string; readonly tagWritten: boolean }
	| { readonly kind: 'outside'; readonly why: RuntimeOutsideWhy; readonly name?: string; readonly tag?: string; readonly sameName?: readonly CatalogRuntime[] }
	/** kraft refuses the string when it loads the Kraftfile: more than one colon outside `://`. */
	| { readonly kind: 'invalid'; readonly why: 'too-many-colons'; readonly colons: number };

const byName = new Map<string, CatalogRuntime[]>();
for (const row of CATALOG_RUNTIMES) {
	const rows = byName.get(row.name) ?? [];
	rows.push(row);
	byName.set(row.name, rows);
}

const isLocal = (host: string) => host === 'localhost' || host.startsWith('127.') || host === '[::1]';

/**
 * What `value` names. `whole`: the string is one reference, as spec v0.7 reads it (kraftkit
 * `unikraft/app/project_v07.go@3602f68e` hands it on whole); without it, as the legacy
 * loader reads it (`unikraft/runtime/transform.go`), which refuses more than one colon.
 */
export function resolveRuntime(value: string, options: { readonly whole?: boolean } = {}): RuntimeResolution {
	if (value.length === 0) return { kind: 'outside', why: 'empty' };
	// transform.go checks for a scheme before anything else.
	if (value.includes('://')) return { kind: 'outside', why: 'scheme' };
	const colons = value.split(':').length - 1;
	if (colons > 1 && !options.whole) return { kind: 'invalid', why: 'too-many-colons', colons };
	if (value.includes('@')) return { kind: 'outside', why: 'digest' };

	let rest = value;
	const prefix = RUNTIME_REFERENCE.catalogPrefixes.find((p) => rest.startsWith(p));
	if (prefix) {
		rest = rest.slice(prefix.length);
	} else {
		const slash = rest.indexOf('/');
		const first = slash < 0 ? '' : rest.slice(0, slash);
		// go-containerregistry: the first part is a registry only if it has a dot or a colon;
		// a bare `localhost/app` is then a path under unikraft.org, but it is meant locally.
		const host = first.split(':')[0] ?? '';
		if (isLocal(host)) return { kind: 'outside', why: 'localhost' };
		if (first.includes('.') || first.includes(':')) return { kind: 'outside', why: 'registry' };
	}

	const colon = rest.lastIndexOf(':');
	const name = colon < 0 ? rest : rest.slice(0, colon);
	const tagWritten = colon >= 0;
	const tag = tagWritten ? rest.slice(colon + 1) : RUNTIME_REFERENCE.defaultTag;
	const rows = byName.get(name);
	if (!rows) return { kind: 'outside', why: 'not-in-catalog', name, tag };
	const row = rows.find((r) => r.tags.includes(tag));
	if (!row) return { kind: 'outside', why: 'tag-not-in-catalog', name, tag, sameName: rows };
	return { kind: 'catalog', row, name, tag, tagWritten };
}

/** A target the catalog publishes a runtime for, and the catalog folder and revision that say so. */
export interface PublishedTarget extends CatalogTarget {
	readonly path: string;
	/** The catalog revision, 8 hex digits. */
	readonly revision: string;
	readonly unikraft?: string;
	/** From src/data/runtime-additions.ts: published after the generated snapshot. */
	readonly addition?: CatalogRuntimeAddition;
}

/** The generated snapshot's revision, as cited (8 hex digits). */
export const CATALOG_REVISION_SHORT = CATALOG_RUNTIMES_REVISION.sha.slice(0, 8);

/**
 * Every target the catalog publishes `row` for: the generated snapshot's, then those of
 * later catalog folders published under the same name and tag (src/data/runtime-additions.ts).
 */
export function publishedTargets(row: CatalogRuntime, tag: string): readonly PublishedTarget[] {
	const own: PublishedTarget[] = row.targets.map((t) => ({ ...t, path: row.path, revision: CATALOG_REVISION_SHORT, ...(row.unikraft ? { unikraft: row.unikraft } : {}) }));
	for (const a of CATALOG_RUNTIME_ADDITIONS) {
		if (a.name !== row.name || a.tag !== tag) continue;
		for (const t of a.targets) own.push({ ...t, path: a.path, revision: a.revision, ...(a.unikraft ? { unikraft: a.unikraft } : {}), addition: a });
	}
	return own;
}

/**
 * The target of `targets` that is this platform and architecture, compared by what kraft
 * means by the names, so `firecracker` matches the catalog's `fc`. Unknown names match nothing.
 */
export function findTarget<T extends CatalogTarget>(targets: readonly T[], platform: string, architecture: string): T | undefined {
	const p = lookupPlatform(platform);
	const a = lookupArchitecture(architecture);
	if (p.kind !== 'platform' || a.kind !== 'architecture') return undefined;
	return targets.find((t) => {
		const tp = lookupPlatform(t.platform);
		return tp.kind === 'platform' && tp.row.id === p.row.id && t.architecture === a.row.id;
	});
}

/**
 * Whether the catalog builds `row` (as `tag`, default: each of its tags) for this platform
 * and architecture, counting the targets published since the snapshot.
 */
export function catalogBuildsFor(row: CatalogRuntime, platform: string, architecture: string, tag?: string): boolean {
	return (tag === undefined ? row.tags : [tag]).some((t) => findTarget(publishedTargets(row, t), platform, architecture) !== undefined);
}
