// SPDX-License-Identifier: Apache-2.0
// Sources cited by more than one data file, built once. A file cited for different facts
// is here without a note; each table adds the note that says what it read there (`noted`).
import { QUOTES } from './quotes';
import { REV } from './revisions';
import { docsPage, ghFile, withQuote, type Source } from './source';

/** `source` with a note saying what a table read in it. */
export function noted(source: Source, note: string): Source {
	return { ...source, note };
}

export const KRAFTFILE_V06 = docsPage('/docs/cli/reference/kraftfile/v0.6', 'Kraftfile reference v0.6');
export const VIRTUALIZATION_DOC = docsPage('/docs/concepts/virtualization', 'unikraft.org: Virtualization');
export const RUNNING_DOC = withQuote(docsPage('/docs/cli/running', 'unikraft.org: Running unikernels'), QUOTES.runningOnlyKvm);
export const PLATFORM_TRANSFORM = ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/plat/transform.go', 'unknown platform names are kept as they are');
export const ARCH_TRANSFORM = ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/arch/transform.go', 'the value is stored as written: there is no alias table for architectures');

/** Files of KraftKit at `REV.kraftkit` that several tables cite, each for its own facts. */
export const KRAFTKIT = {
	loader: ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/app/loader.go'),
	project: ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/app/project.go'),
	schemaGo: ghFile('unikraft/kraftkit', REV.kraftkit, 'schema/schema.go'),
	component: ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/component/component.go'),
	targetTransform: ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/target/transform.go'),
	platformGo: ghFile('unikraft/kraftkit', REV.kraftkit, 'machine/platform/platform.go'),
	archGo: ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/arch/architecture.go'),
	qemuDriver: ghFile('unikraft/kraftkit', REV.kraftkit, 'machine/qemu/v1alpha1.go'),
} as const;
