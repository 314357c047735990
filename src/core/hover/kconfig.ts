// SPDX-License-Identifier: Apache-2.0
// The hover of a Kconfig option in a `kconfig` block (`unikraft`, a library, a target; map
// or list form), and of the value written for it: from the knowledge layer
// (src/core/kconfig-facts.ts), which says where its answer came from. The first lines
// answer (what it is, its type, what the value written here does); the details follow.
// Help texts are shown only when they come from the sources in the workspace.
import type { Analysis } from '../analysis';
import { kconfigFacts, type KconfigFacts, type KconfigLookup, type KconfigOptionFacts } from '../kconfig-facts';
import { indexOption } from '../kconfig-lang';
import type { KconfigPlace } from '../kconfig-places';
import { code } from '../words';
import { KCONFIG_VALUE_SOURCES } from '../../data/kconfig-values';
import { href, sourcesLine } from './markdown';

/** Where the Kraftfile is, for links to the sources beside it. */
export interface KconfigHoverContext {
	/** The Kraftfile's URI (`file:///…/Kraftfile`); without it, workspace files are named, not linked. */
	readonly documentUri?: string;
}

/** Markdown for the option written at `place`; `on`: the name or the value. */
export function kconfigHover(analysis: Analysis, place: KconfigPlace, on: 'name' | 'value', context: KconfigHoverContext): string {
	const facts = kconfigFacts(analysis);
	const found = facts.lookup(place.name);
	if (!place.name.startsWith('CONFIG_')) {
		return [`**${code(place.name)}** · not a Kconfig option name`, `\`kraft\` writes the key into \`.config\` as it is; Kconfig reads only names that start with \`CONFIG_\`.${found ? ` Did you mean ${code(`CONFIG_${found.name}`)}?` : ''}`, sourcesLine(KCONFIG_VALUE_SOURCES)].join('\n\n');
	}
	if (!found) return unknownHover(place, facts);
	const def = found.definitions[0]!;
	const lead = [headLine(place.name, def), valueLine(place, def)].filter((x) => x !== '');
	if (on === 'value') return [...lead, sourceLine(found), sourcesLine(KCONFIG_VALUE_SOURCES)].join('\n\n');
	return [lead.join('  \n'), ...details(facts, found, def, context), sourceLine(found), sourcesLine(KCONFIG_VALUE_SOURCES)].join('\n\n');
}

/** `**`CONFIG_X`** · bool · *Prompt*` */
function headLine(name: string, def: KconfigOptionFacts): string {
	const type = def.type ?? 'no type';
	const prompt = def.prompt ? ` — ${escapeText(def.prompt.value)}` : ' — no prompt: Kconfig sets it itself, from its defaults and selects';
	return `**${code(name)}** · ${type}${def.menu ? ' (a menu)' : ''}${prompt}`;
}

/** What the value written here does. */
function valueLine(place: KconfigPlace, def: KconfigOptionFacts): string {
	const w = place.written;
	const here = code(place.source.trim() || '(none)');
	if (w === undefined) return `${here} here: \`kraft\` writes no value of this type.`;
	const line = code(`${place.name}=${w}`);
	switch (def.type) {
		case 'bool':
		case 'tristate': {
			const what = w === 'y' ? 'turns it on' : w === 'n' ? 'turns it off' : w === 'm' && def.type === 'tristate' ? 'builds it as a module' : `is not \`y\` or \`n\`: Kconfig ignores it`;
			const choice = w === 'y' && def.choice ? `, picking it in the choice *${escapeText(def.choice.prompt ?? 'choice')}*` : '';
			return `${here} here ${what}${choice} (\`kraft\` writes ${line}).`;
		}
		case 'int':
		case 'hex': {
			const ok = def.type === 'int' ? /^-?\d+$/.test(w) : /^(0[xX])?[0-9a-fA-F]+$/.test(w);
			const range = def.ranges.length ? `; range ${def.ranges.map(rangeText).join(', ')}` : '';
			return ok ? `${here} here sets it to ${code(w)}${range} (\`kraft\` writes ${line}).` : `${here} here is not ${def.type === 'int' ? 'a decimal integer' : 'a hex number'}: Kconfig ignores it${range}.`;
		}
		case 'string':
			return `${here} here sets it to ${code(w)} (\`kraft\` writes ${line}).`;
		default:
			return `\`kraft\` writes ${line}.`;
	}
}

function rangeText(r: KconfigOptionFacts['ranges'][number]): string {
	return `${code(`${r.low}–${r.high}`)}${r.if ? ` if ${code(r.if)}` : ''}`;
}

function details(facts: KconfigFacts, found: KconfigLookup, def: KconfigOptionFacts, context: KconfigHoverContext): string[] {
	const out: string[] = [];
	const conds = (list: KconfigOptionFacts['defaults']) => list.map((d) => `${code(d.value)}${d.if ? ` if ${code(d.if)}` : ''}`).join(', ');
	const rows: string[] = [];
	if (def.defaults.length) rows.push(`- **Default:** ${conds(def.defaults)}`);
	if (def.dependsOn) rows.push(`- **Depends on:** ${code(def.dependsOn)}`);
	if (def.selectedBy.length) rows.push(`- **Selected by:** ${short(def.selectedBy.map((s) => `${code(s.value)}${s.if ? ` if ${code(s.if)}` : ''}`))}`);
	if (def.impliedBy.length) rows.push(`- **Implied by:** ${short(def.impliedBy.map((s) => code(s.value)))}`);
	if (def.selects.length) rows.push(`- **Selects:** ${short(def.selects.map((s) => `${code(s.value)}${s.if ? ` if ${code(s.if)}` : ''}`))}`);
	if (def.ranges.length) rows.push(`- **Range:** ${def.ranges.map(rangeText).join(', ')}`);
	if (def.choice) rows.push(`- **Choice:** ${def.choice.prompt ? `*${escapeText(def.choice.prompt)}*: ` : ''}one of ${short(def.choice.members.map((m) => code(m)))}`);
	if (rows.length) out.push(rows.join('\n'));
	if (def.help !== undefined && def.help.trim() !== '') out.push(def.help.trim().split(/\n{2,}/).map(escapeText).join('\n\n'));
	out.push(`Defined in ${found.definitions.map((d) => where(inEffect(facts, found.name, d), context)).join(', ')}`);
	return out;
}

/**
 * An index definition's file and line in the tree of the release in effect, when it is
 * in that tree (the facts name the first tree it is in, often an older release).
 */
function inEffect(facts: KconfigFacts, name: string, d: KconfigOptionFacts): KconfigOptionFacts {
	const index = facts.index;
	if (!index || !d.repo) return d;
	const want = facts.releaseTrees.find((t) => d.trees.includes(t));
	if (!want) return d;
	const t = index.trees.findIndex((x) => x.id === want);
	const variant = indexOption(index, name).find((v) => v.file === d.file && v.in.includes(t));
	const line = variant?.lines[variant.in.indexOf(t)];
	const tree = index.trees[t];
	return line !== undefined && tree ? { ...d, line, repo: tree.repo, rev: tree.rev, trees: [want] } : d;
}

/** At most 8 names, then how many more. */
function short(list: readonly string[]): string {
	return list.length <= 8 ? list.join(', ') : `${list.slice(0, 8).join(', ')} and ${list.length - 8} more`;
}

/** `[lib/ukdebug/Config.uk:12](file:///…#L12)`, or a GitHub link for the index. */
function where(d: KconfigOptionFacts, context: KconfigHoverContext): string {
	const label = `${d.file}:${d.line}`.replace(/([[\]\\])/g, '\\$1');
	if (d.repo && d.rev) return `[${label}](${href(`https://github.com/${d.repo}/blob/${d.rev}/${d.file}`)}#L${d.line})${d.trees.length ? ` (${d.trees.length > 2 ? `${d.trees[0]} … ${d.trees[d.trees.length - 1]}` : d.trees.join(', ')})` : ''}`;
	const uri = context.documentUri ? besideUri(context.documentUri, d.file) : undefined;
	return uri ? `[${label}](${href(uri)}#L${d.line})` : code(`${d.file}:${d.line}`);
}

/** `file:///p/Kraftfile` and `.unikraft/x/Config.uk` → `file:///p/.unikraft/x/Config.uk` (the path's segments URI-encoded). */
export function besideUri(documentUri: string, relative: string): string | undefined {
	const cut = documentUri.replace(/[?#].*$/, '');
	const slash = cut.lastIndexOf('/');
	if (slash < 0 || relative.split('/').some((s) => s === '..')) return undefined;
	const parts = relative.split('/').filter((s) => s !== '' && s !== '.');
	return `${cut.slice(0, slash)}/${parts.map((s) => encodeURIComponent(s)).join('/')}`;
}

function sourceLine(found: KconfigLookup): string {
	return `*${escapeText(found.source.note)}*`;
}

function unknownHover(place: KconfigPlace, facts: KconfigFacts): string {
	const consulted = facts.workspaceNote ? facts.workspaceNote : facts.index ? `Not in the bundled index (${facts.releaseTrees.join(', ') || 'its newest trees'} and the libraries it has).` : 'No Kconfig sources are in this project (.unikraft/) and the bundled index is not loaded yet.';
	return [`**${code(place.name)}** · not known`, `No source this extension read defines ${code(place.name.replace(/^CONFIG_/, ''))}.`, `*${escapeText(consulted)}*`, sourcesLine(KCONFIG_VALUE_SOURCES)].join('\n\n');
}

/** Upstream prose as Markdown text: no emphasis, links, HTML or headings from stray characters. */
function escapeText(text: string): string {
	return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}
