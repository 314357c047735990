// SPDX-License-Identifier: Apache-2.0
// kraft's own errors and the Kraftfile key each one is about: the build task
// (src/core/kraft-output.ts) puts an error kraft ends with on that key's line. Each phrase is
// a constant part of the error's format string in kraftkit's source, quoted (checked word
// for word by test/unit/quotes.test.ts). An error naming a target (`qemu/x86_64`) or a
// component (`lib/musl:stable`) is placed by that name first; see kraft-output.ts.
import { QUOTES, type Quote } from './quotes';
import { ghFile, quotedFile, type Sources } from './source';

/** A top-level Kraftfile key an error is about. */
export type KraftErrorKey = 'targets' | 'name' | 'rootfs' | 'runtime' | 'unikraft' | 'libraries' | 'volumes' | 'kconfig' | 'spec' | 'template';

export interface KraftErrorRow {
	/** A constant part of kraft's message. */
	readonly phrase: Quote;
	/** The keys, in order of preference: the first one the Kraftfile has gets the problem. */
	readonly keys: readonly KraftErrorKey[];
	readonly sources: Sources;
}

const row = (phrase: Quote, keys: readonly KraftErrorKey[], note: string): KraftErrorRow => ({ phrase, keys, sources: [quotedFile(phrase, note)] });

export const KRAFT_ERRORS: readonly KraftErrorRow[] = [
	row(QUOTES.noTargetsToBuild, ['targets', 'unikraft'], 'kraft build: the Kraftfile has a unikraft but no target'),
	row(QUOTES.noTargetsSelected, ['targets'], 'kraft build: --plat/--arch/--target matched no target'),
	row(QUOTES.platformMustBeSpecified, ['targets'], 'the loader: a target without a platform'),
	row(QUOTES.architectureMustBeSpecified, ['targets'], 'the loader: a target without an architecture'),
	row(QUOTES.invalidTargetFormat, ['targets'], 'the loader: a target string that is not plat/arch'),
	row(QUOTES.targetNameNotSet, ['name', 'targets'], 'a target without a name when the project has none'),
	row(QUOTES.projectNameMustBeString, ['name'], 'the loader: `name` is not a string'),
	row(QUOTES.rootfsMustBeString, ['rootfs'], 'the loader (2024): `rootfs` is not a string'),
	row(QUOTES.couldNotPrepareInitramfs, ['rootfs'], 'kraft run: the rootfs could not be packed'),
	row(QUOTES.runtimeFormat, ['runtime'], 'the loader: `runtime` is not <oci>:<tag>'),
	row(QUOTES.runtimeNotFound, ['runtime'], 'kraft build: the runtime was not found'),
	row(QUOTES.couldNotQueryCatalog, ['runtime'], 'kraft build/run: looking the runtime up failed'),
	row(QUOTES.noUnikraftCore, ['unikraft'], 'kraft build: neither unikraft nor a template that brings it'),
	row(QUOTES.couldNotPullAll, ['unikraft', 'libraries'], 'kraft build: fetching the components failed'),
	row(QUOTES.libraryNotInProject, ['libraries'], 'a library the project does not list'),
	row(QUOTES.volumeTooManyColons, ['volumes'], 'the loader: a volume string with a version part'),
	row(QUOTES.kconfigNotKeyValue, ['kconfig'], 'a kconfig list entry without ='),
	row(QUOTES.kconfigNoValue, ['kconfig'], 'a kconfig entry without a value'),
	row(QUOTES.missingSpec, ['spec'], 'the schema check: no spec'),
	row(QUOTES.unparsableSpec, ['spec'], 'the schema check: a spec that is not a version'),
];

/**
 * The component kinds `unikraft.TypeNameVersion` writes before a name (`lib/musl:stable`), and
 * the top-level key each is written under (kraftkit f02a5331 unikraft/type.go).
 */
export const COMPONENT_KINDS: Readonly<Record<string, KraftErrorKey>> = { core: 'unikraft', lib: 'libraries', app: 'template' };
export const COMPONENT_KINDS_SOURCES: Sources = [ghFile('unikraft/kraftkit', 'f02a5331', 'unikraft/type.go', 'TypeNameVersion writes <type>/<name>:<version>; the types are core, arch, plat, lib, app')];
