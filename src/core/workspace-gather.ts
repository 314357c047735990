// SPDX-License-Identifier: Apache-2.0
// Asking a host's `WorkspaceFs` what the core needs, with bounds, never throwing: the one
// function of the core that awaits anything, and it touches nothing but the interface given.
import { requestKey, requestPath, type DirectoryEntry, type EntryStat, type EntryType, type WorkspaceAnswer, type WorkspaceFacts, type WorkspaceFs, type WorkspaceRequest } from './workspace';

export const WORKSPACE_LIMITS = {
	/** The most requests asked in one gathering; the rest are answered unknown. */
	maxRequests: 64,
	/** The most bytes all reads of one gathering may return together. */
	maxBytes: 1024 * 1024,
	/** The most entries kept of one folder's listing. */
	maxEntries: 10_000,
} as const;

/**
 * Answers `requests` through `fs`, in parallel. Requests already answered in `previous`
 * are not asked again, and its answers are kept; duplicates are asked once. A call that
 * rejects, throws or returns something malformed is recorded as unknown, as is a request
 * past the bounds or with a path outside the folder. Never rejects.
 */
export async function gatherWorkspace(requests: readonly WorkspaceRequest[], fs: WorkspaceFs, previous?: WorkspaceFacts): Promise<WorkspaceFacts> {
	const answers = new Map<string, WorkspaceAnswer>(previous?.answers ?? []);
	const pending: Promise<void>[] = [];
	let asked = 0;
	let budget = WORKSPACE_LIMITS.maxBytes;
	for (const request of dedupe(requests)) {
		const path = requestPath(request.kind, request.path);
		const key = requestKey({ kind: request.kind, path: path ?? request.path });
		if (answers.has(key)) continue;
		if (path === undefined) {
			answers.set(key, { kind: 'unknown', why: 'the path leaves the folder of the Kraftfile' });
			continue;
		}
		if (asked >= WORKSPACE_LIMITS.maxRequests) {
			answers.set(key, { kind: 'unknown', why: `not asked: more than ${WORKSPACE_LIMITS.maxRequests} requests` });
			continue;
		}
		asked++;
		let maxBytes = 0;
		if (request.kind === 'read') {
			// Reserved before the call, so that parallel reads cannot overrun the budget together.
			maxBytes = Math.max(0, Math.min(Math.floor(request.maxBytes), budget - 1));
			if (!(maxBytes > 0)) {
				answers.set(key, { kind: 'unknown', why: `not read: more than ${WORKSPACE_LIMITS.maxBytes} bytes asked in all` });
				continue;
			}
			budget -= maxBytes + 1;
		}
		answers.set(key, { kind: 'unknown', why: 'not answered yet' });
		pending.push(
			ask(request.kind, path, maxBytes, fs).then(
				(answer) => void answers.set(key, answer),
				(error: unknown) => void answers.set(key, { kind: 'unknown', why: describe(error) }),
			),
		);
	}
	await Promise.all(pending);
	return { ...(previous?.fileName !== undefined ? { fileName: previous.fileName } : {}), answers };
}

/** The most requests `gatherInBatches` asks in all, and the most bytes its reads may return together. */
export const BATCH_LIMITS = { maxRequests: 1024, maxBytes: 16 * 1024 * 1024 } as const;

/**
 * Like `gatherWorkspace`, for more requests than one gathering may ask (a Kconfig tree of
 * a hundred files): in batches that each keep within WORKSPACE_LIMITS, one after the
 * other, up to BATCH_LIMITS in all; past those, requests are answered unknown. Never rejects.
 */
export async function gatherInBatches(requests: readonly WorkspaceRequest[], fs: WorkspaceFs, previous?: WorkspaceFacts): Promise<WorkspaceFacts> {
	let facts: WorkspaceFacts = previous ?? { answers: new Map() };
	let pending = dedupe(unanswered(requests, facts));
	let asked = 0;
	let bytes = 0;
	while (pending.length > 0) {
		const batch: WorkspaceRequest[] = [];
		let budget = WORKSPACE_LIMITS.maxBytes;
		const rest: WorkspaceRequest[] = [];
		for (const r of pending) {
			const cost = r.kind === 'read' ? Math.max(0, Math.floor(r.maxBytes)) + 1 : 0;
			if (batch.length < WORKSPACE_LIMITS.maxRequests && cost < budget && asked < BATCH_LIMITS.maxRequests && bytes + cost <= BATCH_LIMITS.maxBytes) {
				batch.push(r);
				budget -= cost;
				asked++;
				bytes += cost;
			} else rest.push(r);
		}
		if (batch.length === 0) {
			// Over the bounds in all: the rest is unknown, as gatherWorkspace records what it does not ask.
			const answers = new Map(facts.answers);
			for (const r of rest) answers.set(requestKey({ kind: r.kind, path: requestPath(r.kind, r.path) ?? r.path }), { kind: 'unknown', why: `not asked: over ${BATCH_LIMITS.maxRequests} requests or ${BATCH_LIMITS.maxBytes} bytes` });
			return { ...facts, answers };
		}
		facts = await gatherWorkspace(batch, fs, facts);
		pending = rest;
	}
	return facts;
}

/** The requests of `requests` that `facts` has no answer for (unknown answers count as answered). */
export function unanswered(requests: readonly WorkspaceRequest[], facts: WorkspaceFacts | undefined): WorkspaceRequest[] {
	return requests.filter((r) => {
		const path = requestPath(r.kind, r.path);
		return !facts?.answers.has(requestKey({ kind: r.kind, path: path ?? r.path }));
	});
}

/** One request per kind and path; of several reads of one path, the largest bound. */
function dedupe(requests: readonly WorkspaceRequest[]): WorkspaceRequest[] {
	const byKey = new Map<string, WorkspaceRequest>();
	for (const r of requests) {
		const key = requestKey(r);
		const had = byKey.get(key);
		if (!had || (had.kind === 'read' && r.kind === 'read' && r.maxBytes > had.maxBytes)) byKey.set(key, r);
	}
	return [...byKey.values()];
}

async function ask(kind: WorkspaceRequest['kind'], path: string, maxBytes: number, fs: WorkspaceFs): Promise<WorkspaceAnswer> {
	if (kind === 'stat') {
		const stat = await fs.stat(path);
		if (stat === undefined) return { kind: 'stat', stat: null };
		if (!isStat(stat)) return { kind: 'unknown', why: 'the host answered with something that is not a stat' };
		return { kind: 'stat', stat: { type: stat.type, size: stat.size } };
	}
	if (kind === 'list') {
		const entries = await fs.readDirectory(path);
		if (entries === undefined) return { kind: 'list', entries: null };
		if (!Array.isArray(entries)) return { kind: 'unknown', why: 'the host answered with something that is not a listing' };
		const kept: DirectoryEntry[] = [];
		for (const e of entries.slice(0, WORKSPACE_LIMITS.maxEntries) as unknown[]) {
			if (Array.isArray(e) && typeof e[0] === 'string' && isType(e[1])) kept.push([e[0], e[1]]);
		}
		return { kind: 'list', entries: kept };
	}
	// One byte more than the core asked for tells whether the file is longer.
	const bytes = await fs.readFile(path, maxBytes + 1);
	if (bytes === undefined) return { kind: 'read', bytes: null, truncated: false };
	if (!(bytes instanceof Uint8Array)) return { kind: 'unknown', why: 'the host answered with something that is not bytes' };
	return { kind: 'read', bytes: bytes.length > maxBytes ? bytes.slice(0, maxBytes) : bytes, truncated: bytes.length > maxBytes };
}

function isType(t: unknown): t is EntryType {
	return t === 'file' || t === 'directory' || t === 'other';
}

function isStat(s: unknown): s is EntryStat {
	return typeof s === 'object' && s !== null && isType((s as EntryStat).type) && typeof (s as EntryStat).size === 'number';
}

function describe(error: unknown): string {
	try {
		return error instanceof Error ? error.message : String(error);
	} catch {
		return 'the host failed';
	}
}
