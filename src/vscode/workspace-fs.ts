// SPDX-License-Identifier: Apache-2.0
// The core's `WorkspaceFs` over `vscode.workspace.fs`: any scheme with a file system
// provider (local files, remote, virtual workspaces), no Node I/O, nothing executed, so it
// is safe in untrusted workspaces too.
import * as vscode from 'vscode';
import { requestPath, WORKSPACE_LIMITS, type EntryType, type WorkspaceFs } from '../core';

/** A `WorkspaceFs` for the folder `base` (normally `Uri.joinPath(document.uri, '..')`). */
export function vscodeWorkspaceFs(base: vscode.Uri): WorkspaceFs {
	const resolve = (path: string, kind: 'stat' | 'list' | 'read' = 'list'): vscode.Uri => {
		const p = requestPath(kind, path);
		// The core sends normalised paths; anything else is refused rather than mapped.
		if (p !== path) throw new Error(`not a workspace path: ${JSON.stringify(path)}`);
		return p === '.' ? base : vscode.Uri.joinPath(base, ...p.split('/'));
	};
	return {
		async stat(path) {
			const stat = await absentAsUndefined(vscode.workspace.fs.stat(resolve(path, 'stat')));
			const type = stat && typeOf(stat.type);
			return stat && type ? { type, size: stat.size } : undefined;
		},
		async readDirectory(path) {
			const entries = await absentAsUndefined(vscode.workspace.fs.readDirectory(resolve(path)));
			if (!entries) return undefined;
			const kept: [string, EntryType][] = [];
			for (const [name, fileType] of entries.slice(0, WORKSPACE_LIMITS.maxEntries)) {
				const type = typeOf(fileType);
				if (type) kept.push([name, type]);
			}
			return kept;
		},
		async readFile(path, maxBytes) {
			const uri = resolve(path);
			// `fs.readFile` has no bound: only a regular file whose size is within the core's
			// budget is read at all (a FIFO or device is `Unknown`, so never opened).
			const stat = await absentAsUndefined(vscode.workspace.fs.stat(uri));
			if (!stat || typeOf(stat.type) !== 'file') return undefined;
			if (stat.size > WORKSPACE_LIMITS.maxBytes + 1) throw new Error(`too large to read: ${stat.size} bytes`);
			const bytes = await absentAsUndefined(vscode.workspace.fs.readFile(uri));
			return bytes && bytes.subarray(0, Math.max(0, maxBytes));
		},
	};
}

/**
 * A `FileType` as the core names it. Links are followed by the providers; a link that
 * leads nowhere (`SymbolicLink` alone) is not there, as for `kraft`'s `os.Stat`.
 */
function typeOf(type: vscode.FileType): EntryType | undefined {
	if (type & vscode.FileType.File) return 'file';
	if (type & vscode.FileType.Directory) return 'directory';
	if (type & vscode.FileType.SymbolicLink) return undefined;
	return 'other';
}

async function absentAsUndefined<T>(p: Thenable<T>): Promise<T | undefined> {
	try {
		return await p;
	} catch (e) {
		if (e instanceof vscode.FileSystemError && (e.code === 'FileNotFound' || e.code === 'FileNotADirectory')) return undefined;
		throw e;
	}
}
