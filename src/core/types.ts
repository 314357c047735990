// SPDX-License-Identifier: Apache-2.0
import type { HostFacts } from './host';
import type { WorkspaceFacts } from './workspace';

/**
 * Half-open range of UTF-16 code unit offsets into the text that was analysed
 * (the same unit as JavaScript string indices and VS Code's `Position.character`).
 */
export interface Span {
	readonly start: number;
	readonly end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/**
 * The closed set of diagnostic codes. Each one is documented in the README table
 * ("Diagnostics") and in the rule file that reports it; the strings are stable.
 */
export const DIAGNOSTIC_CODES = [
	'yaml-syntax',
	'invalid-spec',
	'outdated-spec',
	'invalid-target',
	'unknown-platform',
	'unknown-architecture',
	'platform-alias',
	'architecture-alias',
	'unsupported-target',
	'platform-removed',
	'planned-platform',
	'cloud-provider',
	'known-issue',
	'conflicting-keys',
	'duplicate-target',
	'duplicate-key',
	'unknown-key',
	'extra-document',
	'invalid-document',
	'emulated-target',
	'not-runnable-here',
	'invalid-kconfig',
	'debug-build',
	'linuxu-debug-only',
	'platform-kconfig-missing',
	'multiple-kraftfiles',
	'file-too-large',
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/** A suggested replacement for the text under a diagnostic's span. */
export interface Replacement {
	readonly span: Span;
	readonly text: string;
}

export interface Diagnostic {
	readonly code: DiagnosticCode;
	readonly severity: Severity;
	/** What is wrong and what to write instead, in one or two sentences. */
	readonly message: string;
	readonly span: Span;
	/** Values that would be right here, best first (for quick fixes and "did you mean"). */
	readonly suggestions?: readonly Replacement[];
}

/** Options of one analysis. Everything the core needs from outside comes in here. */
export interface AnalysisOptions {
	/**
	 * The Unikraft release to assume when the Kraftfile does not name one (`stable`,
	 * `staging`, a branch, a commit, or no `unikraft` at all), e.g. `v0.16.3`.
	 * Empty or absent: the latest release in `src/data/releases.ts`.
	 */
	readonly unikraftRelease?: string;
	/** What set `unikraftRelease`, for messages (the CLI: `--unikraft-release`); default: the editor setting. */
	readonly unikraftReleaseFrom?: string;
	/**
	 * The machine `kraft run` would run on. When given, targets that would run emulated or
	 * not at all there get an information diagnostic; when absent, nothing host-specific is said.
	 */
	readonly host?: HostFacts;
	/**
	 * What the adapter found around the Kraftfile (src/core/workspace.ts), asked for by
	 * `workspaceRequests`. When absent (not gathered, an untitled or virtual document, the
	 * CLI's `--no-workspace`), rules that need it say nothing.
	 */
	readonly workspace?: WorkspaceFacts;
}
