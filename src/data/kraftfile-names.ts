// SPDX-License-Identifier: Apache-2.0
import { QUOTES } from './quotes';
import { ghFile, quotedFile, type Sources } from './source';

/**
 * The file names `kraft` looks for in a project's folder, in its order of preference.
 * It stats each of them there (following symbolic links, of any type) and stops when it
 * finds more than one instead of choosing (`WithProjectDefaultKraftfiles`).
 */
export const KRAFTFILE_NAMES = ['kraft.yaml', 'kraft.yml', 'Kraftfile.yml', 'Kraftfile.yaml', 'Kraftfile'] as const;

export type KraftfileName = (typeof KRAFTFILE_NAMES)[number];

export function isKraftfileName(name: string): name is KraftfileName {
	return (KRAFTFILE_NAMES as readonly string[]).includes(name);
}

export const KRAFTFILE_NAMES_SOURCES: Sources = [
	ghFile('unikraft/kraftkit', 'f02a5331', 'unikraft/app/project.go', '`DefaultFileNames`, in order of preference; `findFiles` keeps every name `os.Stat` finds in the folder'),
	quotedFile(QUOTES.multipleKraftfiles, '`WithProjectDefaultKraftfiles` fails when `findFiles` returns more than one name, naming them all'),
	quotedFile(QUOTES.kraftfileFlag, '`kraft build`, `run` and `pkg pull` take `-K`/`--kraftfile` (`cloud deploy` too), which skips the search'),
];
