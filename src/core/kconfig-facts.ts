// SPDX-License-Identifier: Apache-2.0
// What is known about the Kconfig options a Kraftfile sets, and where it comes from, best
// first: (1) the sources `kraft` fetched for the project, in the workspace
// (kconfig-workspace.ts), certain only when they are the release the Kraftfile asks for;
// (2) the bundled index (src/data/kconfig-index.json), which the adapter passes in as
// `AnalysisOptions.kconfigIndex` and which is read only when this is first asked.
// Help texts come only from the workspace: Unikraft's prose is not bundled.
//
// Hover, completion and the kconfig-options rule read this; nothing here reports.
import type { Analysis } from './analysis';
import { kconfigBlocks } from './kconfig';
import { definitionsByName, exprText, indexOption, symbolOfConfigName, type IndexVariant, type KconfigChoice, type KconfigDefinition, type KconfigIndex, type KconfigPosition, type KconfigTree, type KconfigType } from './kconfig-lang';
import { libraryNames, workspaceFile, workspaceKconfig, type WorkspaceKconfig } from './kconfig-workspace';
import { compareRelease, formatRelease, parseRelease, type ReleaseInEffect } from './release';

/** Where an answer came from, and how far it can be trusted. */
export interface KconfigFactsSource {
	readonly kind: 'workspace' | 'index';
	/**
	 * Workspace: the core's version from its version.mk (`0.17.0`), if read. Index: the
	 * revisions the answer holds for, by tree id (`unikraft@RELEASE-0.17.0`, `lib-musl@fd1abc92`).
	 */
	readonly revisions: readonly string[];
	/**
	 * Workspace: the sources are the release the Kraftfile asks for, complete. Index: the
	 * release in effect is one the index has, and the answer is from it.
	 */
	readonly certain: boolean;
	/** One sentence for a hover: which sources, which revision, and why (not) certain. */
	readonly note: string;
}

/** A `value if condition` pair, conditions as Kconfig text. */
export interface KconfigFactsConditional {
	readonly value: string;
	readonly if?: string;
}

/** The facts of one definition of an option. */
export interface KconfigOptionFacts {
	/** The symbol, without `CONFIG_`. */
	readonly name: string;
	readonly type?: KconfigType;
	readonly prompt?: KconfigFactsConditional;
	readonly defaults: readonly KconfigFactsConditional[];
	/** Everything it depends on (enclosing `if`s, menus, choices, then its own `depends on`), as one expression. */
	readonly dependsOn?: string;
	readonly selects: readonly KconfigFactsConditional[];
	readonly implies: readonly KconfigFactsConditional[];
	/** The options that `select` it (`value`: their name; `if`: the select's own condition). */
	readonly selectedBy: readonly KconfigFactsConditional[];
	readonly impliedBy: readonly KconfigFactsConditional[];
	readonly ranges: readonly { readonly low: string; readonly high: string; readonly if?: string }[];
	/** The choice it is a member of: its prompt and members. */
	readonly choice?: { readonly prompt?: string; readonly members: readonly string[] };
	/** Only from the workspace's sources. */
	readonly help?: string;
	/** A `menuconfig`. */
	readonly menu: boolean;
	/** Workspace: relative to the Kraftfile's folder. Index: relative to the tree's root in `repo` at `rev`. */
	readonly file: string;
	/** 1-based. */
	readonly line: number;
	/** Workspace only: where the name is written (0-based; `file` relative to the Kraftfile's folder), for go-to-definition. */
	readonly position?: KconfigPosition;
	/** Index only: the repository and revision of `file` (the first tree listed), for a link. */
	readonly repo?: string;
	readonly rev?: string;
	/** Index only: the trees this definition is in, by id. */
	readonly trees: readonly string[];
}

export interface KconfigLookup {
	/** The symbol, without `CONFIG_`. */
	readonly name: string;
	/** One per place it is defined (an option may be defined twice, or differ between revisions). */
	readonly definitions: readonly KconfigOptionFacts[];
	readonly source: KconfigFactsSource;
}

/** How a tree id reads in a sentence: `unikraft@RELEASE-0.17.0` → `Unikraft v0.17.0`, `lib-musl@fd1abc92` → `lib-musl at fd1abc92`. */
export function treeName(id: string): string {
	const m = /^unikraft@RELEASE-(.+)$/.exec(id);
	if (m) return `Unikraft v${m[1]}`;
	const [repo, rev] = id.split('@');
	return repo === 'unikraft' ? `Unikraft at ${rev}` : `${repo} at ${rev}`;
}

export interface KconfigFacts {
	/** The workspace's tree, when any was found (see `workspaceCertain`). */
	readonly workspace?: WorkspaceKconfig;
	/** The workspace's sources are complete and the release the Kraftfile asks for. */
	readonly workspaceCertain: boolean;
	/** What the workspace's sources are, in one sentence (version and certainty); undefined when there are none. */
	readonly workspaceNote?: string;
	/** The bundled index, if the adapter gave one and it loaded. */
	readonly index?: KconfigIndex;
	/** The index's trees of Unikraft's core for the release in effect, by id; empty when it has none of them. */
	readonly releaseTrees: readonly string[];
	/** The release in effect is one the index has (every release it may mean, and nothing newer). */
	readonly releaseCovered: boolean;
	/** An option by name, with or without `CONFIG_`; undefined when no source knows it. */
	lookup(name: string): KconfigLookup | undefined;
	/** Every option name (without `CONFIG_`) the best source knows, sorted: the workspace's when certain, else the workspace's and the index's for the release. */
	names(): readonly string[];
	/** Whether any tree of the index defines `name` (without `CONFIG_`), in any revision. */
	inIndex(name: string): boolean;
}

type FactsInput = Pick<Analysis, 'parsed' | 'model' | 'release' | 'options'>;

const cache = new WeakMap<object, KconfigFacts>();

/**
 * The facts for one analysis, computed on first use and kept with it. Loads the bundled
 * index (through `options.kconfigIndex`) on this first use only: callers ask only for a
 * Kraftfile that has kconfig. Never throws.
 */
export function kconfigFacts(analysis: FactsInput): KconfigFacts {
	let facts = cache.get(analysis.model);
	if (!facts) cache.set(analysis.model, (facts = build(analysis)));
	return facts;
}

/** Whether the Kraftfile has any `kconfig` block (map or list, empty or not). */
export function hasKconfig(analysis: Pick<Analysis, 'parsed' | 'model'>): boolean {
	return kconfigBlocks(analysis.parsed, analysis.model).length > 0;
}

/**
 * Facts from the index alone, by index, for the last release context: without workspace
 * sources they depend on nothing else, and a file's every keystroke would build them again.
 */
const indexOnly = new WeakMap<KconfigIndex, { key: string; facts: KconfigFacts }>();

function build(analysis: FactsInput): KconfigFacts {
	const { release, options } = analysis;
	let index: KconfigIndex | undefined;
	try {
		index = options.kconfigIndex?.();
	} catch {
		index = undefined;
	}
	const ws = options.workspace ? workspaceKconfig(options.workspace, libraryNames(analysis.parsed, analysis.model)) : undefined;
	const workspace = ws && ws.trees.some((t) => t.definitions.length > 0) ? ws : undefined;
	if (workspace || !index) return buildWith(release, index, workspace);
	const key = JSON.stringify([release.form, release.releases, release.newer, release.unknown, release.version, release.written, release.branch?.name]);
	const kept = indexOnly.get(index);
	if (kept && kept.key === key) return kept.facts;
	const facts = buildWith(release, index, undefined);
	indexOnly.set(index, { key, facts });
	return facts;
}

function buildWith(release: ReleaseInEffect, index: KconfigIndex | undefined, workspace: WorkspaceKconfig | undefined): KconfigFacts {
	const workspaceCertain = !!workspace && isCertain(workspace, release);
	const workspaceNote = workspace ? noteOf(workspace, release, workspaceCertain) : undefined;

	const { releaseTrees, releaseCovered } = treesFor(index, release);
	const wsByName = new Map<string, { def: KconfigDefinition; tree: KconfigTree }[]>();
	for (const tree of workspace?.trees ?? []) {
		for (const [name, defs] of definitionsByName(tree.definitions)) {
			const list = wsByName.get(name) ?? [];
			// A file sourced twice defines its options twice at the same place: once is enough.
			for (const def of defs) if (!list.some((x) => x.def.position.file === def.position.file && x.def.position.line === def.position.line)) list.push({ def, tree });
			wsByName.set(name, list);
		}
	}
	const wsReverse = workspace ? reverseOfWorkspace(workspace.trees) : undefined;
	const libraryTrees = index ? index.trees.filter((t) => t.kind === 'library').map((t) => t.id) : [];
	const wanted = new Set([...releaseTrees, ...libraryTrees]);

	const wsSource: KconfigFactsSource | undefined = workspace && {
		kind: 'workspace',
		revisions: workspace.version !== undefined ? [workspace.version] : [],
		certain: workspaceCertain,
		note: workspaceNote!,
	};

	const looked = new Map<string, KconfigLookup | undefined>();
	const lookup = (raw: string): KconfigLookup | undefined => {
		const name = symbolOfConfigName(raw) ?? raw;
		if (looked.has(name)) return looked.get(name);
		const answer = lookupUncached(name);
		looked.set(name, answer);
		return answer;
	};
	// An answer from the index depends only on the index, the trees and the release: kept
	// across analyses (every keystroke in a file with 100 options would make them again).
	const indexContext = index ? `${[...wanted].sort().join(' ')}\u0001${releaseTrees.join(' ')}\u0001${releaseCovered}\u0001${release.written ?? formatRelease(release.version)}` : '';
	const lookupUncached = (name: string): KconfigLookup | undefined => {
		const ws = wsByName.get(name);
		if (ws && wsSource) return { name, source: wsSource, definitions: ws.map(({ def, tree }) => fromWorkspace(def, tree, wsReverse!)) };
		if (!index) return undefined;
		let kept = indexLookups.get(index);
		if (!kept || kept.context !== indexContext) indexLookups.set(index, (kept = { context: indexContext, byName: new Map() }));
		if (kept.byName.has(name)) return kept.byName.get(name);
		const answer = fromIndexLookup(name);
		kept.byName.set(name, answer);
		return answer;
	};
	const fromIndexLookup = (name: string): KconfigLookup | undefined => {
		if (!index) return undefined;
		const all = indexOption(index, name);
		if (all.length === 0) return undefined;
		const inRelease = all.filter((v) => v.in.some((t) => wanted.has(index!.trees[t]!.id)));
		const chosen = inRelease.length > 0 ? inRelease : all;
		const revisions = [...new Set(chosen.flatMap((v) => v.in.map((t) => index!.trees[t]!.id)))].filter((id) => inRelease.length === 0 || wanted.has(id));
		// A library's tree in the index is one revision of it, not necessarily the one kraft fetches: never certain.
		const certain = releaseCovered && inRelease.some((v) => v.in.some((t) => releaseTrees.includes(index!.trees[t]!.id)));
		return {
			name,
			definitions: chosen.map((v) => fromIndex(name, v, index!)),
			source: { kind: 'index', revisions, certain, note: indexNote(index, revisions, certain, release, releaseCovered, inRelease.length > 0) },
		};
	};

	let names: readonly string[] | undefined;
	return {
		...(workspace ? { workspace } : {}),
		workspaceCertain,
		...(workspaceNote ? { workspaceNote } : {}),
		...(index ? { index } : {}),
		releaseTrees,
		releaseCovered,
		lookup,
		names() {
			if (names) return names;
			// The index alone: the same array for every analysis, so that what is derived from it (did-you-mean) can be kept.
			if (wsByName.size === 0 && index) return (names = sortedOnce(indexNames(index, [...wanted])));
			const set = new Set(wsByName.keys());
			if (!workspaceCertain && index) for (const n of indexNames(index, [...wanted])) set.add(n);
			return (names = [...set].sort());
		},
		inIndex: (name) => !!index && indexOption(index, name).length > 0,
	};
}

/** Index answers of the last context (trees and release) per index; see `lookupUncached`. */
const indexLookups = new WeakMap<KconfigIndex, { context: string; byName: Map<string, KconfigLookup | undefined> }>();

const sorted = new WeakMap<readonly string[], readonly string[]>();

/** `names` sorted, made once per array. */
function sortedOnce(names: readonly string[]): readonly string[] {
	let s = sorted.get(names);
	if (!s) sorted.set(names, (s = [...names].sort()));
	return s;
}

const namesCache = new WeakMap<KconfigIndex, Map<string, readonly string[]>>();

/** The option names of the index defined in any of the trees `ids`, sorted; kept per index and set of trees. */
function indexNames(index: KconfigIndex, ids: readonly string[]): readonly string[] {
	let byKey = namesCache.get(index);
	if (!byKey) namesCache.set(index, (byKey = new Map()));
	const key = [...ids].sort().join(' ');
	let names = byKey.get(key);
	if (!names) {
		const wanted = new Set(ids.map((id) => index.trees.findIndex((t) => t.id === id)));
		names = Object.keys(index.options).filter((n) => index.options[n]!.some((v) => v.in.some((t) => wanted.has(t))));
		byKey.set(key, names);
	}
	return names;
}

const choiceCache = new WeakMap<KconfigIndex, Map<string, string[]>>();

/** The members of a choice in the index, by its prompt, file and a tree it is in. */
function choiceMembers(index: KconfigIndex, choice: string, file: string, tree: number): readonly string[] {
	let map = choiceCache.get(index);
	if (!map) {
		map = new Map();
		for (const [n, vs] of Object.entries(index.options)) {
			for (const v of vs) {
				if (v.choice === undefined) continue;
				for (const t of v.in) {
					const key = `${v.choice}\u0000${v.file}\u0000${t}`;
					const list = map.get(key) ?? [];
					if (!list.includes(n)) list.push(n);
					map.set(key, list);
				}
			}
		}
		choiceCache.set(index, map);
	}
	return map.get(`${choice}\u0000${file}\u0000${tree}`) ?? [];
}

const treesCache = new WeakMap<KconfigIndex, Map<string, { releaseTrees: string[]; releaseCovered: boolean }>>();

/** The core trees of the index for the release in effect, and whether they are all of it. */
function treesFor(index: KconfigIndex | undefined, release: ReleaseInEffect): { releaseTrees: string[]; releaseCovered: boolean } {
	if (!index) return { releaseTrees: [], releaseCovered: false };
	let byKey = treesCache.get(index);
	if (!byKey) treesCache.set(index, (byKey = new Map()));
	const key = `${release.unknown}${release.newer}${release.releases.map(formatRelease).join()}`;
	let r = byKey.get(key);
	if (!r) byKey.set(key, (r = treesForUncached(index, release)));
	return r;
}

function treesForUncached(index: KconfigIndex | undefined, release: ReleaseInEffect): { releaseTrees: string[]; releaseCovered: boolean } {
	if (!index) return { releaseTrees: [], releaseCovered: false };
	const byRelease = new Map(index.trees.filter((t) => t.kind === 'unikraft' && t.release).map((t) => [t.release!, t.id]));
	const ids = release.releases.map((r) => byRelease.get(formatRelease(r).slice(1)));
	const found = ids.filter((x): x is string => x !== undefined);
	const releaseCovered = !release.unknown && !release.newer && found.length > 0 && found.length === ids.length;
	if (found.length > 0) return { releaseTrees: found, releaseCovered };
	// A release the index does not have: its newest trees, as the nearest guess (never certain).
	const newest = index.trees.filter((t) => t.kind === 'unikraft').slice(-2).map((t) => t.id);
	return { releaseTrees: newest, releaseCovered: false };
}

/** The workspace's core is the release the Kraftfile asks for, and every file it needs was read. */
function isCertain(ws: WorkspaceKconfig, release: ReleaseInEffect): boolean {
	if (!ws.complete || ws.version === undefined) return false;
	if (ws.components.some((c) => c.kind !== 'app' && c.present !== true)) return false;
	const v = parseRelease(ws.version);
	if (!v) return false;
	if (release.origin === 'setting') return compareRelease(v, release.version) === 0;
	if (release.form === 'release' || release.form === 'minor') return release.releases.some((r) => compareRelease(r, v) === 0);
	// `stable` or no `unikraft`: the latest release when built, at least the latest known.
	if (release.form === 'stable' || release.form === 'absent') return compareRelease(v, release.version) >= 0;
	return false;
}

function noteOf(ws: WorkspaceKconfig, release: ReleaseInEffect, certain: boolean): string {
	const which = ws.version !== undefined ? `Unikraft ${ws.version}` : 'Unikraft of unknown version (no version.mk read)';
	if (certain) return `From the sources kraft fetched into this project (${which}, .unikraft/).`;
	const missing = ws.components.filter((c) => c.kind === 'library' && c.present !== true).map((c) => c.name!);
	const why = !ws.complete
		? 'not all of their files could be read yet'
		: missing.length > 0
			? `the libraries ${missing.join(', ')} are not in .unikraft/libs`
			: `the Kraftfile asks for ${release.written ?? formatRelease(release.version)}`;
	return `From the sources in this project's .unikraft/ (${which}); not certain: ${why}.`;
}

function indexNote(index: KconfigIndex, revisions: readonly string[], certain: boolean, release: ReleaseInEffect, covered: boolean, inRelease: boolean): string {
	const names = revisions.map(treeName);
	const shown = names.length > 3 ? `${names.slice(0, 2).join(', ')} … ${names[names.length - 1]}` : names.join(', ');
	if (certain) return `From the bundled index of Unikraft's Config.uk files (${shown}).`;
	const why = !inRelease ? `not defined in the revisions for ${release.written ?? formatRelease(release.version)}` : covered ? '' : `the index does not have ${release.written ?? formatRelease(release.version)}`;
	void index;
	return `From the bundled index (${shown})${why ? `; ${why}` : ''}.`;
}

const reverseCache = new WeakMap<object, Map<string, { selectedBy: KconfigFactsConditional[]; impliedBy: KconfigFactsConditional[] }>>();

function reverseOfWorkspace(trees: readonly KconfigTree[]): Map<string, { selectedBy: KconfigFactsConditional[]; impliedBy: KconfigFactsConditional[] }> {
	const key = trees[0] ?? trees;
	let map = reverseCache.get(key);
	if (map) return map;
	map = new Map();
	const entry = (n: string) => {
		let e = map!.get(n);
		if (!e) map!.set(n, (e = { selectedBy: [], impliedBy: [] }));
		return e;
	};
	const seen = new Set<string>();
	for (const t of trees) {
		for (const d of t.definitions) {
			const at = `${d.name}\u0000${d.position.file}\u0000${d.position.line}`;
			if (seen.has(at)) continue;
			seen.add(at);
			for (const s of d.selects) entry(s.value).selectedBy.push({ value: d.name, ...(s.if ? { if: exprText(s.if) } : {}) });
			for (const s of d.implies) entry(s.value).impliedBy.push({ value: d.name, ...(s.if ? { if: exprText(s.if) } : {}) });
		}
	}
	reverseCache.set(key, map);
	return map;
}

type Selector = KconfigFactsConditional & { readonly in: readonly number[] };
const indexReverse = new WeakMap<KconfigIndex, Map<string, { selectedBy: Selector[]; impliedBy: Selector[] }>>();

/** Who selects or implies option `name` in the index, in any of the trees `trees` (indexes into `index.trees`; all when absent). */
export function indexSelectors(index: KconfigIndex, name: string, trees?: readonly number[]): { readonly selectedBy: readonly KconfigFactsConditional[]; readonly impliedBy: readonly KconfigFactsConditional[] } {
	let map = indexReverse.get(index);
	if (!map) {
		map = new Map();
		for (const [n, variants] of Object.entries(index.options)) {
			for (const v of variants) {
				for (const [list, field] of [
					[v.selects, 'selectedBy'],
					[v.implies, 'impliedBy'],
				] as const) {
					for (const s of list ?? []) {
						let e = map.get(s[0]);
						if (!e) map.set(s[0], (e = { selectedBy: [], impliedBy: [] }));
						e[field].push({ value: n, ...(s[1] !== undefined ? { if: s[1] } : {}), in: v.in });
					}
				}
			}
		}
		indexReverse.set(index, map);
	}
	const e = map.get(name);
	const pick = (list: readonly Selector[] | undefined): KconfigFactsConditional[] => {
		const out: KconfigFactsConditional[] = [];
		for (const x of list ?? []) {
			if (trees && !x.in.some((t) => trees.includes(t))) continue;
			if (!out.some((o) => o.value === x.value && o.if === x.if)) out.push({ value: x.value, ...(x.if !== undefined ? { if: x.if } : {}) });
		}
		return out;
	};
	return { selectedBy: pick(e?.selectedBy), impliedBy: pick(e?.impliedBy) };
}

function cond(value: string, ifExpr: { if?: Parameters<typeof exprText>[0] }): KconfigFactsConditional {
	return { value, ...(ifExpr.if ? { if: exprText(ifExpr.if) } : {}) };
}

function fromWorkspace(d: KconfigDefinition, tree: KconfigTree, reverse: ReturnType<typeof reverseOfWorkspace>): KconfigOptionFacts {
	const choice: KconfigChoice | undefined = d.choice !== undefined ? tree.choices[d.choice] : undefined;
	const deps = [...d.inherited, ...d.dependsOn].map((e) => exprText(e));
	const r = reverse.get(d.name);
	return {
		name: d.name,
		...(d.type ? { type: d.type } : {}),
		...(d.prompt ? { prompt: cond(d.prompt.value, d.prompt) } : {}),
		defaults: d.defaults.map((x) => cond(exprText(x.value), x)),
		...(deps.length ? { dependsOn: deps.map((x) => (deps.length > 1 && /[|&]/.test(x) ? `(${x})` : x)).join(' && ') } : {}),
		selects: d.selects.map((x) => cond(x.value, x)),
		implies: d.implies.map((x) => cond(x.value, x)),
		selectedBy: r?.selectedBy ?? [],
		impliedBy: r?.impliedBy ?? [],
		ranges: d.ranges.map((x) => ({ low: exprText(x.low), high: exprText(x.high), ...(x.if ? { if: exprText(x.if) } : {}) })),
		...(choice ? { choice: { ...(choice.prompt ? { prompt: choice.prompt.value } : {}), members: choice.members } } : {}),
		...(d.help !== undefined ? { help: d.help } : {}),
		menu: d.kind === 'menuconfig',
		file: workspaceFile(d.position.file) ?? d.position.file,
		line: d.position.line + 1,
		position: { ...d.position, file: workspaceFile(d.position.file) ?? d.position.file },
		trees: [],
	};
}

function fromIndex(name: string, v: IndexVariant, index: KconfigIndex): KconfigOptionFacts {
	const first = index.trees[v.in[0]!]!;
	const r = indexSelectors(index, name, v.in);
	const c = (x: readonly [string] | readonly [string, string]): KconfigFactsConditional => ({ value: x[0], ...(x[1] !== undefined ? { if: x[1] } : {}) });
	const members = v.choice !== undefined ? choiceMembers(index, v.choice, v.file, v.in[0]!) : undefined;
	return {
		name,
		...(v.type ? { type: v.type as KconfigType } : {}),
		...(v.prompt ? { prompt: c(v.prompt) } : {}),
		defaults: (v.defaults ?? []).map(c),
		...(v.depends ? { dependsOn: v.depends } : {}),
		selects: (v.selects ?? []).map(c),
		implies: (v.implies ?? []).map(c),
		selectedBy: r.selectedBy,
		impliedBy: r.impliedBy,
		ranges: (v.ranges ?? []).map((x) => ({ low: x[0]!, high: x[1]!, ...(x[2] !== undefined ? { if: x[2] } : {}) })),
		...(v.choice !== undefined ? { choice: { ...(v.choice ? { prompt: v.choice } : {}), members: members! } } : {}),
		menu: v.menu === true,
		file: v.file,
		line: v.lines[0]!,
		repo: first.repo,
		rev: first.rev,
		trees: v.in.map((t) => index.trees[t]!.id),
	};
}
