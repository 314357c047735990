// SPDX-License-Identifier: Apache-2.0
// The files around each open Kraftfile, gathered once per folder through
// `vscode.workspace.fs` and kept current by a watcher on the names asked about, so that
// the synchronous analysis can read them (`AnalysisCache`) while typing costs no I/O.
import * as vscode from 'vscode';
import { gatherInBatches, requestKey, unanswered, workspacePath, type WorkspaceFacts, type WorkspaceRequest } from '../core';
import { isKraftfile } from './selector';
import { vscodeWorkspaceFs } from './workspace-fs';

interface Folder {
	readonly uri: vscode.Uri;
	/** Every request asked about this folder so far, by key: asked again when it changes. */
	readonly requests: Map<string, WorkspaceRequest>;
	/** The answers, without a file name; replaced whole, never edited. */
	facts?: WorkspaceFacts;
	/** The same answers with each document's file name, so an unchanged folder keeps its identity. */
	readonly byName: Map<string, WorkspaceFacts>;
	/** The gathering under way (later ones are chained after it). */
	gathering?: Promise<void>;
	/** Something changed on disk: the next gathering asks everything again. */
	stale: boolean;
	watcher?: vscode.Disposable;
	watched?: string;
}

export class WorkspaceFactsCache implements vscode.Disposable {
	private readonly folders = new Map<string, Folder>();
	private readonly changed = new vscode.EventEmitter<vscode.Uri>();
	/** Fires with a folder whose facts changed on disk and were gathered again. */
	readonly onDidChange = this.changed.event;
	private readonly subscriptions = [
		this.changed,
		vscode.workspace.onDidCloseTextDocument((d) => this.release(d)),
		// A fallback where a provider's watcher misses events: a save looks again.
		vscode.workspace.onDidSaveTextDocument((d) => {
			const folder = isKraftfile(d) ? this.folders.get(folderOf(d.uri)?.toString() ?? '') : undefined;
			if (folder) this.refresh(folder);
		}),
	];

	/** What is known around `document` now (synchronous), or `undefined` (untitled, no provider, not gathered yet). */
	factsFor(document: vscode.TextDocument): WorkspaceFacts | undefined {
		const base = folderOf(document.uri);
		const folder = base && this.folders.get(base.toString());
		if (!folder?.facts) return undefined;
		const name = fileNameOf(document.uri);
		let facts = folder.byName.get(name);
		if (!facts) folder.byName.set(name, (facts = { ...folder.facts, fileName: name }));
		return facts;
	}

	/**
	 * Makes sure `requests` are answered for `document`'s folder: `undefined` when they are
	 * (or cannot be: an untitled document, a scheme without a file system provider), else a
	 * promise that resolves once they are. Never rejects.
	 */
	ensure(document: vscode.TextDocument, requests: readonly WorkspaceRequest[]): Promise<void> | undefined {
		const base = folderOf(document.uri);
		if (!base || requests.length === 0) return undefined;
		const key = base.toString();
		let folder = this.folders.get(key);
		if (!folder) this.folders.set(key, (folder = { uri: base, requests: new Map(), byName: new Map(), stale: false }));
		for (const r of requests) folder.requests.set(requestKey({ kind: r.kind, path: workspacePath(r.path) ?? r.path }), r);
		if (unanswered(requests, folder.facts).length === 0) return undefined;
		return this.gather(folder);
	}

	private gather(folder: Folder): Promise<void> {
		const run = async (): Promise<void> => {
			if (this.folders.get(folder.uri.toString()) !== folder) return;
			const previous = folder.stale ? undefined : folder.facts;
			folder.stale = false;
			// In batches: a Kconfig tree asks for more than one gathering may.
			const facts = await gatherInBatches([...folder.requests.values()], vscodeWorkspaceFs(folder.uri), previous);
			folder.facts = facts;
			folder.byName.clear();
			this.watch(folder);
		};
		const next = (folder.gathering ?? Promise.resolve()).then(run).catch((e: unknown) => console.error('[kraftfile] workspace facts failed', e));
		folder.gathering = next;
		void next.then(() => {
			if (folder.gathering === next) folder.gathering = undefined;
		});
		return next;
	}

	/** Gathers `folder` again from scratch, then tells the listeners. */
	private refresh(folder: Folder): void {
		folder.stale = true;
		void this.gather(folder).then(() => {
			if (this.folders.get(folder.uri.toString()) === folder) this.changed.fire(folder.uri);
		});
	}

	/**
	 * Watches the top-level names asked about (`kraft.yaml`, `rootfs` for `rootfs/x`): their
	 * creation and deletion, and changes where a file's content was read.
	 */
	private watch(folder: Folder): void {
		const names = [...new Set([...folder.requests.values()].map((r) => (workspacePath(r.path) ?? '.').split('/')[0]!))].sort();
		const reads = [...folder.requests.values()].some((r) => r.kind === 'read');
		const glob = names.includes('.') || !names.every((n) => /^[\w.-]+$/.test(n)) ? '*' : `{${names.join(',')}}`;
		const watched = `${glob}\u0000${reads}`;
		if (folder.watched === watched) return;
		folder.watcher?.dispose();
		const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder.uri, glob), false, !reads, false);
		const refresh = (): void => this.refresh(folder);
		folder.watcher = vscode.Disposable.from(watcher, watcher.onDidCreate(refresh), watcher.onDidDelete(refresh), ...(reads ? [watcher.onDidChange(refresh)] : []));
		folder.watched = watched;
	}

	/** Forgets a folder once no open Kraftfile is in it. */
	private release(closed: vscode.TextDocument): void {
		const base = folderOf(closed.uri)?.toString();
		const folder = base === undefined ? undefined : this.folders.get(base);
		if (!folder) return;
		if (vscode.workspace.textDocuments.some((d) => !d.isClosed && d !== closed && isKraftfile(d) && folderOf(d.uri)?.toString() === base)) return;
		folder.watcher?.dispose();
		this.folders.delete(base!);
	}

	dispose(): void {
		for (const f of this.folders.values()) f.watcher?.dispose();
		this.folders.clear();
		for (const s of this.subscriptions) s.dispose();
	}
}

/** The folder of a saved document whose scheme has a file system provider; `undefined` otherwise. */
export function folderOf(uri: vscode.Uri): vscode.Uri | undefined {
	if (uri.scheme === 'untitled' || vscode.workspace.fs.isWritableFileSystem(uri.scheme) === undefined) return undefined;
	return vscode.Uri.joinPath(uri, '..');
}

function fileNameOf(uri: vscode.Uri): string {
	return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
