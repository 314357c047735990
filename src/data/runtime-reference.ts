// SPDX-License-Identifier: Apache-2.0
import { REV } from './revisions';
import { ghFile, ghThread, type Sources } from './source';

/**
 * How `kraft` reads the string form of `runtime:` (kraftkit f02a5331), the facts
 * `src/core/runtimes.ts` follows to tell a catalog runtime from anything else.
 */
export interface RuntimeReferenceFacts {
	/** The registry a name without one is looked up in. */
	readonly defaultRegistry: string;
	/** The tag a name without one means. */
	readonly defaultTag: string;
	/** Prefixes under which the catalog's runtimes are found: the default registry, and the name its workflows push to. */
	readonly catalogPrefixes: readonly string[];
	readonly sources: Sources;
}

export const RUNTIME_REFERENCE: RuntimeReferenceFacts = {
	defaultRegistry: 'unikraft.org',
	defaultTag: 'latest',
	catalogPrefixes: ['unikraft.org/', 'index.unikraft.io/unikraft.org/'],
	sources: [
		ghFile(
			'unikraft/kraftkit',
			REV.kraftkit,
			'unikraft/runtime/transform.go',
			'a runtime string without :// is split at every colon; more than two parts is an error when the Kraftfile is loaded, else the parts are name and version',
		),
		{
			...ghThread('unikraft/kraftkit', 'pull', 2621, 'fix(app): Add safe type assertions in Kraftfile parsing'),
			note: 'merged 2026-01-22: it changed the map branch of unikraft/runtime/transform.go and kept the split, and its error, for a string with more than one colon',
		},
		ghFile('unikraft/kraftkit', '3602f68e', 'unikraft/app/project_v07.go', 'spec v0.7 (kraft v0.12.12 and later): the runtime string is set as name and source whole, not split'),
		ghFile('unikraft/kraftkit', REV.kraftkit, 'internal/cli/kraft/build/builder_kraftfile_runtime.go', 'kraft build queries the package catalog with that name and version'),
		ghFile(
			'unikraft/kraftkit',
			REV.kraftkit,
			'oci/manager.go',
			'Catalog joins name and version with a colon, parses an OCI reference and, when it names no registry, parses it again under DefaultRegistry with DefaultTag',
		),
		ghFile('unikraft/kraftkit', REV.kraftkit, 'oci/oci.go', 'DefaultRegistry is unikraft.org, DefaultTag is latest'),
		ghFile(
			'google/go-containerregistry',
			'0432ad3567379285f042247098b2c70eea1a2013',
			'pkg/name/repository.go',
			'the part before the first slash is the registry only when it contains a dot or a colon (so localhost/app is a repository path); read at this revision, kraftkit f02a5331 requires v0.20.2 in go.mod',
		),
		ghFile('unikraft/catalog', '667ac92e', '.github/workflows/library-base.yaml', 'the catalog pushes to index.unikraft.io/unikraft.org/<name>:<tag>'),
	],
};
