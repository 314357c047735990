// SPDX-License-Identifier: Apache-2.0
import * as vscode from 'vscode';
import { analyze, type Analysis, type HostFacts, type WorkspaceFacts } from '../core';
import { hostHintsSetting, releaseSetting } from './settings';
import type { KconfigIndexLoader } from './kconfig-index';
import type { WorkspaceFactsCache } from './workspace-facts';

/**
 * One analysis per document version: diagnostics, and later hover, completion and code
 * actions, share the same parse. Entries go when their document closes.
 */
export class AnalysisCache implements vscode.Disposable {
	private readonly entries = new Map<string, { version: number; settings: string; workspace: WorkspaceFacts | undefined; analysis: Analysis }>();
	private readonly subscription = vscode.workspace.onDidCloseTextDocument((d) => this.entries.delete(d.uri.toString()));

	/**
	 * `host`: the machine `kraft run` would use (fixed for the session); unknown on the web,
	 * where host hints are off. `workspace`: what is known about the files around each
	 * Kraftfile; gathered by the diagnostics, read here.
	 */
	constructor(
		readonly workspace: WorkspaceFactsCache,
		private readonly host?: HostFacts,
		/** The bundled Kconfig index, read when first asked for. */
		readonly kconfigIndex?: KconfigIndexLoader,
	) {}

	get(document: vscode.TextDocument): Analysis {
		const key = document.uri.toString();
		const release = releaseSetting(document);
		const hints = hostHintsSetting(document);
		const settings = `${release}\u0000${hints}\u0000${this.kconfigIndex?.ready ?? false}`;
		// The same object while the folder is unchanged: a new one means new facts.
		const workspace = this.workspace.factsFor(document);
		const hit = this.entries.get(key);
		if (hit && hit.version === document.version && hit.settings === settings && hit.workspace === workspace) return hit.analysis;
		// The host is always given where known (fixes pick architectures by it); the setting only silences the hints.
		const analysis = analyze(document.getText(), { ...(this.host ? { host: this.host } : {}), ...(hints ? {} : { hostHints: false }), ...(release ? { unikraftRelease: release } : {}), ...(workspace ? { workspace } : {}), ...(this.kconfigIndex ? { kconfigIndex: this.kconfigIndex.get } : {}) });
		// A closed document's close event has fired already: an entry stored now would never go.
		if (!document.isClosed) this.entries.set(key, { version: document.version, settings, workspace, analysis });
		return analysis;
	}

	clear(): void {
		this.entries.clear();
	}

	dispose(): void {
		this.subscription.dispose();
		this.entries.clear();
	}
}
