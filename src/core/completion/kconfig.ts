// SPDX-License-Identifier: Apache-2.0
// Kconfig option names and values, from the knowledge layer (src/core/kconfig-facts.ts).
// Names: those of the component whose block it is first (the library's own options under
// `libraries.<name>.kconfig`), then the rest; options whose dependencies this file turns
// off, and options without a prompt (Kconfig sets those itself), last and marked. Values by
// type: `y`/`n` quoted as the file quotes them, the defaults of a number, with its range.
import type { Analysis } from '../analysis';
import { kconfigFacts, type KconfigFacts, type KconfigOptionFacts } from '../kconfig-facts';
import { KconfigLexer } from '../kconfig-lang/lexer';
import { parseExpr, type KconfigExpr } from '../kconfig-lang/expr';
import { kconfigPlaces } from '../kconfig-places';
import { code } from '../words';
import type { CompletionItem } from './item';
import type { KconfigOwner, KconfigSlot } from './kconfig-context';
import { escapeChoice } from './style';
import { sort } from './values';

type NameSlot = Extract<KconfigSlot, { kind: 'kconfig-name' }>;
type ValueSlot = Extract<KconfigSlot, { kind: 'kconfig-value' }>;

/** How the file writes quoted values in the map form: `'y'` (the catalog's way) unless it writes `"y"` or plain `y`. */
function quoteStyle(analysis: Analysis): "'" | '"' | '' {
	const counts = { "'": 0, '"': 0, '': 0 };
	for (const p of kconfigPlaces(analysis)) {
		if (p.block.form !== 'map' || (p.written !== 'y' && p.written !== 'n')) continue;
		const c = p.source.trim()[0];
		counts[c === "'" || c === '"' ? c : '']++;
	}
	return counts['"'] > counts["'"] && counts['"'] >= counts[''] ? '"' : counts[''] > counts["'"] ? '' : "'";
}

/** The option names for a name slot, best first. */
export function kconfigNameItems(analysis: Analysis, slot: NameSlot): CompletionItem[] {
	const facts = kconfigFacts(analysis);
	const set = settings(analysis);
	const quote = quoteStyle(analysis);
	const ranked: { name: string; group: number; def: KconfigOptionFacts | undefined; off?: string }[] = [];
	for (const name of facts.names()) {
		if (slot.present.has(`CONFIG_${name}`)) continue;
		const def = facts.lookup(name)?.definitions[0];
		const off = def?.dependsOn ? offHere(def.dependsOn, set) : undefined;
		const group = !def?.prompt ? 3 : off ? 2 : ownedBy(def, slot.owner) ? 0 : 1;
		ranked.push({ name, group, def, ...(off ? { off } : {}) });
	}
	ranked.sort((a, b) => a.group - b.group || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	const source = sourceWords(facts);
	return ranked.map(({ name, group, def, off }, i) => {
		const label = `CONFIG_${name}`;
		const type = def?.type ?? 'no type';
		const detail = group === 3 ? `${type} · no prompt: Kconfig sets it itself` : off ? `${type} · depends on ${off}, off in this file` : type;
		const plain = slot.tail ? label : slot.form === 'map' ? `${label}: ` : `${label}=`;
		const snippet = slot.tail || !def ? undefined : `${label}${slot.form === 'map' ? ': ' : '='}${valueSnippet(def, slot.form === 'map' ? quote : '')}`;
		return {
			label,
			kind: 'key',
			detail,
			documentation: documentation(def, source),
			insertText: slot.lead + plain,
			...(snippet !== undefined ? { insertSnippet: slot.lead + snippet } : {}),
			replace: slot.replace,
			sortText: sort(group, i),
			filterText: label,
			...(!slot.tail && snippet === undefined ? { retrigger: true } : {}),
		} satisfies CompletionItem;
	});
}

/** The values for a value slot: by the option's type; nothing for an option no source knows. */
export function kconfigValueItems(analysis: Analysis, slot: ValueSlot): CompletionItem[] {
	const facts = kconfigFacts(analysis);
	const def = facts.lookup(slot.name)?.definitions[0];
	if (!def) return [];
	const quote = slot.form === 'map' && !slot.quoted ? quoteStyle(analysis) : '';
	const write = (v: string, q: string = quote) => slot.lead + (q ? `${q}${v}${q}` : v);
	const source = sourceWords(facts);
	const defaults = def.defaults.filter((d) => d.if === undefined).map((d) => d.value);
	const item = (value: string, i: number, detail: string, doc: string, text = write(value)): CompletionItem => ({
		label: value,
		kind: 'value',
		detail,
		documentation: `${doc}\n\n*${source}*`,
		insertText: text,
		replace: slot.replace,
		sortText: sort(0, i),
	});
	switch (def.type) {
		case 'bool':
		case 'tristate': {
			const others = def.choice ? def.choice.members.filter((m) => m !== def.name) : [];
			const on = def.choice ? `Picks ${code(def.name)} in the choice${def.choice.prompt ? ` *${def.choice.prompt}*` : ''}, over ${others.map((m) => code(m)).join(', ') || 'no other member'}.` : `Turns on${def.prompt ? ` *${def.prompt.value}*` : ` ${code(def.name)}`}.`;
			const mark = (v: string) => (defaults.includes(v) ? `${def.type} · the default` : def.type!);
			return [item('y', 0, mark('y'), on), item('n', 1, mark('n'), `Turns ${code(def.name)} off.`)];
		}
		case 'int':
		case 'hex': {
			const range = def.ranges.length ? ` · range ${def.ranges.map((r) => `${r.low}–${r.high}${r.if ? ` if ${r.if}` : ''}`).join(', ')}` : '';
			const values = [...new Set([...defaults, ...def.ranges.filter((r) => r.if === undefined).flatMap((r) => [r.low, r.high])].filter((v) => (def.type === 'int' ? /^-?\d+$/ : /^(0[xX])?[0-9a-fA-F]+$/).test(v)))];
			// A number is written plain in the map form (kraft writes an integer in decimal; a hex value as the string it is).
			return values.map((v, i) => item(v, i, `${def.type}${defaults.includes(v) ? ' · the default' : ''}${range}`, `Sets ${code(def.name)} to ${code(v)}.`, write(v, def.type === 'hex' ? quote : '')));
		}
		case 'string':
			return defaults.map((v, i) => {
				const s = v.replace(/^"(.*)"$/, '$1');
				return item(s, i, 'string · the default', `Sets ${code(def.name)} to ${code(s)}.`, write(s, slot.quoted ? '' : slot.form === 'map' ? '"' : ''));
			});
		default:
			return [];
	}
}

/** The component the option belongs to is the block's own: its library's sources, or Unikraft's core and the app for `unikraft` and a target. */
function ownedBy(def: KconfigOptionFacts, owner: KconfigOwner): boolean {
	if (owner.scope === 'library') return def.file.startsWith(`.unikraft/libs/${owner.library}/`) || def.trees.some((t) => t.startsWith(`lib-${owner.library}@`) || t.startsWith(`app-${owner.library}@`));
	return !def.file.startsWith('.unikraft/libs/') && (def.trees.length === 0 || def.trees.some((t) => t.startsWith('unikraft@')));
}

/** What the file sets, merged: `y`, `n` or another value. */
function settings(analysis: Analysis): ReadonlyMap<string, string> {
	const out = new Map<string, string>();
	for (const p of kconfigPlaces(analysis)) if (p.written !== undefined && p.name.startsWith('CONFIG_')) out.set(p.name.slice('CONFIG_'.length), p.written);
	return out;
}

const parsedDeps = new Map<string, KconfigExpr | null>();

/**
 * The symbol that makes `dependsOn` false with what the file sets (`n`), or undefined when
 * it is true or cannot be told (a symbol the file does not set, a comparison).
 */
function offHere(dependsOn: string, set: ReadonlyMap<string, string>): string | undefined {
	let expr = parsedDeps.get(dependsOn);
	if (expr === undefined) {
		const tokens = new KconfigLexer(dependsOn, 10_000).nextLine() ?? [];
		expr = parseExpr(tokens, 0, tokens.length, 100).expr ?? null;
		if (parsedDeps.size > 20_000) parsedDeps.clear();
		parsedDeps.set(dependsOn, expr);
	}
	if (!expr) return undefined;
	let culprit: string | undefined;
	// Kleene's three values: 2 y, 0 n, undefined not known.
	const value = (e: KconfigExpr): number | undefined => {
		switch (e.k) {
			case 'sym': {
				if (e.quoted) return undefined;
				if (e.name === 'y') return 2;
				if (e.name === 'n') return 0;
				const v = set.get(e.name);
				if (v === 'n') culprit ??= e.name;
				return v === 'y' ? 2 : v === 'n' ? 0 : undefined;
			}
			case 'not': {
				const v = value(e.e);
				return v === undefined ? undefined : 2 - v;
			}
			case 'and': {
				const a = value(e.a);
				const b = value(e.b);
				return a === 0 || b === 0 ? 0 : a === undefined || b === undefined ? undefined : Math.min(a, b);
			}
			case 'or': {
				const a = value(e.a);
				const b = value(e.b);
				return a === 2 || b === 2 ? 2 : a === undefined || b === undefined ? undefined : Math.max(a, b);
			}
			case 'cmp':
				return undefined;
		}
	};
	return value(expr) === 0 ? (culprit ?? dependsOn) : undefined;
}

/** The value part of a name's snippet: a choice of `y`/`n`, or the default as a placeholder. */
function valueSnippet(def: KconfigOptionFacts, quote: string): string {
	const q = (v: string) => (quote ? `${quote}${v}${quote}` : v);
	const dflt = def.defaults.find((d) => d.if === undefined)?.value;
	switch (def.type) {
		case 'bool':
		case 'tristate':
			return `\${1|${[q('y'), q('n')].map(escapeChoice).join(',')}|}`;
		case 'int':
			return `\${1:${escapePlaceholder(dflt && /^-?\d+$/.test(dflt) ? dflt : (def.ranges[0]?.low ?? '0'))}}`;
		case 'hex':
			return `${quote}\${1:${escapePlaceholder(dflt ?? '0x0')}}${quote}`;
		case 'string':
			return `${quote ? '"' : ''}\${1:${escapePlaceholder((dflt ?? '').replace(/^"(.*)"$/, '$1'))}}${quote ? '"' : ''}`;
		default:
			return '$1';
	}
}

function escapePlaceholder(text: string): string {
	return text.replace(/[\\$}]/g, '\\$&');
}

function documentation(def: KconfigOptionFacts | undefined, source: string): string {
	if (!def) return `*${source}*`;
	const parts: string[] = [];
	if (def.prompt) parts.push(def.prompt.value);
	const facts: string[] = [];
	const dflt = def.defaults.map((d) => `${code(d.value)}${d.if ? ` if ${code(d.if)}` : ''}`).join(', ');
	if (dflt) facts.push(`Default: ${dflt}`);
	if (def.dependsOn) facts.push(`Depends on: ${code(def.dependsOn)}`);
	if (def.ranges.length) facts.push(`Range: ${def.ranges.map((r) => code(`${r.low}–${r.high}`)).join(', ')}`);
	if (facts.length) parts.push(facts.join('  \n'));
	parts.push(`*${source}*`);
	return parts.join('\n\n');
}

/** Which sources the names come from, in a few words. */
function sourceWords(facts: KconfigFacts): string {
	if (facts.workspaceNote) return facts.workspaceNote;
	if (facts.index) return `From the bundled index (${facts.releaseTrees.join(', ')}${facts.releaseCovered ? '' : ', not certainly the release in effect'}).`;
	return 'No Kconfig sources known.';
}
