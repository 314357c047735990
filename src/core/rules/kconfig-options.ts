// SPDX-License-Identifier: Apache-2.0
// Diagnostics: unknown-kconfig-option, renamed-kconfig-option, invalid-kconfig-value,
// kconfig-value-overridden. The Kconfig options a Kraftfile sets, against what is known of
// them (src/core/kconfig-facts.ts), only where that is certain:
//  - unknown-kconfig-option: a warning when the sources kraft fetched into the project are
//    complete and the release the Kraftfile asks for, and do not define it (Kconfig drops a
//    symbol it does not know from .config, silently); information from the bundled index
//    only for a name no indexed revision defines, only when the release in effect is one
//    the index has, and only for a name of a family the index has (`LIBUKDEBUG_…`): an
//    option of a library the index lacks says nothing.
//  - renamed-kconfig-option: an old name of KCONFIG_RENAMES (src/data/kconfig-renames.ts)
//    for a release from the rename on: a warning (the option is dropped); information when
//    the release is not known; nothing for an older release.
//  - invalid-kconfig-value: a value Kconfig does not take for the option's type (`true` or
//    `Y` for a bool, `abc` or `08` for an int), or an int/hex outside its unconditional
//    `range`: Kconfig warns while configuring and keeps the default, so the setting is lost
//    (src/data/kconfig-reading.ts). `'yes'` for a bool is taken, by its first letter:
//    information, with the value Kconfig writes as the fix.
//  - kconfig-value-overridden: `n` for an option that options the same build sets to `y`
//    select, unconditionally (directly or through a chain of selects): `select` wins over
//    the value. A warning when the first selector depends on nothing the file does not set;
//    information otherwise (it selects only if its dependencies hold).
// Asks for the sources `kraft` fetched into the project (src/core/kconfig-workspace.ts), only
// for a Kraftfile that has kconfig.
import { renameOf } from '../../data/kconfig-renames';
import { hasKconfig, kconfigFacts, treeName, type KconfigFacts, type KconfigLookup } from '../kconfig-facts';
import { symbolOfConfigName } from '../kconfig-lang';
import { libraryNames, workspaceKconfig } from '../kconfig-workspace';
import { writtenOptions, type WrittenOption } from '../kconfig-written';
import { compareRelease, describeRelease, parseRelease, type ReleaseInEffect } from '../release';
import { closest } from '../suggest';
import type { Diagnostic, Severity } from '../types';
import type { Rule } from './rule';

export const kconfigOptions: Rule = {
	codes: ['unknown-kconfig-option', 'renamed-kconfig-option', 'invalid-kconfig-value', 'kconfig-value-overridden'],
	requests(file) {
		if (!hasKconfig(file)) return [];
		return workspaceKconfig(file.options.workspace, libraryNames(file.parsed, file.model)).requests;
	},
	check(ctx) {
		const { parsed, model, release, report } = ctx;
		const options = writtenOptions(parsed, model);
		if (options.length === 0) return;
		const facts = kconfigFacts(ctx);
		if (!facts.workspace && !facts.index) return;
		for (const o of options) {
			const symbol = symbolOfConfigName(o.name);
			if (symbol === undefined) continue;
			const rename = renameOf(symbol);
			const known = facts.lookup(symbol);
			const inWorkspace = known?.source.kind === 'workspace';
			if (rename && !inWorkspace) {
				const d = renamed(o, symbol, rename.to, rename.since, facts, release);
				if (d) report(d);
				continue;
			}
			if (!known || (facts.workspaceCertain && !inWorkspace)) {
				const d = unknown(o, symbol, facts, release);
				if (d) report(d);
				continue;
			}
			const v = valueProblem(o, known);
			if (v) report(v);
		}
		for (const d of overridden(options, facts)) report(d);
	},
};

function renamed(o: WrittenOption, symbol: string, to: string, since: string, facts: KconfigFacts, release: ReleaseInEffect): Diagnostic | undefined {
	const from = parseRelease(since)!;
	let severity: Severity;
	if (facts.workspaceCertain) severity = 'warning';
	else if (release.unknown) severity = 'information';
	else if (release.releases.every((r) => compareRelease(r, from) >= 0)) severity = 'warning';
	else if (release.releases.every((r) => compareRelease(r, from) < 0) && !release.newer) return undefined;
	else severity = 'information';
	const newName = `CONFIG_${to}`;
	const when = severity === 'warning' ? `${describeRelease(release)} has no \`${o.name}\`` : `If this builds with Unikraft v${since} or later, \`${o.name}\` is not there`;
	return {
		code: 'renamed-kconfig-option',
		severity,
		message: `${when}: Unikraft v${since} renamed \`${symbol}\` to \`${to}\`, and Kconfig drops a name it does not know, so this setting is lost. Write \`${newName}\`.`,
		span: o.span,
		data: { kind: 'kconfig-name', nameSpan: o.nameSpan, names: [newName], rename: true },
	};
}

function unknown(o: WrittenOption, symbol: string, facts: KconfigFacts, release: ReleaseInEffect): Diagnostic | undefined {
	if (facts.workspaceCertain) {
		const near = nearby(symbol, facts.names()).map((n) => `CONFIG_${n}`);
		return {
			code: 'unknown-kconfig-option',
			severity: 'warning',
			message: `No Kconfig option \`${symbol}\` in the sources kraft fetched for this project (${facts.workspace?.version !== undefined ? `Unikraft ${facts.workspace.version}, ` : ''}.unikraft/ and Config.uk): Kconfig drops it from .config, silently.${near.length ? ` Did you mean ${near.map((n) => `\`${n}\``).join(', ')}?` : ''}`,
			span: o.span,
			data: { kind: 'kconfig-name', nameSpan: o.nameSpan, names: near },
		};
	}
	// The index: only a name no revision defines, for a release it has, of a family it has.
	if (!facts.index || !facts.releaseCovered || facts.inIndex(symbol) || facts.workspace?.trees.some((t) => t.definitions.some((d) => d.name === symbol))) return undefined;
	const family = familyOf(symbol);
	if (!familyKnown(facts, family)) return undefined;
	const near = nearby(symbol, facts.names());
	const nearNames = near.map((n) => `CONFIG_${n}`);
	return {
		code: 'unknown-kconfig-option',
		severity: 'information',
		message: `Unikraft's Config.uk files define no \`${symbol}\` in any release from v0.10.0 to v0.17.0 (the bundled index), and this file builds with ${describeRelease(release)}. Unless a library or the application defines it, Kconfig drops it.${nearNames.length ? ` Did you mean ${nearNames.map((n) => `\`${n}\``).join(', ')}?` : ''}`,
		span: o.span,
		data: { kind: 'kconfig-name', nameSpan: o.nameSpan, names: nearNames },
	};
}

/**
 * Did-you-mean answers by list of names (the same array while the sources do not change) and
 * symbol: an edit distance to each of ~900 names, for each unknown option, is most of the
 * cost of checking a file with many of them on every keystroke.
 */
const nearbyKept = new WeakMap<readonly string[], Map<string, readonly string[]>>();

function nearby(symbol: string, names: readonly string[]): readonly string[] {
	let bySymbol = nearbyKept.get(names);
	if (!bySymbol) nearbyKept.set(names, (bySymbol = new Map()));
	let near = bySymbol.get(symbol);
	if (!near) {
		if (bySymbol.size >= 1024) bySymbol.clear();
		bySymbol.set(symbol, (near = nearbyUncached(symbol, names)));
	}
	return near;
}

/** closest() over the names that can be close: an edit distance is at least the difference in length. */
function nearbyUncached(symbol: string, names: readonly string[]): string[] {
	const close = names.filter((n) => Math.abs(n.length - symbol.length) <= 3 || n.startsWith(symbol));
	// Names of the same family first (`LIBUKDEBUG_…`): a typo is most often in the rest; then any.
	const family = `${familyOf(symbol)}_`;
	const same = closest(symbol, close.filter((n) => n.startsWith(family)));
	return same.length > 0 ? same : closest(symbol, close);
}

/** `LIBUKDEBUG` of `LIBUKDEBUG_PRINTK`: the first word, which names the library or subsystem. */
function familyOf(symbol: string): string {
	const i = symbol.indexOf('_');
	return i < 0 ? symbol : symbol.slice(0, i);
}

const families = new WeakMap<object, Set<string>>();
function familyKnown(facts: KconfigFacts, family: string): boolean {
	const index = facts.index!;
	let set = families.get(index);
	if (!set) families.set(index, (set = new Set(Object.keys(index.options).map(familyOf))));
	// Generic first words name no library: `HAVE_…`, `CONFIG_…`; the rest do.
	return set.has(family);
}

/** The one type every definition agrees on, if the answer is certain. */
function certainType(known: KconfigLookup): string | undefined {
	if (!known.source.certain) return undefined;
	const types = new Set(known.definitions.map((d) => d.type));
	return types.size === 1 ? [...types][0] : undefined;
}

const BOOL_WORDS: Readonly<Record<string, string>> = { yes: 'y', true: 'y', on: 'y', no: 'n', false: 'n', off: 'n' };

function valueProblem(o: WrittenOption, known: KconfigLookup): Diagnostic | undefined {
	if (o.value === undefined || o.valueSpan === undefined) return undefined;
	const type = certainType(known);
	if (!type || type === 'string') return undefined;
	const value = o.block.form === 'list' ? o.value.trim() : o.value;
	const list = o.block.form === 'list';
	const symbol = known.name;
	const where = known.source.kind === 'workspace' ? 'in the sources kraft fetched' : `in ${known.source.revisions.map(treeName).join(', ')}`;
	const make = (message: string, normalized?: string, preferred?: boolean): Diagnostic => ({
		code: 'invalid-kconfig-value',
		severity: 'warning',
		message,
		span: list ? o.span : o.valueSpan!,
		data: { kind: 'kconfig-value', valueSpan: o.valueSpan!, ...(normalized !== undefined ? { normalized: list ? `${o.name}=${normalized}` : normalized, preferred: preferred === true } : {}) },
	});
	if (type === 'bool' || type === 'tristate') {
		// conf_set_sym_val reads the first character only, lower case (KCONFIG_READING_SOURCES).
		const ok = type === 'bool' ? ['y', 'n'] : ['y', 'm', 'n'];
		if (ok.includes(value)) return undefined;
		const first = value[0] ?? '';
		const word = BOOL_WORDS[value.toLowerCase()] ?? (ok.includes(value.toLowerCase()) ? value.toLowerCase() : undefined);
		const write = (v: string) => (list ? v : `'${v}'`);
		if (ok.includes(first)) {
			// `yes`, `no`: taken, by their first letter; said as advice only.
			return { ...make(`Kconfig reads only the first letter of \`${value}\`: \`${symbol}\` is set to \`${first}\`. Write \`${write(first)}\`, as Kconfig writes it.`, write(first), true), severity: 'information' };
		}
		const numeric = value === '1' ? 'y' : value === '0' ? 'n' : undefined;
		const normalized = word ?? numeric;
		return make(
			`\`${symbol}\` is a ${type} (${where}): Kconfig takes only ${ok.map((x) => `\`${x}\``).join(', ')} (by the first letter, lower case) and ignores \`${value}\`, keeping the default.${normalized ? ` Write \`${write(normalized)}\`.` : ''}`,
			normalized === undefined ? undefined : write(normalized),
			word !== undefined,
		);
	}
	if (type === 'int' || type === 'hex') {
		// A YAML number in a hex option is another check's business (unquoted hex read as a number).
		if (type === 'hex' && o.fromNumber) return undefined;
		const valid = type === 'int' ? /^-?(0|[1-9][0-9]*)$/.test(value) : /^(0[xX])?[0-9a-fA-F]+$/.test(value);
		if (!valid) {
			const trimmed = type === 'int' && /^-?0+[0-9]+$/.test(value) ? String(Number(value)) : undefined;
			return make(
				`\`${symbol}\` is ${type === 'int' ? 'an int' : 'a hex'} (${where}): Kconfig ignores \`${value}\`, which is not ${type === 'int' ? 'a decimal whole number (no leading zeros)' : 'a hexadecimal number'}, and keeps the default.`,
				trimmed,
				false,
			);
		}
		const n = type === 'int' ? Number(value) : Number.parseInt(value.replace(/^0[xX]/, ''), 16);
		const ranges = known.definitions.flatMap((d) => d.ranges.filter((r) => r.if === undefined));
		for (const r of ranges) {
			const low = literal(r.low, type);
			const high = literal(r.high, type);
			if (low === undefined || high === undefined || !Number.isSafeInteger(n)) continue;
			if (n < low || n > high)
				return make(`\`${symbol}\` takes ${r.low} to ${r.high} (\`range\`, ${where}): Kconfig does not keep \`${value}\`.`, undefined, false);
		}
	}
	return undefined;
}

function literal(text: string, type: string): number | undefined {
	if (type === 'int' && /^-?[0-9]+$/.test(text)) return Number(text);
	if (/^0[xX][0-9a-fA-F]+$/.test(text)) return Number.parseInt(text.slice(2), 16);
	if (type === 'hex' && /^[0-9]+$/.test(text)) return Number.parseInt(text, 16);
	return undefined;
}

/**
 * `n` where options set to `y` in the same build select it. A build is the kconfig of
 * `unikraft` and the libraries, with one target's own (each target is a build).
 */
function overridden(options: readonly WrittenOption[], facts: KconfigFacts): Diagnostic[] {
	const shared = options.filter((o) => o.block.scope !== 'target');
	const targets = [...new Set(options.filter((o) => o.block.scope === 'target').map((o) => o.block))];
	const builds = targets.length ? targets.map((b) => [...shared, ...options.filter((o) => o.block === b)]) : [shared];
	const out: Diagnostic[] = [];
	const seen = new Set<WrittenOption>();
	for (const build of builds) {
		// The last setting of a name wins (a target's over the global one).
		const last = new Map<string, WrittenOption>();
		for (const o of build) {
			const s = symbolOfConfigName(o.name);
			if (s !== undefined && o.value !== undefined) last.set(s, o);
		}
		const on = [...last].filter(([, o]) => value(o) === 'y').map(([s]) => s);
		// Only an `n` can be overridden: without one, no chain of selects is worth following.
		if (!on.length || ![...last.values()].some((o) => value(o) === 'n')) continue;
		// Who selects what, unconditionally, from what the file enables.
		const via = new Map<string, string>();
		const queue = [...on];
		for (const s of on) via.set(s, '');
		for (let next = 0; next < queue.length; next++) {
			const s = queue[next]!;
			for (const t of unconditionalSelects(facts, s)) {
				if (via.has(t)) continue;
				via.set(t, s);
				queue.push(t);
			}
		}
		for (const [s, o] of last) {
			if (value(o) !== 'n' || !via.has(s) || via.get(s) === '' || seen.has(o)) continue;
			const chain: string[] = [s];
			for (let x = via.get(s)!; x !== ''; x = via.get(x)!) chain.unshift(x);
			const first = chain[0]!;
			const deps = facts.lookup(first)?.definitions.map((d) => d.dependsOn);
			const depsMet = deps?.every((d) => d === undefined || conjunctionMet(d, on));
			seen.add(o);
			out.push({
				code: 'kconfig-value-overridden',
				severity: depsMet ? 'warning' : 'information',
				message: `\`${s}\` cannot be \`n\` here: this file sets \`${first}\` to \`y\`, and ${chain.slice(0, -1).map((x, i) => `\`${x}\` selects \`${chain[i + 1]}\``).join(', ')}; \`select\` wins over the value${depsMet ? '' : ` (if \`${first}\`'s dependencies hold)`}. Remove this line, or the option that selects it.`,
				span: o.span,
				data: { kind: 'kconfig-overridden', chain },
			});
		}
	}
	return out;
}

function value(o: WrittenOption): string | undefined {
	return o.block.form === 'list' ? o.value?.trim() : o.value;
}

/** The options `name` selects without a condition, in every definition the certain source has; none if not certain. */
function unconditionalSelects(facts: KconfigFacts, name: string): readonly string[] {
	const known = facts.lookup(name);
	if (!known?.source.certain || known.definitions.length === 0) return [];
	// Per answer: the index's answers are kept across analyses, and so is this.
	let selects = selectsOf.get(known);
	if (!selects) {
		const sets = known.definitions.map((d) => new Set(d.selects.filter((s) => s.if === undefined).map((s) => s.value)));
		selectsOf.set(known, (selects = [...sets[0]!].filter((s) => sets.every((x) => x.has(s)))));
	}
	return selects;
}

const selectsOf = new WeakMap<KconfigLookup, readonly string[]>();

/** `A && B && C` where each is a symbol the file sets to `y`. */
function conjunctionMet(expr: string, on: readonly string[]): boolean {
	return expr.split('&&').every((part) => {
		const p = part.trim().replace(/^\((.*)\)$/, '$1').trim();
		return /^[A-Za-z0-9_]+$/.test(p) && on.includes(p);
	});
}
