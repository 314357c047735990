// SPDX-License-Identifier: Apache-2.0
// What `analyze` returns, in a file of its own so that ignored.ts, which builds the
// analysis of a text that is not checked, and analyze.ts, which calls it, do not import
// each other.
import type { IgnoredReason } from './limits';
import type { KraftfileModel } from './model';
import type { KraftfileDoc } from './parse';
import type { ReleaseInEffect } from './release';
import type { SpecInEffect } from './spec';
import type { AnalysisOptions, Diagnostic, DiagnosticCode } from './types';

/** Everything the editor features need about one version of a document, computed once. */
export interface Analysis {
	readonly parsed: KraftfileDoc;
	readonly model: KraftfileModel;
	readonly release: ReleaseInEffect;
	readonly spec: SpecInEffect;
	readonly diagnostics: readonly Diagnostic[];
	/** The options it was made with, as given: fixes and fix-all read the host and release from here. */
	readonly options: AnalysisOptions;
	/** Set when the text was not checked: binary, or over a bound of src/core/limits.ts. */
	readonly ignored?: IgnoredReason;
	/** Rules that threw (their diagnostics are left out), for the adapter to log. */
	readonly failures?: readonly RuleFailure[];
}

/** A rule that threw instead of reporting: a bug, logged by the adapter. */
export interface RuleFailure {
	/** The codes of the rule that failed; empty when the analysis as a whole failed. */
	readonly codes: readonly DiagnosticCode[];
	readonly error: unknown;
}
