// SPDX-License-Identifier: Apache-2.0
import type { KraftfileModel } from '../model';
import type { KraftfileDoc } from '../parse';
import type { ReleaseInEffect } from '../release';
import type { SpecInEffect } from '../spec';
import type { AnalysisOptions, Diagnostic, DiagnosticCode } from '../types';
import type { WorkspaceRequest } from '../workspace';

/** What every rule gets: the parse, the model read from it, and the release and spec in effect. */
export interface RuleContext {
	readonly parsed: KraftfileDoc;
	readonly model: KraftfileModel;
	readonly release: ReleaseInEffect;
	readonly spec: SpecInEffect;
	readonly options: AnalysisOptions;
	report(diagnostic: Diagnostic): void;
}

/** One rule: a function that looks at the context and reports the codes it owns. */
export interface Rule {
	readonly codes: readonly DiagnosticCode[];
	check(ctx: RuleContext): void;
	/**
	 * What the rule needs to know about the files around the Kraftfile, from the parse:
	 * the adapter gathers it (src/core/workspace-requests.ts) and passes it in as
	 * `options.workspace`. Without it the rule must say nothing of the workspace.
	 */
	requests?(file: Pick<RuleContext, 'parsed' | 'model' | 'release' | 'spec' | 'options'>): readonly WorkspaceRequest[];
}
