// SPDX-License-Identifier: Apache-2.0
import { KRAFTFILE_V06, KRAFTKIT, noted } from './citations';
import { REV } from './revisions';
import { ghFile, ghThread, quotedFile, type Sources } from './source';
import { QUOTES } from './quotes';

/** Where a key may stand. */
export type KeyScope = 'top-level' | 'target' | 'component';

export interface KeyRow {
	readonly name: string;
	readonly scope: KeyScope;
	/** One line: what the key means. */
	readonly summary: string;
	/** A short YAML example. */
	readonly example: string;
	/** For a second spelling of the same key: the key it stands for. */
	readonly sameAs?: string;
	/** Set when `kraft` reads the key but a newer spec version drops it, or the reverse. */
	readonly specNote?: string;
	/** The spec version (`major.minor`) from which the key is no longer read, if any. */
	readonly droppedIn?: string;
	readonly sources: Sources;
}

const v06 = KRAFTFILE_V06;
const loader = noted(KRAFTKIT.loader, 'the keys the KraftKit loader reads');
const project = KRAFTKIT.project;
const schemaGo = noted(KRAFTKIT.schemaGo, 'reads `specification`, else `spec`, as a string');
const targetTransform = noted(KRAFTKIT.targetTransform, 'the keys read in a target map');
const component = noted(KRAFTKIT.component, 'components (unikraft, template, libraries) read source, version and kconfig');
const v07 = ghFile('unikraft-cloud/x', REV.x, 'kraftfile/schema.md', 'the v0.7 Kraftfile specification');
/** `LoadApplication` reads a top-level `extensions` map; `x-*` keys are gathered into it. */
export const extensionsLoader = quotedFile(QUOTES.extensionsSection, 'the application keeps a top-level `extensions` map; `x-*` keys are gathered into it');

/** The keys, as written; `as const` so that `KeyId` knows every one (see key-values.ts). */
const KEY_TABLE = [
	// Top level.
	{ name: 'cmd', scope: 'top-level', summary: 'The command line (arguments) passed to the application when the unikernel starts.', example: 'cmd: ["/usr/bin/python3", "/src/server.py"]', sources: [v06, project] },
	{ name: 'env', scope: 'top-level', summary: 'Environment variables for the application, as a list of `KEY=VALUE` or a map.', example: 'env:\n  PORT: "8080"', sources: [v06, project] },
	{ name: 'extensions', scope: 'top-level', summary: 'Data for tools and plugins, as a map; the loader keeps it with the application and also gathers every `x-*` key into it.', example: 'extensions:\n  x-my-tool:\n    enabled: true', sources: [extensionsLoader] },
	{ name: 'labels', scope: 'top-level', summary: 'Free-form key/value metadata attached to the packaged unikernel (used by Unikraft Cloud).', example: 'labels:\n  cloud.unikraft.v1.instances/scale_to_zero.policy: "on"', sources: [v06, project] },
	{ name: 'libraries', scope: 'top-level', summary: 'The Unikraft libraries to build in, by name: a version string or a map with `source`, `version` and `kconfig`.', example: 'libraries:\n  musl: stable\n  lwip:\n    version: stable', sources: [v06, loader] },
	{ name: 'name', scope: 'top-level', summary: 'The project name; also the default name of every target and of the built kernel (`<name>_<plat>-<arch>`).', example: 'name: helloworld', sources: [v06, project] },
	{ name: 'outdir', scope: 'top-level', summary: 'Where build artifacts go (default `.unikraft/build`). Dropped by spec v0.7.', example: 'outdir: ./build', specNote: 'Not supported by spec v0.7.', droppedIn: '0.7', sources: [v06, project, v07] },
	{ name: 'roms', scope: 'top-level', summary: 'Extra read-only file systems attached to the unikernel.', example: 'roms:\n  - source: ./myrom\n    format: erofs', sources: [v07, loader] },
	{ name: 'rootfs', scope: 'top-level', summary: 'The root file system: a directory, a CPIO archive, a tarball or a Dockerfile to build it from.', example: 'rootfs: ./Dockerfile', sources: [v06, project] },
	{ name: 'runtime', scope: 'top-level', summary: 'A prebuilt unikernel (from a registry) to run the application on, instead of building Unikraft.', example: 'runtime: base:latest', sources: [v06, loader] },
	{ name: 'spec', scope: 'top-level', summary: 'The Kraftfile specification version, as a string: `v0.6` (legacy `kraft`) or `v0.7`.', example: 'spec: v0.6', sources: [v06, schemaGo, v07] },
	{ name: 'specification', scope: 'top-level', sameAs: 'spec', summary: 'Older spelling of `spec`; if both are set, `kraft` reads `specification`.', example: "specification: '0.5'", sources: [v06, schemaGo] },
	{ name: 'targets', scope: 'top-level', summary: 'The platform/architecture pairs to build: `plat/arch` strings or maps with `platform` and `architecture`.', example: 'targets:\n  - qemu/x86_64\n  - fc/arm64', sources: [v06, targetTransform] },
	{ name: 'template', scope: 'top-level', summary: 'An application to use as the base of this one (its Kraftfile is merged under this one).', example: 'template:\n  source: https://github.com/unikraft/app-elfloader.git\n  version: staging', sources: [v06, loader] },
	{ name: 'unikraft', scope: 'top-level', summary: 'Which Unikraft core to build with: a version (`stable`, `staging`, `v0.16.3`), or a map with `source`, `version` and `kconfig`.', example: 'unikraft:\n  version: stable\n  kconfig:\n    CONFIG_LIBUKDEBUG: \'y\'', sources: [v06, loader] },
	{ name: 'volumes', scope: 'top-level', summary: 'Host directories mounted into the unikernel, as `source:destination` strings or maps.', example: 'volumes:\n  - ./data:/data', sources: [v06, project] },
	// In a target.
	{ name: 'arch', scope: 'target', sameAs: 'architecture', summary: 'The target architecture: `x86_64`, `arm64` or `arm`.', example: 'arch: x86_64', sources: [v06, targetTransform] },
	{ name: 'architecture', scope: 'target', summary: 'The target architecture: `x86_64`, `arm64` or `arm` (short form `arch`).', example: 'architecture: x86_64', sources: [v06, targetTransform] },
	{ name: 'kconfig', scope: 'target', summary: 'Kconfig options for this target only, merged over those of `unikraft` and the libraries.', example: "kconfig:\n  CONFIG_LIBVFSCORE_AUTOMOUNT_ROOTFS: 'y'", sources: [v06, targetTransform] },
	{ name: 'kernel', scope: 'target', summary: 'Read by the legacy loader as the target’s *name* (not a kernel path).', example: 'kernel: myapp', sources: [targetTransform] },
	{ name: 'name', scope: 'target', summary: 'The target’s name, for `kraft build -t`; it also names the kernel file. Ignored by spec v0.7.', example: 'name: helloworld-qemu-x86_64', specNote: 'Spec v0.7 targets have no `name`: the v0.7 parser drops it.', droppedIn: '0.7', sources: [v06, targetTransform, v07] },
	{ name: 'output', scope: 'target', summary: 'Where to write this target’s kernel (newer `kraft` only).', example: 'output: ./build/app_qemu-x86_64', sources: [ghFile('unikraft/kraftkit', '4f8b2431', 'unikraft/target/transform_test.go', 'a test case: the output key sets the kernel path')] },
	{ name: 'plat', scope: 'target', sameAs: 'platform', summary: 'The target platform: `qemu`, `fc`, `xen`, `kraftcloud` … (long form `platform`).', example: 'plat: qemu', sources: [v06, targetTransform] },
	{ name: 'platform', scope: 'target', summary: 'The target platform: `qemu`, `fc`, `xen`, `kraftcloud` … (short form `plat`). `platform: qemu/x86_64` also sets the architecture.', example: 'platform: qemu', sources: [v06, targetTransform] },
	// In `unikraft:`, `template:` and each entry of `libraries:` written as a map.
	{ name: 'kconfig', scope: 'component', summary: 'Kconfig options for this component, as a map (`CONFIG_X: \'y\'`) or a list (`- CONFIG_X=y`).', example: "kconfig:\n  CONFIG_LIBUKDEBUG: 'y'", sources: [v06, component] },
	{ name: 'name', scope: 'component', summary: 'For a `template`: the name of the application to use as the template.', example: 'name: elfloader', sources: [component, ghThread('unikraft/kraftkit', 'pull', 2049, 'Handle reading in additional properties in Kraftfile')] },
	{ name: 'source', scope: 'component', summary: 'Where to get the component: a Git URL, a tarball, or a local directory.', example: 'source: https://github.com/unikraft/lib-lwip.git', sources: [v06, component] },
	{ name: 'version', scope: 'component', summary: 'Which version of the component: a release (`v0.16.3`), `stable`, `staging`, a branch or a commit.', example: 'version: stable', sources: [v06, component] },
] as const satisfies readonly KeyRow[];

export const KEYS: readonly KeyRow[] = KEY_TABLE;

/** A key where it stands, e.g. `target platform`: one for each row of `KEYS`, checked by the compiler. */
export type KeyId = IdOf<(typeof KEY_TABLE)[number]>;
type IdOf<R> = R extends { readonly scope: infer S extends string; readonly name: infer N extends string } ? `${S} ${N}` : never;

export function keyId(row: { readonly scope: KeyScope; readonly name: string }): string {
	return `${row.scope} ${row.name}`;
}

/**
 * Keys of the old Python `kraft` (spec 0.4/0.5) that KraftKit no longer reads.
 */
export interface ObsoleteKeyRow {
	readonly name: string;
	readonly scope: KeyScope;
	readonly instead: string;
	readonly sources: Sources;
}

const pykraft04 = ghFile('unikraft/pykraft', 'c648d2ea', 'kraft/config/specification_v0.4.json', 'spec 0.4 of the Python kraft');
const pykraft05 = ghFile('unikraft/pykraft', 'c648d2ea', 'kraft/config/specification_v0.5.json', 'spec 0.5 of the Python kraft');

export const OBSOLETE_KEYS: readonly ObsoleteKeyRow[] = [
	{ name: 'architectures', scope: 'top-level', instead: 'List the builds under `targets:` as `plat/arch` entries (e.g. `- qemu/x86_64`).', sources: [pykraft04, loader] },
	{ name: 'platforms', scope: 'top-level', instead: 'List the builds under `targets:` as `plat/arch` entries (e.g. `- qemu/x86_64`).', sources: [pykraft04, loader] },
	{ name: 'networks', scope: 'top-level', instead: 'Pass networks at run time (`kraft run --network`).', sources: [pykraft05, loader] },
	{ name: 'command', scope: 'target', instead: 'Use the top-level `cmd`.', sources: [pykraft05, targetTransform] },
	{ name: 'initrd', scope: 'target', instead: 'Use the top-level `rootfs`.', sources: [pykraft05, targetTransform] },
];
