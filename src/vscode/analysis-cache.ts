// SPDX-License-Identifier: Apache-2.0
import * as vscode from 'vscode';
import { analyze, type Analysis } from '../core';
import type { HostFacts } from '../core/host';
import { hostHintsSetting, releaseSetting } from './settings';

/**
 * One analysis per document version: diagnostics, and later hover, completion and code
 * actions, share the same parse. Entries go when their document closes.
 */
export class AnalysisCache implements vscode.Disposable {
	private readonly entries = new Map<string, { version: number; settings: string; analysis: Analysis }>();
	private readonly subscription = vscode.workspace.onDidCloseTextDocument((d) => this.entries.delete(d.uri.toString()));

	/** `host`: the machine `kraft run` would use (fixed for the session). */
	constructor(private readonly host: HostFacts) {}

	get(document: vscode.TextDocument): Analysis {
		const key = document.uri.toString();
		const release = releaseSetting(document);
		const hints = hostHintsSetting(document);
		const settings = `${release}\u0000${hints}`;
		const hit = this.entries.get(key);
		if (hit && hit.version === document.version && hit.settings === settings) return hit.analysis;
		// The host is always given (fixes pick architectures by it); the setting only silences the hints.
		const analysis = analyze(document.getText(), { host: this.host, ...(hints ? {} : { hostHints: false }), ...(release ? { unikraftRelease: release } : {}) });
		// A closed document's close event has fired already: an entry stored now would never go.
		if (!document.isClosed) this.entries.set(key, { version: document.version, settings, analysis });
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
