// SPDX-License-Identifier: Apache-2.0
// Where `kraft` puts the sources it fetches for a project, relative to the project's folder
// (the Kraftfile's), and where the core's version is written. Read by
// src/core/kconfig-workspace.ts.
import { REV } from './revisions';
import { ghFile, type Sources } from './source';

export const KRAFT_LAYOUT = {
	/** `PlaceComponent` for the core: `filepath.Join(workdir, VendorDir, "unikraft")`, VendorDir being `.unikraft`. */
	core: '.unikraft/unikraft',
	/** `LibsDir`, and `PlaceComponent` for a library: `.unikraft/libs/<name>`. */
	libraries: '.unikraft/libs',
	/** The application is the project's folder itself: its own Config.uk sits beside the Kraftfile. */
	app: '.',
	/** Unikraft's top Makefile includes `$(CONFIG_UK_BASE)/version.mk`, which sets UK_VERSION, UK_SUBVERSION and UK_EXTRAVERSION. */
	versionFile: 'version.mk',
} as const;

export const KRAFT_LAYOUT_SOURCES: Sources = [
	ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/unikraft.go', 'VendorDir, BuildDir and LibsDir (`.unikraft`, `.unikraft/build`, `.unikraft/libs`). kraftkit of 2024-10; the 2026 layout was not re-read.'),
	ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/type.go', '`PlaceComponent`: the core in `<workdir>/.unikraft/unikraft`, other components in `<workdir>/.unikraft/<type plural>/<name>`.'),
	ghFile('unikraft/unikraft', 'RELEASE-0.17.0', 'Makefile', '`include $(CONFIG_UK_BASE)/version.mk` (line 265), then UK_FULLVERSION from UK_VERSION, UK_SUBVERSION and UK_EXTRAVERSION.'),
];
