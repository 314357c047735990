// SPDX-License-Identifier: Apache-2.0
// The Kconfig sources `kraft` fetched for a project, read through the workspace interface
// (src/core/workspace.ts). kraftkit places them in the project's folder
// (unikraft/kraftkit unikraft/unikraft.go and unikraft/type.go `PlaceComponent`, see
// KRAFT_LAYOUT in src/data/kconfig-layout.ts): the core in `.unikraft/unikraft`, each
// library in `.unikraft/libs/<name>`, and the application's own `Config.uk` beside the
// Kraftfile. They are read as Unikraft's build reads them: one tree from the core's top
// Config.uk, with the libraries and the application as the external folders its
// generated menus source (kconfig-lang/submenu.ts).
//
// The core is pure: reading a tree from the facts gathered so far also lists what is
// missing, as requests, for the adapter to gather; the next analysis reads further. The
// version of the core is read from its `version.mk` (Unikraft's Makefile includes it).
import { isMap } from 'yaml';
import { KRAFT_LAYOUT } from '../data/kconfig-layout';
import { dirOf, joinPath, readKconfigTree, unikraftVariables, type KconfigHost, type KconfigTree } from './kconfig-lang';
import type { KraftfileModel } from './model';
import type { KraftfileDoc } from './parse';
import { bytesAt, entriesAt, type WorkspaceFacts, type WorkspaceRequest } from './workspace';
import { lastEntry, mapEntries } from './yaml-nodes';

/** The largest Config.uk read (Unikraft's largest, lib/vfscore, is under 25 KB). */
export const KCONFIG_MAX_FILE_BYTES = 128 * 1024;

/** What was found of one component in the workspace. */
export interface WorkspaceComponent {
	readonly kind: 'unikraft' | 'library' | 'app';
	/** The library's name as the Kraftfile writes it (for `library`). */
	readonly name?: string;
	/** Its folder, relative to the Kraftfile's. */
	readonly dir: string;
	/** `true`: its Config.uk was read; `false`: it has none; `undefined`: not known yet (or could not be read). */
	readonly present?: boolean;
}

/** The workspace's Kconfig tree, as far as the facts go. */
export interface WorkspaceKconfig {
	/** The trees read (from the core's Config.uk, or else the application's and libraries'), paths under WORKSPACE_ROOT (see workspaceFile). */
	readonly trees: readonly KconfigTree[];
	readonly components: readonly WorkspaceComponent[];
	/** The core's version from its `version.mk` (`0.17.0`), when that was read. */
	readonly version?: string;
	/** True when every file the tree needs was read whole (nothing unknown, nothing cut off). */
	readonly complete: boolean;
	/** What the facts lack: for the adapter to gather. */
	readonly requests: readonly WorkspaceRequest[];
}

/** The library names the Kraftfile lists (`libraries:` keys, any form), in order. */
export function libraryNames(parsed: KraftfileDoc, model: KraftfileModel): string[] {
	const doc = parsed.doc;
	const entry = doc && model.top.entries ? lastEntry(model.top.entries, 'libraries') : undefined;
	if (!doc || !entry || !isMap(entry.value)) return [];
	return mapEntries(doc, entry.value)
		.map((e) => e.key)
		.filter((k): k is string => typeof k === 'string' && k !== '' && !k.includes('/') && !k.includes('\\') && k !== '..' && k !== '.');
}

/**
 * The trees are read with absolute paths under this made-up root (Kconfig's `source` lines
 * name `$(UK_BASE)/…`, which must be absolute to be read as written), the Kraftfile's folder
 * being the root itself; `workspaceFile` turns them back into workspace paths.
 */
export const WORKSPACE_ROOT = '/kraftfile-workspace';

/** A tree's path as a workspace path (relative to the Kraftfile's folder); undefined for one outside it. */
export function workspaceFile(path: string): string | undefined {
	if (path === WORKSPACE_ROOT) return '.';
	return path.startsWith(`${WORKSPACE_ROOT}/`) ? path.slice(WORKSPACE_ROOT.length + 1) : undefined;
}

const abs = (path: string): string => (path === '.' ? WORKSPACE_ROOT : `${WORKSPACE_ROOT}/${path}`);

const decoder = new TextDecoder('utf-8', { fatal: false });
const byFacts = new WeakMap<ReadonlyMap<string, unknown>, Map<string, WorkspaceKconfig>>();
/** Trees by the content of every file they read, so that facts gathered again but unchanged are not parsed again. */
const byContent = new Map<string, WorkspaceKconfig>();
const BY_CONTENT_MAX = 8;

/**
 * Reads the workspace's Kconfig tree for a Kraftfile listing `libraries`. Cached by the
 * facts (the same gathered answers give the same object) and by content. Never throws.
 */
export function workspaceKconfig(facts: WorkspaceFacts | undefined, libraries: readonly string[]): WorkspaceKconfig {
	const answers = facts?.answers ?? new Map();
	let cached = byFacts.get(answers);
	if (!cached) byFacts.set(answers, (cached = new Map()));
	const libs = libraries.join('\u0000');
	let result = cached.get(libs);
	if (result) return result;
	// Facts gathered again but the same: the tree already read.
	const key = `${libs}\u0001${contentKey(facts)}`;
	result = byContent.get(key);
	if (!result) {
		result = read(facts, libraries);
		if (byContent.size >= BY_CONTENT_MAX) byContent.delete(byContent.keys().next().value!);
		byContent.set(key, result);
	}
	cached.set(libs, result);
	return result;
}

function read(facts: WorkspaceFacts | undefined, libraries: readonly string[]): WorkspaceKconfig {
	const requests = new Map<string, WorkspaceRequest>();
	let complete = true;
	const host: KconfigHost = {
		readFile(absolute) {
			const path = workspaceFile(absolute);
			if (path === undefined) return undefined;
			// A file in a folder whose listing is known is looked up there first: no request for a name that is not there.
			const listing = entriesAt(facts, dirOf(path));
			if (listing === null) return undefined;
			if (listing) {
				const name = path.slice(path.lastIndexOf('/') + 1);
				if (!listing.some(([n, t]) => n === name && t === 'file')) return undefined;
			}
			const got = bytesAt(facts, path);
			if (got === undefined) {
				complete = false;
				requests.set(`read:${path}`, { kind: 'read', path, maxBytes: KCONFIG_MAX_FILE_BYTES });
				return undefined;
			}
			if (got === null) return undefined;
			if (got.truncated) {
				complete = false;
				return undefined;
			}
			return decoder.decode(got.bytes);
		},
		listDir(absolute) {
			const dir = workspaceFile(absolute);
			if (dir === undefined) return [];
			const listing = entriesAt(facts, dir);
			if (listing === undefined) {
				complete = false;
				requests.set(`list:${dir}`, { kind: 'list', path: dir });
				return [];
			}
			return (listing ?? []).map(([n]) => n);
		},
	};
	const core = KRAFT_LAYOUT.core;
	const libDirs = libraries.map((name) => joinPath(KRAFT_LAYOUT.libraries, name));
	const components: WorkspaceComponent[] = [];
	const presence = (dir: string): boolean | undefined => {
		const listing = entriesAt(facts, dir);
		if (listing === undefined) {
			requests.set(`list:${dir}`, { kind: 'list', path: dir });
			complete = false;
			return undefined;
		}
		if (listing === null || !listing.some(([n, t]) => n === 'Config.uk' && t === 'file')) return false;
		const got = bytesAt(facts, joinPath(dir, 'Config.uk'));
		return got ? !got.truncated : got === null ? false : undefined;
	};
	const corePresent = presence(core);
	components.push({ kind: 'unikraft', dir: core, ...(corePresent !== undefined ? { present: corePresent } : {}) });
	libraries.forEach((name, i) => {
		const p = presence(libDirs[i]!);
		components.push({ kind: 'library', name, dir: libDirs[i]!, ...(p !== undefined ? { present: p } : {}) });
	});
	const appPresent = presence(KRAFT_LAYOUT.app);
	components.push({ kind: 'app', dir: KRAFT_LAYOUT.app, ...(appPresent !== undefined ? { present: appPresent } : {}) });

	let version: string | undefined;
	const trees: KconfigTree[] = [];
	if (corePresent !== false) {
		const versionFile = bytesAt(facts, joinPath(core, KRAFT_LAYOUT.versionFile));
		if (versionFile === undefined) requests.set(`read:${core}/${KRAFT_LAYOUT.versionFile}`, { kind: 'read', path: joinPath(core, KRAFT_LAYOUT.versionFile), maxBytes: 4096 });
		else if (versionFile) version = versionOf(decoder.decode(versionFile.bytes));
		const present = libDirs.filter((_, i) => components[i + 1]!.present !== false);
		const tree = readKconfigTree({ root: abs(joinPath(core, 'Config.uk')), host, variables: unikraftVariables(abs(core), host, { app: abs(KRAFT_LAYOUT.app), libraries: present.map(abs) }) });
		// A file that could not be followed (`cannot be read`, a command not known): not the whole tree.
		if (tree.problems.length > 0) complete = false;
		if (corePresent) trees.push(tree);
	}
	if (corePresent === false) {
		// No core: the application's and the libraries' own files, each on its own.
		for (const dir of [...libDirs, KRAFT_LAYOUT.app]) {
			const t = readKconfigTree({ root: abs(joinPath(dir, 'Config.uk')), host, variables: {} });
			if (t.definitions.length > 0) trees.push(t);
		}
	}
	return { trees, components, ...(version !== undefined ? { version } : {}), complete: complete && requests.size === 0, requests: [...requests.values()] };
}

/** A key of every read and listing gathered (the facts hold nothing else of size). */
function contentKey(facts: WorkspaceFacts | undefined): string {
	const parts: string[] = [];
	for (const [k, a] of facts?.answers ?? []) {
		if (a.kind === 'read') parts.push(k, a.bytes ? `${a.bytes.length}:${a.truncated}:${hashBytes(a.bytes)}` : '-');
		else if (a.kind === 'list') parts.push(k, a.entries ? a.entries.map(([n, t]) => `${n}:${t}`).join('/') : '-');
		else if (a.kind === 'unknown') parts.push(k, '?');
	}
	return parts.join('\u0000');
}

/** `0.17.0` from the `UK_VERSION`, `UK_SUBVERSION` and `UK_EXTRAVERSION` lines of a version.mk. */
export function versionOf(text: string): string | undefined {
	const get = (name: string) => new RegExp(`^\\s*${name}\\s*[:?]?=[ \\t]*([0-9A-Za-z.~+-]*)`, 'm').exec(text)?.[1];
	const major = get('UK_VERSION');
	const minor = get('UK_SUBVERSION');
	if (!major || !minor) return undefined;
	const patch = get('UK_EXTRAVERSION');
	return `${major}.${minor}${patch ? `.${patch}` : ''}`;
}

/** FNV-1a: a content key, not a security measure. */
function hashBytes(b: Uint8Array): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b[i]!, 0x01000193);
	return (h >>> 0).toString(36);
}
