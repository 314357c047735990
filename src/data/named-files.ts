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
			'`kraft build` and `kraft run` look for the root file system at this path as a Dockerfile, a tarball, a CPIO archive or a folder; finding none, they try the value as an OCI image name and, failing that, stop',
		sources: [
			ghFile('unikraft/kraftkit', KRAFTKIT_INITRD_REV, 'initrd/detect.go', '`New` tries a Dockerfile, a tarball, a file, a folder and an OCI image in turn, and fails when none of them can be made from the path'),
			ghFile('unikraft/kraftkit', KRAFTKIT_INITRD_REV, 'initrd/dockerfile.go', '`NewFromDockerfile` joins a relative path to the working directory and fails when `os.Stat` finds nothing there'),
			ghFile('unikraft/kraftkit', REV.kraftkit, 'internal/cli/kraft/build/build.go', '`kraft build` stops with the error of `BuildRootfs`, before `Build`; the working directory is the folder given as argument, else the current one'),
			ghFile('unikraft/kraftkit', REV.kraftkit, 'internal/cli/kraft/run/utils.go', '`prepareRootfs`: `kraft run` builds the root file system from the same value in the same way'),
			ghFile('unikraft/kraftkit', REV.kraftkit, 'internal/cli/kraft/build/utils.go', '`initProject`: without `-K`, the Kraftfile is looked for in the working directory, so its paths are read from its own folder; `-K` names the file and leaves the working directory as it is'),
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

/**
 * Where `kraft` reads the paths from: its working directory (the folder given as argument,
 * else the current one), which is the Kraftfile's folder whenever `kraft` finds the file
 * itself. With `-K` from another folder it is that other folder: the official catalog's
 * `tests/` run `kraft run -K app/Kraftfile` from the folder above, where the Dockerfile is.
 */
export const PATHS_FROM = 'the folder `kraft` runs in, which is this Kraftfile\'s folder unless `-K` names it from elsewhere';

/** The rule for `role`. */
export function namedFileRule(role: NamedFileRole): NamedFileRule {
	return NAMED_FILE_RULES.find((r) => r.role === role)!;
}
