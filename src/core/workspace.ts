// SPDX-License-Identifier: Apache-2.0
// The files around a Kraftfile, as the core sees them: plain facts, gathered beforehand by
// the adapter through `WorkspaceFs` (src/core/workspace-gather.ts) and passed to `analyze`,
// which stays synchronous. A rule that needs a fact it was not given says nothing.

/** What a path leads to, symbolic links followed (as `kraft`'s `os.Stat` does). */
export type EntryType = 'file' | 'directory' | 'other';

export interface EntryStat {
	readonly type: EntryType;
	readonly size: number;
}

/** One name in a folder, with the type of what it leads to. */
export type DirectoryEntry = readonly [name: string, type: EntryType];

/**
 * The one interface each host implements once: VS Code over `vscode.workspace.fs`
 * (src/vscode/workspace-fs.ts), Node over `node:fs/promises` (src/node/workspace-fs.ts)
 * for the CLI and the language server, later the web.
 *
 * Paths are relative POSIX paths from the Kraftfile's folder (`.` is that folder itself,
 * `.unikraft/build`), already normalised by `workspacePath`: no `..`, no leading `/`; a stat
 * alone may start with one `../` (`requestPath`). Each adapter maps them under the folder
 * it was made for. A promise that resolves to
 * `undefined` means there is nothing at that path; a rejection means the host could not
 * tell, and is recorded as unknown.
 */
export interface WorkspaceFs {
	stat(path: string): Promise<EntryStat | undefined>;
	readDirectory(path: string): Promise<readonly DirectoryEntry[] | undefined>;
	/**
	 * The first `maxBytes` bytes of the regular file at `path`. Anything else (a folder, a
	 * FIFO, a device) is not opened: `undefined`, as for a file that is not there.
	 */
	readFile(path: string, maxBytes: number): Promise<Uint8Array | undefined>;
}

/** One thing the core asks the adapter to find out, before the analysis. */
export type WorkspaceRequest =
	| { readonly kind: 'stat'; readonly path: string }
	| { readonly kind: 'list'; readonly path: string }
	| { readonly kind: 'read'; readonly path: string; readonly maxBytes: number };

/** What one request found. `null`: nothing there. `unknown`: the host could not tell, or was not asked. */
export type WorkspaceAnswer =
	| { readonly kind: 'stat'; readonly stat: EntryStat | null }
	| { readonly kind: 'list'; readonly entries: readonly DirectoryEntry[] | null }
	| { readonly kind: 'read'; readonly bytes: Uint8Array | null; readonly truncated: boolean }
	| { readonly kind: 'unknown'; readonly why: string };

/** The facts about the files around one Kraftfile; see `AnalysisOptions.workspace`. */
export interface WorkspaceFacts {
	/**
	 * The analysed file's name in its folder (`Kraftfile`, `kraft.yaml`); absent when it has
	 * none, or none `kraft` would find (an untitled document, standard input).
	 */
	readonly fileName?: string;
	/** Answers by `requestKey`. A request that is not here was not asked. */
	readonly answers: ReadonlyMap<string, WorkspaceAnswer>;
}

/** The key of a request's answer: its kind and normalised path (a read's bound is not part of it). */
export function requestKey(request: Pick<WorkspaceRequest, 'kind' | 'path'>): string {
	return `${request.kind}:${request.path}`;
}

/**
 * `path` as a `WorkspaceFs` path: POSIX separators, no `.` segments, no empty ones; `.`
 * for the folder itself. `undefined` for a path that leaves the folder (`..`), is absolute
 * (`/x`, `C:\x`, `\\server`), or holds a NUL: the core never asks outside the Kraftfile's folder.
 */
export function workspacePath(path: string): string | undefined {
	if (path.includes('\u0000') || /^([\\/]|[A-Za-z]:)/.test(path)) return undefined;
	const parts: string[] = [];
	for (const part of path.split(/[\\/]/)) {
		if (part === '' || part === '.') continue;
		if (part === '..') return undefined;
		parts.push(part);
	}
	return parts.length ? parts.join('/') : '.';
}

/**
 * The path of a request of `kind`, normalised: `workspacePath(path)`, except that a stat
 * may also ask one folder up, `../` and a path under it: the folder `kraft` runs in when
 * `kraft build -K app/Kraftfile` names the Kraftfile from there, as the official catalog's
 * tests do. Only a stat, only one level: nothing is listed or read outside the folder.
 */
export function requestPath(kind: WorkspaceRequest['kind'], path: string): string | undefined {
	if (kind !== 'stat' || !path.startsWith('../')) return workspacePath(path);
	const p = workspacePath(path.slice(3));
	return p === undefined || p === '.' ? undefined : `../${p}`;
}

/** What is at `path` (a stat may look one folder up: `requestPath`): its stat, `null` when nothing is there, `undefined` when that is not known. */
export function statAt(facts: WorkspaceFacts | undefined, path: string): EntryStat | null | undefined {
	const p = requestPath('stat', path);
	const answer = p === undefined ? undefined : facts?.answers.get(requestKey({ kind: 'stat', path: p }));
	return answer?.kind === 'stat' ? answer.stat : undefined;
}

/** The entries of the folder at `path`, `null` when it is not there, `undefined` when not known. */
export function entriesAt(facts: WorkspaceFacts | undefined, path: string): readonly DirectoryEntry[] | null | undefined {
	const p = workspacePath(path);
	const answer = p === undefined ? undefined : facts?.answers.get(requestKey({ kind: 'list', path: p }));
	return answer?.kind === 'list' ? answer.entries : undefined;
}

/** The bytes read at `path` (and whether there were more), `null` when no regular file is there, `undefined` when not known. */
export function bytesAt(facts: WorkspaceFacts | undefined, path: string): { readonly bytes: Uint8Array; readonly truncated: boolean } | null | undefined {
	const p = workspacePath(path);
	const answer = p === undefined ? undefined : facts?.answers.get(requestKey({ kind: 'read', path: p }));
	if (answer?.kind !== 'read') return undefined;
	return answer.bytes ? { bytes: answer.bytes, truncated: answer.truncated } : null;
}
