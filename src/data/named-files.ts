// SPDX-License-Identifier: Apache-2.0
// The files and folders a Kraftfile names, and what `kraft` does when one is not there:
// which of them `missing-path` checks, which it leaves alone, and why.
import { REV } from './revisions';
import { ghFile, type Sources } from './source';

/**
 * Newer KraftKit files that decide what happens to a missing path; not stored under
 * ../shared/sources (which has KraftKit of 2024-10 only), so cited by URL at the commit
 * read, and paraphrased, never quoted.
 */
const KRAFTKIT_INITRD_REV = '014c261228efb334f832730a33c34949881ceede';
const KRAFTKIT_ROMS_REV = '2554be4170e6a63ac7f5cff114f70be339a49e26';
const KRAFTKIT_9PFS_REV = '8b5335020d0d6aa84d52e5575ae00f2031e2ea95';

/** What a Kraftfile names a path for. */
export type NamedFileRole = 'rootfs' | 'rom' | 'dockerfile' | 'volume' | 'source';

export interface NamedFileRule {
	readonly role: NamedFileRole;
	/** True when `kraft` fails if nothing is at the path: `missing-path` warns then. */
	readonly mustExist: boolean;
	/** What `kraft` does with a path that is not there, in a few words for messages. */
	readonly whenMissing: string;
	readonly sources: Sources;
}

export const NAMED_FILE_RULES: readonly NamedFileRule[] = [
	{
		role: 'rootfs',
		mustExist: true,
		whenMissing:
			'`kraft build` (and `kraft run`, `kraft pkg`) looks for the root file system at this path, relative to the project folder, as a Dockerfile, a tarball, a CPIO archive or a folder; finding none there, it tries the value as an OCI image name and, failing that, stops without building',
		sources: [
			ghFile('unikraft/kraftkit', KRAFTKIT_INITRD_REV, 'initrd/detect.go', '`New` tries a Dockerfile, a tarball, a file, a folder and an OCI image in turn, and fails when none of them can be made from the path'),
			ghFile('unikraft/kraftkit', KRAFTKIT_INITRD_REV, 'initrd/dockerfile.go', '`NewFromDockerfile` joins a relative path to the working directory and fails when `os.Stat` finds nothing there'),
			ghFile('unikraft/kraftkit', REV.kraftkit, 'internal/cli/kraft/build/build.go', '`kraft build` returns the error of `BuildRootfs`, before building anything'),
		],
	},
	{
		role: 'dockerfile',
		mustExist: true,
		whenMissing: '`kraft` builds the root file system from this Dockerfile and fails when nothing is at the path',
		sources: [ghFile('unikraft/kraftkit', KRAFTKIT_INITRD_REV, 'initrd/dockerfile.go', '`NewFromDockerfile` fails when `os.Stat` finds nothing at the Dockerfile path')],
	},
	{
		role: 'rom',
		mustExist: true,
		whenMissing: '`kraft` checks each ROM path with `os.Stat` before building and fails when nothing is there',
		sources: [ghFile('unikraft/kraftkit', KRAFTKIT_ROMS_REV, 'initrd/rootfs.go', '`BuildRoms` stats each ROM path (relative to the working directory) and returns an error when the stat fails')],
	},
	{
		role: 'volume',
		mustExist: false,
		whenMissing: '`kraft run` creates a missing volume source folder (the 9pfs driver calls `os.MkdirAll` on it), so a source that is not there yet is no mistake',
		sources: [
			ghFile('unikraft/kraftkit', KRAFTKIT_9PFS_REV, 'machine/volume/9pfs/v1alpha1.go', '`Create` makes the source folder with `os.MkdirAll` before it checks that it is a folder'),
			ghFile('unikraft/kraftkit', REV.kraftkit, 'internal/cli/kraft/run/utils.go', '`parseKraftfileVolumes` first looks the source up as a named volume, then creates a volume from it'),
		],
	},
	{
		role: 'source',
		mustExist: false,
		whenMissing: 'a `source` of `unikraft`, `template` or a library is most often a Git URL; what `kraft` does with a local one that is missing is not checked here',
		sources: [ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/app/loader.go', 'the components are read with their `source` and `version`')],
	},
];

/**
 * The folder `kraft` keeps its own files in, under the project folder: the build output
 * (`.unikraft/build`, where the initramfs it builds is written as
 * `initramfs-<arch>.<format>`), fetched libraries (`.unikraft/libs`) and the root file
 * system cache (`.unikraft/rootfs-cache`). A path under it may not exist before the first
 * build, so `missing-path` never reports one (official examples write
 * `rootfs: .unikraft/build/initramfs-x86_64.cpio`).
 */
export const KRAFT_CREATED_DIR = '.unikraft';

export const KRAFT_CREATED: readonly { readonly dir: string; readonly sources: Sources }[] = [
	{
		dir: KRAFT_CREATED_DIR,
		sources: [
			ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/unikraft.go', '`VendorDir` is `.unikraft`, `BuildDir` `.unikraft/build`, `LibsDir` `.unikraft/libs`'),
			ghFile('unikraft/kraftkit', KRAFTKIT_ROMS_REV, 'initrd/rootfs.go', '`BuildRootfs` writes the initramfs under `BuildDir` and caches under `.unikraft/rootfs-cache`'),
		],
	},
];

/** The rule for `role`. */
export function namedFileRule(role: NamedFileRole): NamedFileRule {
	return NAMED_FILE_RULES.find((r) => r.role === role)!;
}
