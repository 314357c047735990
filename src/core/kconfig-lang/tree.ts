// SPDX-License-Identifier: Apache-2.0
// Reads a whole Kconfig tree: a root file and every file its `source` lines name, through
// a host that supplies files and folder listings (the reader itself opens nothing). The
// generated menus of Unikraft's top Config.uk are found as its scripts find them
// (submenu.ts). Bounded by KCONFIG_LIMITS: files, depth of `source`, tokens.
import type { KconfigExpr } from './expr';
import { parseKconfig } from './parse';
import { dirOf, expandVariables, joinPath, macroEnd, normalizePath } from './paths';
import { interpretSubmenu, type KconfigHost } from './submenu';
import { KCONFIG_LIMITS, type KconfigChoice, type KconfigDefinition, type KconfigPosition, type KconfigProblem, type KconfigSourceRequest } from './types';

export interface KconfigTreeOptions {
	/** The root file (Unikraft's `<base>/Config.uk`, or a library's). */
	readonly root: string;
	readonly host: KconfigHost;
	/** The variables `$(NAME)` expands to (unikraftVariables() for a Unikraft tree). */
	readonly variables?: Readonly<Record<string, string>>;
	/** Lower bounds than KCONFIG_LIMITS, for tests. */
	readonly limits?: { readonly maxFiles?: number; readonly maxSourceDepth?: number; readonly maxTreeTokens?: number };
}

export interface KconfigTree {
	readonly root: string;
	/** Every file read, in the order read (a file sourced twice is listed twice, as Kconfig reads it twice). */
	readonly files: readonly string[];
	/** Every definition, in Kconfig's order (a sourced file's where its `source` line is). */
	readonly definitions: readonly KconfigDefinition[];
	readonly choices: readonly KconfigChoice[];
	readonly problems: readonly KconfigProblem[];
	readonly tokens: number;
}

/** Reads a tree. Never throws; a file that cannot be read or a source it cannot follow is a problem. */
export function readKconfigTree(options: KconfigTreeOptions): KconfigTree {
	const limits = { maxFiles: Math.min(options.limits?.maxFiles ?? Infinity, KCONFIG_LIMITS.maxFiles), maxSourceDepth: Math.min(options.limits?.maxSourceDepth ?? Infinity, KCONFIG_LIMITS.maxSourceDepth), maxTreeTokens: Math.min(options.limits?.maxTreeTokens ?? Infinity, KCONFIG_LIMITS.maxTreeTokens) };
	const variables = options.variables ?? {};
	const host = options.host;
	const files: string[] = [];
	const choices: KconfigChoice[] = [];
	const problems: KconfigProblem[] = [];
	let tokens = 0;
	let stopped = false;
	const srcDir = dirOf(options.root);

	const read = (path: string): string | undefined => {
		try {
			return host.readFile(path);
		} catch {
			return undefined;
		}
	};
	const safeHost: KconfigHost = {
		readFile: read,
		listDir: (dir) => {
			try {
				return host.listDir(dir);
			} catch {
				return [];
			}
		},
	};

	const visit = (path: string, text: string, inherited: readonly KconfigExpr[], choice: number | undefined, stack: readonly string[]): KconfigDefinition[] => {
		files.push(path);
		const parsed = parseKconfig(text, path, { inherited, ...(choice !== undefined ? { choice: { index: choice } } : {}), choiceBase: choices.length, maxTokens: Math.max(0, limits.maxTreeTokens - tokens) });
		tokens += parsed.tokens;
		const base = choices.length;
		choices.push(...parsed.choices.map((c) => ({ ...c, members: [...c.members] })));
		problems.push(...parsed.problems);
		// Members of a choice the `source` line stood in (in another file).
		for (const d of parsed.definitions) if (d.choice !== undefined && d.choice < base) (choices[d.choice]!.members as string[]).push(d.name);
		const out: KconfigDefinition[] = [];
		let taken = 0;
		for (const s of parsed.sources) {
			out.push(...parsed.definitions.slice(taken, s.definitionsBefore));
			taken = s.definitionsBefore;
			for (const target of resolve(s, path)) {
				if (stopped) break;
				if (files.length >= limits.maxFiles) {
					problem(`More than ${limits.maxFiles} files; the rest are not read.`, s.position);
					stopped = true;
					break;
				}
				if (stack.length >= limits.maxSourceDepth) {
					problem(`source nested more than ${limits.maxSourceDepth} deep; ${target} is not read.`, s.position);
					continue;
				}
				if (stack.includes(target)) {
					problem(`${target} sources itself (through ${stack.length - stack.indexOf(target)} files); not read again.`, s.position);
					continue;
				}
				const sub = read(target);
				if (sub === undefined) {
					if (!s.keyword.startsWith('o')) problem(`${target} cannot be read.`, s.position);
					continue;
				}
				out.push(...visit(target, sub, s.inherited, s.choice, [...stack, target]));
			}
		}
		out.push(...parsed.definitions.slice(taken));
		return out;
	};

	const problem = (message: string, position: KconfigPosition) => problems.push({ message, position });

	/** The files a `source` line names: one path with its variables expanded, or what a generated menu would source. */
	const resolve = (s: KconfigSourceRequest, from: string): string[] => {
		const unknown: string[] = [];
		const expanded = expandVariables(s.path, (name) => variables[name], unknown);
		if (unknown.length > 0) {
			problem(`${s.keyword}: ${[...new Set(unknown)].join(', ')} not known; ${s.path} is not read.`, s.position);
			return [];
		}
		const shellAt = expanded.indexOf('$(shell,');
		if (shellAt >= 0) {
			const end = macroEnd(expanded, shellAt);
			const command = expanded.slice(shellAt + '$(shell,'.length, end < 0 ? expanded.length : end - 1);
			const result = interpretSubmenu(command, safeHost, variables);
			if (!result) problem(`${s.keyword}: the command ${command.split(' ')[0]} is not run, and what it generates is not known.`, s.position);
			return [...(result?.files ?? [])];
		}
		if (expanded.includes('$(')) {
			problem(`${s.keyword}: ${s.path} uses a function that is not known.`, s.position);
			return [];
		}
		const relativeTo = s.keyword === 'rsource' || s.keyword === 'orsource' ? dirOf(from) : srcDir;
		return [joinPath(relativeTo, expanded)];
	};

	const root = normalizePath(options.root);
	const text = read(root);
	let definitions: KconfigDefinition[] = [];
	if (text === undefined) problems.push({ message: `${root} cannot be read.`, position: { file: root, offset: 0, line: 0, character: 0 } });
	else definitions = visit(root, text, [], undefined, [root]);
	return { root, files, definitions, choices, problems, tokens };
}

/** Definitions grouped by symbol name, in order. */
export function definitionsByName(definitions: readonly KconfigDefinition[]): Map<string, KconfigDefinition[]> {
	const map = new Map<string, KconfigDefinition[]>();
	for (const d of definitions) {
		const list = map.get(d.name);
		if (list) list.push(d);
		else map.set(d.name, [d]);
	}
	return map;
}
