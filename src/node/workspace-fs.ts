// SPDX-License-Identifier: Apache-2.0
// The core's `WorkspaceFs` over Node's `fs/promises`, for the CLI and the language server:
// paths under one folder, symbolic links followed (as `kraft`'s `os.Stat` does), and only
// regular files read, with a bound, since opening a FIFO waits for a writer and a device
// may never end (the CLI's src/cli/read-file.ts takes the same care for the Kraftfile).
import { constants, type Stats } from 'node:fs';
import { open, opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { requestPath, WORKSPACE_LIMITS, type DirectoryEntry, type EntryStat, type EntryType, type WorkspaceFs } from '../core';

// O_NONBLOCK: a path that turns into a FIFO between the stat and the open does not block
// the open. O_NOCTTY: a terminal never becomes the controlling one. (POSIX only.)
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** Errors that mean nothing is there to find (a dangling or looping link is nothing to `kraft` either). */
const ABSENT = new Set(['ENOENT', 'ENOTDIR', 'ELOOP']);

/** A `WorkspaceFs` for the folder `base` (an absolute path, normally the Kraftfile's folder). */
export function nodeWorkspaceFs(base: string): WorkspaceFs {
	const resolve = (path: string, kind: 'stat' | 'list' | 'read' = 'list'): string => {
		const p = requestPath(kind, path);
		// The core sends normalised paths; anything else is refused rather than mapped.
		if (p !== path) throw new Error(`not a workspace path: ${JSON.stringify(path)}`);
		return p === '.' ? base : join(base, ...p.split('/'));
	};
	return {
		async stat(path) {
			const stats = await absentAsUndefined(stat(resolve(path, 'stat')));
			return stats && toStat(stats);
		},
		async readDirectory(path) {
			const dir = await absentAsUndefined(opendir(resolve(path), { bufferSize: 64 }));
			if (!dir) return undefined;
			const entries: DirectoryEntry[] = [];
			try {
				for await (const e of dir) {
					if (entries.length >= WORKSPACE_LIMITS.maxEntries) break;
					let type: EntryType | undefined = e.isFile() ? 'file' : e.isDirectory() ? 'directory' : e.isSymbolicLink() ? undefined : 'other';
					if (type === undefined) {
						// A link counts as what it leads to; one that leads nowhere is not there.
						const target = await stat(join(dir.path, e.name)).catch(() => undefined);
						if (!target) continue;
						type = toStat(target).type;
					}
					entries.push([e.name, type]);
				}
			} finally {
				// Breaking out of the loop closes it already; a second close rejects, harmlessly.
				await dir.close().catch(() => undefined);
			}
			return entries;
		},
		async readFile(path, maxBytes) {
			const file = resolve(path);
			const before = await absentAsUndefined(stat(file));
			// Refused before it is opened: merely opening some devices has effects.
			if (!before?.isFile()) return undefined;
			const handle = await absentAsUndefined(open(file, OPEN_FLAGS));
			if (!handle) return undefined;
			try {
				// Again on what was opened: the path may have changed since the stat.
				if (!(await handle.stat()).isFile()) return undefined;
				const limit = Math.max(0, Math.min(Math.floor(maxBytes), WORKSPACE_LIMITS.maxBytes + 1));
				const buffer = Buffer.alloc(limit);
				let length = 0;
				while (length < limit) {
					const { bytesRead } = await handle.read(buffer, length, limit - length, length);
					if (bytesRead === 0) break;
					length += bytesRead;
				}
				return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
			} finally {
				await handle.close();
			}
		},
	};
}

function toStat(stats: Stats): EntryStat {
	return { type: stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other', size: stats.size };
}

/** `undefined` for an error that means nothing is there; other errors reject (the core records them as unknown). */
async function absentAsUndefined<T>(p: Promise<T>): Promise<T | undefined> {
	try {
		return await p;
	} catch (e) {
		if (ABSENT.has((e as NodeJS.ErrnoException).code ?? '')) return undefined;
		throw e;
	}
}
