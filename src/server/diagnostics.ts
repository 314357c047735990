// SPDX-License-Identifier: Apache-2.0
// Pushes the diagnostics of every open document: at once when it opens, debounced while
// it is edited, cleared when it closes. A run whose document has moved on to another
// version by the time it is done (settings are asked of the client first) is dropped.
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analyses } from './analyses';
import { toDiagnostic } from './convert';

/** How long typing must pause before a document is checked again (as in the VS Code adapter). */
const DEBOUNCE_MS = 150;

export class DiagnosticsPublisher {
	private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
	/** A rule that throws is a bug: logged once per rule, not on every keystroke. */
	private readonly logged = new Set<string>();
	/** The version each open document was last checked (or scheduled to be checked) at. */
	private readonly checked = new Map<string, number>();
	/** Bumped when the settings change: a run begun before then is stale even for the same version. */
	private generation = 0;

	constructor(
		private readonly connection: Connection,
		private readonly documents: TextDocuments<TextDocument>,
		private readonly analyses: Analyses,
		/** The README's URI, for `codeDescription`; undefined when it is not shipped beside the server. */
		private readonly readme: string | undefined,
	) {}

	now(document: TextDocument): void {
		this.cancel(document.uri);
		this.checked.set(document.uri, document.version);
		void this.run(document.uri, document.version);
	}

	/** After a change. The library reports an opened document as changed too: that version is checked already. */
	soon(document: TextDocument): void {
		const { uri, version } = document;
		if (this.checked.get(uri) === version) return;
		this.cancel(uri);
		this.checked.set(uri, version);
		this.timers.set(
			uri,
			setTimeout(() => {
				this.timers.delete(uri);
				void this.run(uri, version);
			}, DEBOUNCE_MS),
		);
	}

	/** Every open document again (the settings changed). */
	all(): void {
		this.generation++;
		for (const d of this.documents.all()) this.now(d);
	}

	closed(uri: string): void {
		this.cancel(uri);
		this.checked.delete(uri);
		void this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
	}

	dispose(): void {
		for (const t of this.timers.values()) clearTimeout(t);
		this.timers.clear();
	}

	private cancel(uri: string): void {
		clearTimeout(this.timers.get(uri));
		this.timers.delete(uri);
	}

	private async run(uri: string, version: number): Promise<void> {
		const generation = this.generation;
		try {
			const document = this.documents.get(uri);
			if (!document || document.version !== version) return;
			const a = await this.analyses.get(document);
			for (const f of a.analysis.failures ?? []) {
				const rule = f.codes.join(', ') || 'analysis';
				if (this.logged.has(rule)) continue;
				this.logged.add(rule);
				this.connection.console.error(`[kraftfile] ${rule} failed; its diagnostics are left out: ${describe(f.error)}`);
			}
			// Stale: edited, closed or reconfigured while the settings were asked for.
			if (this.documents.get(uri)?.version !== a.version || a.version !== version || generation !== this.generation) return;
			await this.connection.sendDiagnostics({ uri, version, diagnostics: a.analysis.diagnostics.map((d) => toDiagnostic(a.positions, d, this.readme)) });
		} catch (e) {
			// The core does not throw by design; if it ever does, say so instead of taking the server down.
			this.connection.console.error(`[kraftfile] analysis of ${uri} failed: ${describe(e)}`);
		}
	}
}

export function describe(e: unknown): string {
	return e instanceof Error ? (e.stack ?? e.message) : String(e);
}
