// SPDX-License-Identifier: Apache-2.0
import { KRAFTFILE_V06, KRAFTKIT, noted } from './citations';
import { extensionsLoader, KEYS, keyId, type KeyId, type KeyScope } from './keys';
import { REV } from './revisions';
import { ghFile, type Sources } from './source';

/**
 * The kinds of value a Kraftfile key takes, as `kraft` reads them. Named for what they
 * hold, not for a schema language: the JSON Schema (`npm run schema`) turns each into types.
 */
export type ValueKind =
	/** A spec version as a string (`v0.6`); a YAML number is not read. */
	| 'spec-version'
	/** A string. */
	| 'string'
	/** A string, or a list of strings (`cmd`). */
	| 'command'
	/** A list of `KEY=VALUE` strings, or a map of names to scalars. */
	| 'env'
	/** A map of names to scalars. */
	| 'labels'
	/** A map of names to anything (`extensions`). */
	| 'extensions'
	/** A version or source as a string, or a map of `source`, `version` and `kconfig` (`unikraft`, `template`, `runtime`). */
	| 'component'
	/** A map of library names, each a `component`. */
	| 'libraries'
	/** A path as a string, or a map with `source` and a format. */
	| 'rootfs'
	/** A list of file systems, each a string or a map. */
	| 'roms'
	/** A list of `source:destination` strings or maps. */
	| 'volumes'
	/** A list of targets: `plat/arch` strings or maps. */
	| 'targets'
	/** A platform name (`qemu`), or in `platform`/`plat` also `plat/arch`. */
	| 'platform'
	/** An architecture name (`x86_64`). */
	| 'architecture'
	/** Kconfig options: a map of `CONFIG_X` to scalars, or a list of `CONFIG_X=value`. */
	| 'kconfig';

export interface KeyValueRow {
	readonly scope: KeyScope;
	readonly name: string;
	readonly value: ValueKind;
	readonly sources: Sources;
}

const v06 = KRAFTFILE_V06;
const loader = noted(KRAFTKIT.loader, '`getSectionMap`/`getSectionList`: libraries must be a map, targets a list');
const project = noted(KRAFTKIT.project, 'name, outdir, rootfs must be strings; cmd a string or a list; env a list or a map');
const schemaGo = noted(KRAFTKIT.schemaGo, '`config["specification"].(string)`, else `config["spec"].(string)`');
const component = noted(KRAFTKIT.component, '`parseStringProp`: a string is a source or a version; a map has source, version, kconfig');
const targetTransform = noted(KRAFTKIT.targetTransform, 'a target is a `plat/arch` string or a map; kconfig a map or a list');
const kconfig = ghFile('unikraft/kraftkit', REV.kraftkit, 'kconfig/config.go', 'list items must be `KEY=VALUE`; map values must not be null');
const volumes = ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/app/volume/transform.go', '`source:destination` strings, or maps with driver, source, destination, readonly');
const v07 = ghFile('unikraft-cloud/x', REV.x, 'kraftfile/spec.go', 'the v0.7 types: rootfs a string or a map, roms a list');

/**
 * The value kind of each key of `KEYS`, by `KeyId`: the compiler rejects a key missing
 * here or one that `KEYS` does not have, so the two cannot drift apart.
 */
const VALUES: Readonly<Record<KeyId, { readonly value: ValueKind; readonly sources: Sources }>> = {
	'top-level cmd': { value: 'command', sources: [v06, project] },
	'top-level env': { value: 'env', sources: [v06, project] },
	'top-level extensions': { value: 'extensions', sources: [extensionsLoader] },
	'top-level labels': { value: 'labels', sources: [v06, project] },
	'top-level libraries': { value: 'libraries', sources: [v06, loader, component] },
	'top-level name': { value: 'string', sources: [v06, project] },
	'top-level outdir': { value: 'string', sources: [v06, project] },
	'top-level roms': { value: 'roms', sources: [v07, loader] },
	'top-level rootfs': { value: 'rootfs', sources: [v06, project, v07] },
	'top-level runtime': { value: 'component', sources: [v06, ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/runtime/transform.go')] },
	'top-level spec': { value: 'spec-version', sources: [v06, schemaGo] },
	'top-level specification': { value: 'spec-version', sources: [schemaGo] },
	'top-level targets': { value: 'targets', sources: [v06, loader, targetTransform] },
	'top-level template': { value: 'component', sources: [v06, component] },
	'top-level unikraft': { value: 'component', sources: [v06, component] },
	'top-level volumes': { value: 'volumes', sources: [v06, volumes] },
	'target arch': { value: 'architecture', sources: [targetTransform] },
	'target architecture': { value: 'architecture', sources: [targetTransform] },
	'target kconfig': { value: 'kconfig', sources: [targetTransform, kconfig] },
	'target kernel': { value: 'string', sources: [targetTransform] },
	'target name': { value: 'string', sources: [targetTransform] },
	'target output': { value: 'string', sources: [ghFile('unikraft/kraftkit', '4f8b2431', 'unikraft/target/transform_test.go', 'a test case: the output key sets the kernel path')] },
	'target plat': { value: 'platform', sources: [targetTransform] },
	'target platform': { value: 'platform', sources: [targetTransform] },
	'component kconfig': { value: 'kconfig', sources: [component, kconfig] },
	'component name': { value: 'string', sources: [component] },
	'component source': { value: 'string', sources: [component] },
	'component version': { value: 'string', sources: [component] },
};

/** `KEYS` in order, each with its value kind. */
export const KEY_VALUES: readonly KeyValueRow[] = KEYS.map((k) => ({ scope: k.scope, name: k.name, ...VALUES[keyId(k) as KeyId] }));
