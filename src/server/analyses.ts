// SPDX-License-Identifier: Apache-2.0
// One analysis per document version and settings: diagnostics, hover, completion and code
// actions share the same parse. The only place that turns settings into the core's
// options, and the only place that asks the core for fixes.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, fixAll, fixesFor, type Analysis, type AnalysisOptions, type Diagnostic, type Fix, type HostFacts, type TextEdit } from '../core';
import { Positions } from './convert';
import type { Settings, SettingsSource } from './settings';

export interface Analysed {
	readonly version: number;
	readonly analysis: Analysis;
	readonly positions: Positions;
	/** The options the analysis ran with (the host among them when hints are on). */
	readonly options: AnalysisOptions;
}

/** The core's options for `settings`; `host()` is asked only when host hints are on. */
export function analysisOptions(settings: Settings, host: () => HostFacts): AnalysisOptions {
	return { ...(settings.hostHints ? { host: host() } : {}), ...(settings.unikraftRelease ? { unikraftRelease: settings.unikraftRelease } : {}) };
}

export class Analyses {
	private readonly entries = new Map<string, Analysed & { key: string }>();

	constructor(
		private readonly settings: SettingsSource,
		private readonly host: () => HostFacts,
		/** Whether the document is still open: a closed one's entry would never be dropped. */
		private readonly isOpen: (uri: string) => boolean,
	) {}

	async get(document: TextDocument): Promise<Analysed> {
		const options = analysisOptions(await this.settings.get(document.uri), this.host);
		const key = JSON.stringify(options);
		const hit = this.entries.get(document.uri);
		if (hit && hit.version === document.version && hit.key === key) return hit;
		const positions = new Positions(document.getText());
		const entry = { version: document.version, analysis: analyze(positions.text, options), positions, options, key };
		if (this.isOpen(document.uri)) this.entries.set(document.uri, entry);
		return entry;
	}

	forget(uri: string): void {
		this.entries.delete(uri);
	}

	clear(): void {
		this.entries.clear();
	}
}

/** The fixes of core diagnostic `d`. */
export function fixesOf(a: Analysed, d: Diagnostic): Fix[] {
	return fixesFor(a.analysis, d, a.options.host);
}

/** Every preferred fix at once (`source.fixAll.kraftfile`). */
export function allFixes(a: Analysed): TextEdit[] {
	return fixAll(a.analysis, a.options.host);
}
