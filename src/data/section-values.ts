// SPDX-License-Identifier: Apache-2.0
// What `kraft` does with a top-level value of the wrong shape: the facts the rules
// `invalid-section`, `no-targets` and `misread-key` and the `invalid-kconfig` check of
// unquoted numbers follow. The 2024 loader is stored under ../shared/sources (quoted);
// files of 2026 are cited at the revision the search index holds, and paraphrased.
import { q, QUOTES } from './quotes';
import { REV } from './revisions';
import { ghFile, ghThread, quotedFile, type Sources } from './source';

/** kraftkit's loader and project of 2026 (kraft v0.12.x), as stored in the search index. */
const PROJECT_2026 = '0052e14c6ba4755e06cd7eacf6b5a3c608332277';
const V07_PROJECT = '3602f68e9bea380264156056b1dd29d532d9a0ee';

const loader2024 = ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/app/loader.go');
const project2024 = ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/app/project.go');
const project2026 = ghFile('unikraft/kraftkit', PROJECT_2026, 'unikraft/app/project.go', 'kraft 2026 still reads `name` (and `outdir`) with an unchecked string conversion before the loader runs');
/**
 * The 2026 loader (the one that reads `rootfs` maps and `roms`), read in the search index,
 * which did not record its revision: so linked on the default branch, and paraphrased.
 */
const loader2026 = {
	url: 'https://github.com/unikraft/kraftkit/blob/main/unikraft/app/loader.go',
	label: 'unikraft/kraftkit unikraft/app/loader.go (2026; revision not recorded)',
	note: 'checks the types the 2024 loader asserted: a `libraries` that is not a map, a `targets` that is not a list, and a `rootfs` that is neither a string nor a map are errors instead of crashes',
} as const;

/** One fact: what `kraft` does, and where it says so. */
export interface SectionFact {
	/** In one phrase, for messages: what `kraft` does. */
	readonly does: string;
	readonly sources: Sources;
}

export const SECTION_FACTS = {
	/** `libraries:` that is not a map (a list, empty, a string). */
	librariesNotMap: {
		does: '`kraft` cannot load the file: older versions crash (unikraft/kraftkit#2237), 2026 versions stop because `libraries` must be a map',
		sources: [
			noted(loader2024, '`getSectionMap` asserts the value is a map: a list or an empty value makes `kraft` panic'),
			ghThread('unikraft/kraftkit', 'issues', 2237, 'runtime panic of kraft'),
			loader2026,
		],
	},
	/** A library that is neither a version string nor a map. */
	libraryEntryType: {
		does: '`kraft` stops with an error: a library must be a version string or a map',
		sources: [ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/lib/transform.go', '`TransformMapFromSchema` takes a string or a map for each library and fails on anything else, an empty value included')],
	},
	/** `targets:` with no value (every entry commented out). */
	targetsEmpty: {
		does: '`kraft` cannot load the file: older versions crash, 2026 versions stop because `targets` must be a list',
		sources: [noted(loader2024, '`getSectionList` asserts the value is a list: an empty value makes `kraft` panic'), loader2026],
	},
	/** `name:` that is not a string (a number, empty). */
	nameNotString: {
		does: '`kraft` crashes: it converts `name` to a string without checking (2024 and 2026)',
		sources: [noted(project2024, '`name = n.(string)` panics on a number or an empty value'), project2026],
	},
	/** `name: ''`: no default target name. */
	nameEmpty: {
		does: `a target without its own \`name\` has none, and \`kraft\` stops with ${q(QUOTES.targetNameNotSet)}`,
		sources: [quotedFile(QUOTES.targetNameNotSet, 'the kernel file is named after the target'), ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/target/transform.go', 'a target takes the project name only when it is not empty')],
	},
	/** `unikraft:`/`template:` written as a number (`unikraft: 0.16`), a boolean or a list. */
	componentType: {
		does: '`kraft` reads a version or source only from a string or a map here, and ignores anything else',
		sources: [ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/component/component.go', '`TranslateFromSchema` handles a string and a map; any other value gives a component with no version and no source')],
	},
	/** `version: 0.10` in a component map. */
	componentVersionNumber: {
		does: 'YAML reads an unquoted `0.10` as the number 0.1, and `kraft` turns a number into text as Go prints it',
		sources: [ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/component/component.go', '`TranslateFromSchema` keeps a string version, converts an int with `strconv.Itoa` and anything else with `fmt.Sprint`')],
	},
	/** `source:` in a component map that is not a string. */
	componentSourceType: {
		does: '`kraft` converts `source` to a string without checking, and older versions crash on anything else',
		sources: [ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/component/component.go', '`TranslateFromSchema` passes `prop.(string)` to `parseStringProp`: a panic on a number, a map or an empty value')],
	},
	/** `unikraft:`/`template:` left empty. */
	componentEmpty: {
		does: '`kraft` treats an empty value as if the key were not there',
		sources: [ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/app/transform.go', 'an empty value decodes to nothing, so the component stays unset')],
	},
	/** A build from source with no target. */
	noTargets: {
		does: `\`kraft build\` stops with ${q(QUOTES.noTargetsToBuild)}`,
		sources: [
			quotedFile(QUOTES.noTargetsToBuild, 'a project with `unikraft` (or `template`) is built from source, and needs a target'),
			ghFile('unikraft/kraftkit', REV.kraftkit, 'internal/cli/kraft/build/builder.go', 'the source builder is tried before the runtime builder'),
		],
	},
	/** A target's `kernel` key. */
	targetKernel: {
		does: 'the legacy loader reads a target’s `kernel` as the target’s name, not as a kernel path',
		sources: [ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/target/transform.go', 'the `kernel` case sets the name'), ghFile('unikraft/kraftkit', '1b061f7fd2b6756d207eef511827d4e88a334ae0', 'unikraft/target/transform.go', 'unchanged in the newest version stored')],
	},
	/** An unquoted `0x…` kconfig map value. */
	kconfigNumber: {
		does: 'YAML reads an unquoted `0x…` as a number, and `kraft` writes it into .config in decimal; Kconfig reads the digits of a `hex` option as hex',
		sources: [ghFile('unikraft/kraftkit', REV.kraftkit, 'kconfig/config.go', '`NewKeyValueMapFromMap` formats an integer with `%d`')],
	},
	/** `outdir` in a spec v0.7 file. */
	outdirV07: {
		does: 'spec v0.7 no longer supports `outdir`, and `kraft` takes the output folder from its own options, never from the Kraftfile',
		sources: [
			ghFile('unikraft-cloud/x', REV.x, 'kraftfile/spec.go', 'the `OutDir` field is marked as no longer supported'),
			ghFile('unikraft/kraftkit', V07_PROJECT, 'unikraft/app/project_v07.go', 'the v0.7 project reads the output folder from the command-line options, never from the Kraftfile'),
		],
	},
} as const satisfies Record<string, SectionFact>;

export type SectionFactId = keyof typeof SECTION_FACTS;

function noted<T extends { readonly url: string; readonly label: string }>(source: T, note: string): T & { readonly note: string } {
	return { ...source, note };
}
