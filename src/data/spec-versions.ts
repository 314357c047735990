// SPDX-License-Identifier: Apache-2.0
import { REV } from './revisions';
import { docsPage, ghFile, ghThread, quotedFile, type Sources } from './source';
import { QUOTES } from './quotes';

/** What `kraft` does with a Kraftfile of a given `spec` version. */
export type SpecStatus =
	/** The old Python `kraft`'s format; KraftKit still loads it, with the v0.6 rules. */
	| 'pykraft'
	/** Loaded by KraftKit, which warns that it is not the latest. */
	| 'outdated'
	/** The latest version of the legacy KraftKit format. */
	| 'current'
	/** The new format (`unikraft.com/x/kraftfile`), read by the newest `kraft` and the `unikraft` CLI. */
	| 'next';

export interface SpecVersionRow {
	/** `major.minor`, without the `v`. */
	readonly version: string;
	readonly status: SpecStatus;
	readonly docs: string;
	readonly sources: Sources;
}

const schemaGo = quotedFile(QUOTES.specNotLatest, 'SchemaVersionLatest = v0.6; older versions get a warning');

export const SPEC_VERSIONS: readonly SpecVersionRow[] = [
	{ version: '0.4', status: 'pykraft', docs: 'https://github.com/unikraft/pykraft', sources: [ghFile('unikraft/pykraft', 'c648d2ea', 'kraft/config/specification_v0.4.json'), schemaGo] },
	{ version: '0.5', status: 'outdated', docs: 'https://unikraft.org/docs/cli/reference/kraftfile/v0.5', sources: [docsPage('/docs/cli/reference/kraftfile/v0.5', 'Kraftfile reference v0.5'), schemaGo] },
	{ version: '0.6', status: 'current', docs: 'https://unikraft.org/docs/cli/reference/kraftfile/v0.6', sources: [docsPage('/docs/cli/reference/kraftfile/v0.6', 'Kraftfile reference v0.6'), schemaGo] },
	{
		version: '0.7',
		status: 'next',
		docs: `https://github.com/unikraft-cloud/x/blob/${REV.x}/kraftfile/schema.md`,
		sources: [ghFile('unikraft-cloud/x', REV.x, 'kraftfile/parse.go', 'SpecVersionMin = SpecVersionMax = v0.7'), ghThread('unikraft/kraftkit', 'pull', 2776, 'v0.7 Kraftfile support')],
	},
];

/** The spec version whose rules apply when a file names none or an unknown one. */
export const LATEST_LEGACY_SPEC = '0.6';
