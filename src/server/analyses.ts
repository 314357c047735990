// SPDX-License-Identifier: Apache-2.0
// One analysis per document version and settings: diagnostics, hover, completion and code
// actions share the same parse. The only place that turns settings into the core's
// options, and the only place that asks the core for fixes.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, fixAll, fixesFor, gatherSettled, unanswered, workspaceRequests, type Analysis, type AnalysisOptions, type Diagnostic, type Fix, type FixFailure, type HostFacts, type TextEdit, type WorkspaceFacts } from '../core';
import { nodeKconfigIndex } from '../node/kconfig-index';
import { nodeWorkspaceFs } from '../node/workspace-fs';
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
	return { ...(settings.hostHints ? { host: host() } : {}), ...(settings.unikraftRelease ? { unikraftRelease: settings.unikraftRelease } : {}), kconfigIndex: nodeKconfigIndex };
}

export class Analyses {
	private readonly entries = new Map<string, Analysed & { key: string }>();
	/** What is known about the files of each folder (by path), gathered once and reused. */
	private readonly facts = new Map<string, WorkspaceFacts>();

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
		// The files around it (two Kraftfile names in one folder …), through the same Node
		// interface as the CLI, only for documents on disk: what the folder's last check
		// gathered is used at once, and only what it lacks is gathered (then checked again).
		const folder = folderOf(document.uri);
		const known = folder ? this.facts.get(folder.dir) : undefined;
		let analysis = analyze(positions.text, known ? { ...options, workspace: { ...known, fileName: folder!.name } } : options);
		const missing = folder ? unanswered(workspaceRequests(analysis), known) : [];
		if (folder && missing.length > 0) {
			// Rounds: a Kconfig file read names the files it sources, asked for in the next one.
			const withFacts = (f: WorkspaceFacts | undefined) => analyze(positions.text, f ? { ...options, workspace: { ...f, fileName: folder.name } } : options);
			const facts = await gatherSettled(withFacts, nodeWorkspaceFs(folder.dir), known).catch(() => undefined);
			if (facts) {
				this.facts.set(folder.dir, facts);
				analysis = analyze(positions.text, { ...options, workspace: { ...facts, fileName: folder.name } });
			}
		}
		const entry = { version: document.version, analysis, positions, options, key };
		if (this.isOpen(document.uri)) this.entries.set(document.uri, entry);
		return entry;
	}

	forget(uri: string): void {
		this.entries.delete(uri);
	}

	/**
	 * The files around `uri` may have changed (it was opened or saved): gather them again on
	 * its folder's next check. The server watches no files; a client that saves is enough.
	 */
	refresh(uri: string): void {
		const folder = folderOf(uri);
		if (!folder) return;
		this.facts.delete(folder.dir);
		for (const [u] of this.entries) if (folderOf(u)?.dir === folder.dir) this.entries.delete(u);
	}

	clear(): void {
		this.entries.clear();
		this.facts.clear();
	}
}

/** The folder and file name of a `file:` document; `undefined` for the rest (untitled, virtual). */
function folderOf(uri: string): { dir: string; name: string } | undefined {
	if (!uri.startsWith('file:')) return undefined;
	try {
		const path = fileURLToPath(uri);
		return { dir: dirname(path), name: basename(path) };
	} catch {
		return undefined;
	}
}

/** A fix provider that threw is a bug: said on stderr (the protocol is on stdout), once per code. */
const reported = new Set<string>();
function report(failures: readonly FixFailure[] | undefined): void {
	for (const f of failures ?? []) {
		if (reported.has(f.code)) continue;
		reported.add(f.code);
		console.error(`[kraftfile] the fixes of ${f.code} failed; they are left out`, f.error);
	}
}

/** The fixes of core diagnostic `d` (the host, if any, comes with the analysis). */
export function fixesOf(a: Analysed, d: Diagnostic): Fix[] {
	const { fixes, failures } = fixesFor(a.analysis, d);
	report(failures);
	return fixes;
}

/** Every preferred fix at once (`source.fixAll.kraftfile`). */
export function allFixes(a: Analysed): TextEdit[] {
	const { edits, failures } = fixAll(a.analysis);
	report(failures);
	return edits;
}
