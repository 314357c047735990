// SPDX-License-Identifier: Apache-2.0
// The sources `kraft` would have fetched for test/e2e/workspace/main/kconfig, assembled in the
// run's copy of the workspace from ../shared/sources (nothing upstream is kept in the
// project): Unikraft's core at RELEASE-0.17.0 in .unikraft/unikraft, with a version.mk
// naming that release (Unikraft's Makefile includes it; the stored tree has none), and
// lib-musl in .unikraft/libs/musl, as kraftkit's PlaceComponent lays them out.
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Assembles the layout under `project` from the sources under `shared`; false when they are not there. */
export function assembleKraftWorkspace(project, shared) {
	const core = join(shared, 'sources', 'unikraft', 'unikraft', 'RELEASE-0.17.0');
	const musl = join(shared, 'sources', 'unikraft', 'lib-musl', 'fd1abc92');
	if (!existsSync(core) || !existsSync(musl)) return false;
	const to = join(project, '.unikraft', 'unikraft');
	cpSync(core, to, { recursive: true });
	writeFileSync(join(to, 'version.mk'), 'UK_VERSION = 0\nUK_SUBVERSION = 17\nUK_EXTRAVERSION = 0\n');
	mkdirSync(join(project, '.unikraft', 'libs'), { recursive: true });
	cpSync(musl, join(project, '.unikraft', 'libs', 'musl'), { recursive: true });
	return true;
}
