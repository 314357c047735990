// SPDX-License-Identifier: Apache-2.0
// The e2e fixtures with kraft's source layout (src/data/kconfig-layout.ts), assembled at each
// run from the upstream files under ../shared/sources, so that nothing upstream is copied
// into the project: beside the Kraftfiles of main/kconfig and main/kconfig-hover, Unikraft's core of
// RELEASE-0.17.0 in .unikraft/unikraft (with the version.mk its Makefile reads, written
// here) and lib-musl in .unikraft/libs/musl, as `kraft` places them.
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Fills `<project>/.unikraft` from `shared` (the ../shared folder); throws when the sources are not there. */
export function assembleKconfigWorkspace(project, shared) {
	const core = join(shared, 'sources', 'unikraft', 'unikraft', 'RELEASE-0.17.0');
	const musl = join(shared, 'sources', 'unikraft', 'lib-musl', 'fd1abc92');
	for (const dir of [project, core, musl]) if (!existsSync(dir)) throw new Error(`the kconfig e2e fixture needs ${dir}`);
	const to = join(project, '.unikraft', 'unikraft');
	cpSync(core, to, { recursive: true });
	writeFileSync(join(to, 'version.mk'), 'UK_VERSION = 0\nUK_SUBVERSION = 17\nUK_EXTRAVERSION = 0\n');
	mkdirSync(join(project, '.unikraft', 'libs'), { recursive: true });
	cpSync(musl, join(project, '.unikraft', 'libs', 'musl'), { recursive: true, filter: (src) => !src.endsWith('/.git') });
}
