// SPDX-License-Identifier: Apache-2.0
// Unikraft's top Config.uk sources menus that a shell script writes at configure time:
// `source "$(shell,$(UK_BASE)/support/build/config-submenu.sh -r … -l … -c … -e …)"`
// from RELEASE-0.14.0 on, `$(shell,…/support/scripts/uk_build_configure.sh -p|-e|-a …)`
// before. Nothing is run here: the folders those scripts would list are found again from a
// directory listing, as the scripts find them, and the Makefile variables they are given
// (KCONFIG_LIB_DIR, KCONFIG_PLAT_BASE, …) are worked out as the Makefile of each release
// does. The scripts (unikraft/unikraft at eaf6fda1 and RELEASE-0.13.0) are not stored in
// ../shared/sources; what they do is described in the functions below.
import { joinPath, normalizePath, shellWords } from './paths';

/** What a reader may ask of the files it reads. Paths are absolute, with `/`. */
export interface KconfigHost {
	/** The text of a file, or undefined if there is none (or it cannot be read). */
	readFile(path: string): string | undefined;
	/** The names of the entries of a folder (files and folders), or none. */
	listDir(dir: string): readonly string[];
}

/** The files a generated menu sources, in order, and its title when the script writes a `menu`. */
export interface SubmenuResult {
	readonly files: readonly string[];
	readonly title?: string;
}

/** A folder's entries in a fixed order (a shell glob sorts them; plain code-point order keeps the result the same on every machine). */
function children(host: KconfigHost, dir: string): string[] {
	return [...host.listDir(dir)].sort().map((name) => joinPath(dir, name));
}

function hasConfig(host: KconfigHost, dir: string): boolean {
	return host.readFile(joinPath(dir, 'Config.uk')) !== undefined;
}

/**
 * The variables Unikraft's Makefile hands Kconfig for a tree at `base` (any release from
 * RELEASE-0.10.0 on), with no external platforms, libraries or application unless given.
 * Older releases pass space-separated folder lists (KCONFIG_LIB_DIR: every folder of lib/,
 * then lib/ itself; KCONFIG_PLAT_DIR: the folders of plat/ but common and drivers, then
 * plat/); newer ones pass base folders the script searches itself.
 */
export function unikraftVariables(base: string, host: KconfigHost, extra: { readonly app?: string; readonly libraries?: readonly string[]; readonly platforms?: readonly string[]; readonly excludes?: readonly string[] } = {}): Record<string, string> {
	const b = normalizePath(base);
	const libs = extra.libraries ?? [];
	const plats = extra.platforms ?? [];
	const app = extra.app ?? b;
	const defPlats = children(host, `${b}/plat`).filter((p) => !p.endsWith('/common') && !p.endsWith('/drivers'));
	return {
		UK_BASE: b,
		UK_APP: app,
		KCONFIG_DIR: `${b}/build/kconfig`,
		KCONFIG_LIB_BASE: `${b}/lib`,
		KCONFIG_PLAT_BASE: `${b}/plat`,
		KCONFIG_DRIV_BASE: `${b}/drivers`,
		KCONFIG_ELIB_DIRS: libs.join(':'),
		KCONFIG_EPLAT_DIRS: plats.join(':'),
		KCONFIG_EAPP_DIR: app === b ? '' : app,
		KCONFIG_EXCLUDEDIRS: (extra.excludes ?? []).join(':'),
		KCONFIG_LIB_DIR: [...children(host, `${b}/lib`), `${b}/lib`, ...libs].join(' '),
		KCONFIG_PLAT_DIR: [...defPlats, ...plats, `${b}/plat`].join(' '),
		KCONFIG_APP_DIR: app,
		KCONFIG_LIB_IN: `${b}/build/kconfig/libs.uk`,
		KCONFIG_PLAT_IN: `${b}/build/kconfig/plat.uk`,
		KCONFIG_APP_IN: `${b}/build/kconfig/app.uk`,
	};
}

/**
 * What a `$(shell,…)` in a `source` line would make Kconfig read, for the two Unikraft
 * scripts; undefined for any other command (the caller reports it).
 */
export function interpretSubmenu(command: string, host: KconfigHost, variables: Readonly<Record<string, string>>): SubmenuResult | undefined {
	const [script, ...args] = shellWords(command);
	const name = script?.slice(script.lastIndexOf('/') + 1);
	if (name === 'config-submenu.sh') return configSubmenu(args, host);
	if (name === 'uk_build_configure.sh') return ukBuildConfigure(args, host, variables);
	return undefined;
}

/** getopts: options with and without an argument, stopping at the first operand or `--`. */
function getopts(args: readonly string[], withArg: string): { opts: [string, string][]; rest: string[] } {
	const opts: [string, string][] = [];
	let i = 0;
	for (; i < args.length; i++) {
		const a = args[i]!;
		if (a === '--') {
			i++;
			break;
		}
		if (!a.startsWith('-') || a.length < 2) break;
		for (let j = 1; j < a.length; j++) {
			const o = a[j]!;
			if (withArg.includes(o)) {
				opts.push([o, j + 1 < a.length ? a.slice(j + 1) : (args[++i] ?? '')]);
				break;
			}
			opts.push([o, '']);
		}
	}
	return { opts, rest: args.slice(i) };
}

/**
 * support/build/config-submenu.sh: folders from `-r DIR` (every folder in DIR), `-l DIR`
 * and `-c A:B:…`, in the order given, then the operands; a folder is kept if it has a
 * Config.uk and is not listed in `-e A:B:…`; `-t TITLE` wraps the sources in a menu.
 */
function configSubmenu(args: readonly string[], host: KconfigHost): SubmenuResult {
	const { opts, rest } = getopts(args, 'tlrceo');
	const paths: string[] = [];
	const excludes: string[] = [];
	let title: string | undefined;
	for (const [o, v] of opts) {
		if (o === 't') title = v;
		else if (o === 'l') paths.push(v);
		else if (o === 'r' && v !== '') paths.push(...children(host, v));
		else if (o === 'c') paths.push(...v.split(':').filter((p) => p !== ''));
		else if (o === 'e') excludes.push(...v.split(':').filter((p) => p !== ''));
	}
	const excluded = new Set(excludes.map(normalizePath));
	const files: string[] = [];
	for (const p of [...paths, ...rest]) {
		if (p === '' || p === '/') continue;
		const dir = normalizePath(p);
		if (!hasConfig(host, dir) || excluded.has(dir)) continue;
		files.push(joinPath(dir, 'Config.uk'));
	}
	return { files, ...(title !== undefined ? { title } : {}) };
}

/**
 * support/scripts/uk_build_configure.sh (up to RELEASE-0.13.1): `-p LIST` and `-e LIST`
 * source the Config.uk of each folder of a space-separated list; `-a DIR` the
 * application's, unless the application is Unikraft itself (then only a comment).
 */
function ukBuildConfigure(args: readonly string[], host: KconfigHost, variables: Readonly<Record<string, string>>): SubmenuResult {
	const { opts } = getopts(args, 'aeop');
	let files: string[] = [];
	for (const [o, v] of opts) {
		if (o === 'a') {
			const app = normalizePath(v);
			if (v === '' || app === normalizePath(variables.UK_BASE ?? '')) return { files: [] };
			return { files: hasConfig(host, app) ? [joinPath(app, 'Config.uk')] : [] };
		}
		if (o === 'e' || o === 'p') {
			files = v
				.split(/\s+/)
				.filter((d) => d !== '')
				.map(normalizePath)
				.filter((d) => hasConfig(host, d))
				.map((d) => joinPath(d, 'Config.uk'));
		}
	}
	return { files };
}
