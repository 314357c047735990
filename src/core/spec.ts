// SPDX-License-Identifier: Apache-2.0
import { isScalar } from 'yaml';
import { SPEC_VERSIONS, type SpecVersionRow } from '../data/spec-versions';
import type { KraftfileModel } from './model';
import { lastEntry, type MapEntry } from './yaml-nodes';

/** The `spec` of a Kraftfile as the loaders read it. */
export interface SpecInEffect {
	/** The entry the version is read from (legacy `kraft`: `specification` wins over `spec`). */
	readonly entry?: MapEntry;
	/** `major.minor` when the value is a version string, e.g. `0.6`. */
	readonly version?: string;
	/** The row of a version `kraft` knows. */
	readonly row?: SpecVersionRow;
}

/**
 * A spec version as the legacy loader reads it (see `parseSpecVersion`), as the source of a
 * regular expression: the JSON Schema (scripts/schema) uses the same one.
 */
export const SPEC_VERSION_PATTERN = '^v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$';
const SPEC_VERSION = new RegExp(SPEC_VERSION_PATTERN);

/**
 * `v0.6`, `0.6`, `'0.6.0'` → `0.6`; `v1`, `1` → `1.0`; not a version → `undefined`. The
 * legacy loader parses with `Masterminds/semver`'s `NewVersion` (kraftkit schema/schema.go),
 * the loose parser: a missing minor or patch counts as 0.
 */
export function parseSpecVersion(text: string): string | undefined {
	const m = SPEC_VERSION.exec(text.trim());
	return m ? `${Number(m[1])}.${Number(m[2] ?? 0)}` : undefined;
}

export function specInEffect(model: KraftfileModel): SpecInEffect {
	const entries = model.top.entries ?? [];
	const specification = lastEntry(entries, 'specification');
	const spec = lastEntry(entries, 'spec');
	// schema/schema.go: `config["specification"].(string)` is tried first, then `spec`.
	const stringEntry = [specification, spec].find((e) => e && isScalar(e.value) && typeof e.value.value === 'string');
	const entry = stringEntry ?? specification ?? spec;
	if (!entry) return {};
	const text = isScalar(entry.value) && typeof entry.value.value === 'string' ? entry.value.value : undefined;
	const version = text === undefined ? undefined : parseSpecVersion(text);
	const row = version ? SPEC_VERSIONS.find((r) => r.version === version) : undefined;
	return { entry, ...(version ? { version } : {}), ...(row ? { row } : {}) };
}

/** True when the file is read by the v0.7 parser (`unikraft.com/x/kraftfile`). */
export function isV07(spec: SpecInEffect): boolean {
	return spec.version === '0.7';
}
