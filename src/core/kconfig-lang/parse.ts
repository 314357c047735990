// SPDX-License-Identifier: Apache-2.0
// The Kconfig reader: one file's text to plain data. It knows what Unikraft's Config.uk
// files use — `config`, `menuconfig`, `choice`/`endchoice`, `menu`/`endmenu`, `if`/`endif`,
// `source`, `comment`, `mainmenu`; the types `bool`, `tristate`, `int`, `hex`, `string`
// (and `def_bool`, `def_tristate`); `prompt`, `default … if`, `depends on`, `select`,
// `imply`, `range`, `help` — and reads the rest of the Linux language (`visible if`,
// `optional`, `option`, `modules`, `transitional`) without recording it. It never throws:
// what it cannot read is a problem in the result, and it goes on at the next line.
import { exprText, parseExpr, type KconfigExpr } from './expr';
import { KconfigLexer, type Token } from './lexer';
import {
	KCONFIG_LIMITS,
	type KconfigChoice,
	type KconfigConditional,
	type KconfigDefinition,
	type KconfigFile,
	type KconfigPosition,
	type KconfigProblem,
	type KconfigRange,
	type KconfigSourceRequest,
	type KconfigType,
} from './types';

export interface ParseOptions {
	/** Conditions in force where this file is sourced (from KconfigSourceRequest.inherited). */
	readonly inherited?: readonly KconfigExpr[];
	/** The choice the `source` line stood in: the file's top-level entries become its members. */
	readonly choice?: { readonly index: number };
	/** Index of this file's first choice in a larger result, so that `choice` indexes stay valid when files are merged. */
	readonly choiceBase?: number;
	/** Token budget for this file (at most KCONFIG_LIMITS.maxTokens). */
	readonly maxTokens?: number;
}

const TYPES = new Set<string>(['bool', 'tristate', 'int', 'hex', 'string']);
const ENTRY_KEYWORDS = new Set(['config', 'menuconfig', 'choice', 'endchoice', 'menu', 'endmenu', 'if', 'endif', 'source', 'rsource', 'osource', 'orsource', 'comment', 'mainmenu']);

interface Block {
	readonly kind: 'menu' | 'if' | 'choice';
	readonly offset: number;
	/** Conditions the block passes to what it holds (its own, not its parents'). */
	readonly conditions: KconfigExpr[];
	readonly choice?: number;
}

interface MutableEntry {
	type?: KconfigType;
	prompt?: KconfigConditional<string>;
	defaults: KconfigConditional<KconfigExpr>[];
	dependsOn: KconfigExpr[];
	selects: KconfigConditional<string>[];
	implies: KconfigConditional<string>[];
	ranges: KconfigRange[];
	help?: string;
	optional?: boolean;
}

/** Reads one Kconfig file. `file` is only a name for positions; nothing is opened. */
export function parseKconfig(text: string, file: string, options: ParseOptions = {}): KconfigFile {
	const problems: KconfigProblem[] = [];
	const lineStarts = [0];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
	}
	const position = (offset: number): KconfigPosition => {
		let lo = 0;
		let hi = lineStarts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (lineStarts[mid]! <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { file, offset, line: lo, character: offset - lineStarts[lo]! };
	};
	const problem = (message: string, offset: number) => problems.push({ message, position: position(offset) });

	const definitions: KconfigDefinition[] = [];
	const choices: KconfigChoice[] = [];
	const sources: KconfigSourceRequest[] = [];
	let mainmenu: string | undefined;
	if (text.length > KCONFIG_LIMITS.maxFileLength) {
		problem(`File too long: more than ${KCONFIG_LIMITS.maxFileLength} characters; not read.`, 0);
		return { file, definitions, choices, sources, problems, tokens: 0 };
	}

	const choiceBase = options.choiceBase ?? 0;
	const outer = options.inherited ?? [];
	const blocks: Block[] = [];
	const inherited = (): KconfigExpr[] => [...outer, ...blocks.flatMap((b) => b.conditions)];
	const currentChoice = (): number | undefined => {
		const top = blocks[blocks.length - 1];
		if (top) return top.kind === 'choice' ? top.choice : undefined;
		return options.choice?.index;
	};

	const lexer = new KconfigLexer(text, Math.min(options.maxTokens ?? KCONFIG_LIMITS.maxTokens, KCONFIG_LIMITS.maxTokens));
	/** The entry whose attribute lines are being read, and what to do when it ends. */
	let entry: { data: MutableEntry; kind: 'config' | 'choice' | 'menu' | 'comment'; finish: () => void } | undefined;
	const endEntry = () => {
		entry?.finish();
		entry = undefined;
	};
	const newEntry = (): MutableEntry => ({ defaults: [], dependsOn: [], selects: [], implies: [], ranges: [] });

	/** Splits `… if EXPR` at its top-level `if`; returns the index of `if` or `to`. */
	const ifAt = (tokens: readonly Token[], from: number): number => {
		let depth = 0;
		for (let i = from; i < tokens.length; i++) {
			const t = tokens[i]!;
			if (t.kind === 'op' && t.text === '(') depth++;
			else if (t.kind === 'op' && t.text === ')') depth--;
			else if (depth === 0 && t.kind === 'word' && t.text === 'if') return i;
		}
		return tokens.length;
	};
	const expr = (tokens: readonly Token[], from: number, to: number, what: string): KconfigExpr | undefined => {
		if (from >= to) {
			problem(`${what}: expression expected.`, tokens[from - 1]?.offset ?? 0);
			return undefined;
		}
		const r = parseExpr(tokens, from, to, KCONFIG_LIMITS.maxExprDepth);
		if (r.problem) problem(`${what}: ${r.problem.message}`, r.problem.offset);
		return r.expr;
	};
	/** The optional `if EXPR` tail of an attribute, from index `at` (the `if`), as an object to spread. */
	const condition = (tokens: readonly Token[], at: number): { if?: KconfigExpr } => {
		if (at >= tokens.length) return {};
		const e = expr(tokens, at + 1, tokens.length, 'if');
		return e ? { if: e } : {};
	};
	const stringArg = (tokens: readonly Token[], i: number, what: string): string | undefined => {
		const t = tokens[i];
		if (t?.kind === 'string') return t.text;
		problem(`${what}: a quoted string expected.`, t?.offset ?? tokens[0]!.offset);
		return undefined;
	};
	const setPrompt = (data: MutableEntry, tokens: readonly Token[], i: number) => {
		const value = stringArg(tokens, i, 'prompt');
		if (value === undefined) return;
		const rest = i + 1;
		if (rest < tokens.length && !(tokens[rest]!.kind === 'word' && tokens[rest]!.text === 'if')) problem(`Unexpected ${tokens[rest]!.text} after the prompt.`, tokens[rest]!.offset);
		data.prompt = { value, ...condition(tokens, ifAt(tokens, rest)) };
	};

	/** An attribute line of the current entry; false if the line is not one. */
	const attribute = (tokens: Token[]): boolean => {
		if (!entry) return false;
		const data = entry.data;
		const head = tokens[0]!;
		const kw = head.kind === 'word' ? head.text : '';
		const allows = (...kinds: string[]) => kinds.includes(entry!.kind);
		if (TYPES.has(kw) && allows('config', 'choice')) {
			data.type = kw as KconfigType;
			if (tokens.length > 1) setPrompt(data, tokens, 1);
			return true;
		}
		if ((kw === 'def_bool' || kw === 'def_tristate') && allows('config')) {
			data.type = kw === 'def_bool' ? 'bool' : 'tristate';
			const at = ifAt(tokens, 1);
			const value = expr(tokens, 1, at, kw);
			if (value) data.defaults.push({ value, ...condition(tokens, at) });
			return true;
		}
		if (kw === 'prompt' && allows('config', 'choice')) {
			setPrompt(data, tokens, 1);
			return true;
		}
		if (kw === 'default' && allows('config', 'choice')) {
			const at = ifAt(tokens, 1);
			const value = expr(tokens, 1, at, 'default');
			if (value) data.defaults.push({ value, ...condition(tokens, at) });
			return true;
		}
		if (kw === 'depends') {
			if (tokens[1]?.text !== 'on') problem('depends: on expected.', tokens[1]?.offset ?? head.offset);
			const e = expr(tokens, tokens[1]?.text === 'on' ? 2 : 1, tokens.length, 'depends on');
			if (e) data.dependsOn.push(e);
			return true;
		}
		if ((kw === 'select' || kw === 'imply') && allows('config')) {
			const target = tokens[1];
			if (target?.kind !== 'word') {
				problem(`${kw}: a symbol expected.`, target?.offset ?? head.offset);
				return true;
			}
			const at = ifAt(tokens, 2);
			if (at > 2) problem(`Unexpected ${tokens[2]!.text} after the ${kw}ed symbol.`, tokens[2]!.offset);
			(kw === 'select' ? data.selects : data.implies).push({ value: target.text, ...condition(tokens, at) });
			return true;
		}
		if (kw === 'range' && allows('config')) {
			const at = ifAt(tokens, 1);
			const low = expr(tokens, 1, Math.min(2, at), 'range');
			const high = low && expr(tokens, 2, Math.min(3, at), 'range');
			if (low && high) {
				if (at > 3) problem(`Unexpected ${tokens[3]!.text} in the range.`, tokens[3]!.offset);
				data.ranges.push({ low, high, ...condition(tokens, at) });
			}
			return true;
		}
		if ((kw === 'help' || kw === '---help---') && allows('config', 'choice', 'menu', 'comment')) {
			if (tokens.length > 1) problem('Unexpected text after help.', tokens[1]!.offset);
			const help = lexer.readHelp();
			data.help = help.text;
			return true;
		}
		if (kw === 'optional' && allows('choice')) {
			data.optional = true;
			return true;
		}
		if (kw === 'visible' && allows('menu')) {
			// `visible if` hides a menu without changing what its entries depend on: read, not recorded.
			if (tokens[1]?.text !== 'if') problem('visible: if expected.', tokens[1]?.offset ?? head.offset);
			else expr(tokens, 2, tokens.length, 'visible if');
			return true;
		}
		if ((kw === 'option' || kw === 'modules' || kw === 'transitional') && allows('config')) return true;
		return false;
	};

	const closeBlock = (kind: Block['kind'], keyword: string, offset: number) => {
		const top = blocks[blocks.length - 1];
		if (!top || top.kind !== kind) {
			problem(top ? `${keyword} where the open block is a ${top.kind} (line ${position(top.offset).line + 1}).` : `${keyword} without a ${kind} to close.`, offset);
			// Recover: close the innermost block of that kind, if any, with what it holds.
			const at = blocks.map((b) => b.kind).lastIndexOf(kind);
			if (at >= 0) blocks.length = at;
			return;
		}
		blocks.pop();
	};
	const openBlock = (block: Block): boolean => {
		if (blocks.length >= KCONFIG_LIMITS.maxBlockDepth) {
			problem(`Blocks nested more than ${KCONFIG_LIMITS.maxBlockDepth} deep; this one is read as if not there.`, block.offset);
			return false;
		}
		blocks.push(block);
		return true;
	};

	for (let tokens = lexer.nextLine(); tokens; tokens = lexer.nextLine()) {
		const head = tokens[0]!;
		const kw = head.kind === 'word' ? head.text : '';
		if (!ENTRY_KEYWORDS.has(kw) && attribute(tokens)) continue;
		endEntry();
		switch (kw) {
			case 'config':
			case 'menuconfig': {
				const name = tokens[1];
				if (name?.kind !== 'word' || !/^[A-Za-z0-9_]+$/.test(name.text)) {
					problem(`${kw}: a symbol name expected.`, name?.offset ?? head.offset);
					// Its attribute lines are still read (into nothing), so they are not reported one by one.
					entry = { data: newEntry(), kind: 'config', finish: () => undefined };
					break;
				}
				if (tokens.length > 2) problem(`Unexpected ${tokens[2]!.text} after the symbol name.`, tokens[2]!.offset);
				const data = newEntry();
				const kind = kw;
				const at = position(name.offset);
				const from = inherited();
				const choice = currentChoice();
				entry = {
					data,
					kind: 'config',
					finish: () => {
						definitions.push({ name: name.text, kind, position: at, ...(data.type ? { type: data.type } : {}), ...(data.prompt ? { prompt: data.prompt } : {}), defaults: data.defaults, dependsOn: data.dependsOn, inherited: from, selects: data.selects, implies: data.implies, ranges: data.ranges, ...(data.help !== undefined ? { help: data.help } : {}), ...(choice !== undefined ? { choice } : {}) });
						if (choice !== undefined) (choices[choice - choiceBase]?.members as string[] | undefined)?.push(name.text);
					},
				};
				break;
			}
			case 'choice': {
				const name = tokens[1]?.kind === 'word' ? tokens[1].text : undefined;
				const data = newEntry();
				const index = choiceBase + choices.length;
				const members: string[] = [];
				const from = inherited();
				const choice: KconfigChoice = { ...(name ? { name } : {}), position: position(head.offset), defaults: data.defaults, dependsOn: data.dependsOn, inherited: from, optional: false, members };
				choices.push(choice);
				const block: Block = { kind: 'choice', offset: head.offset, conditions: [], choice: index };
				const opened = openBlock(block);
				entry = {
					data,
					kind: 'choice',
					finish: () => {
						// The choice's own attributes are known once its header lines are read; its members inherit its `depends on`.
						choices[index - choiceBase] = { ...choice, ...(data.type ? { type: data.type } : {}), ...(data.prompt ? { prompt: data.prompt } : {}), optional: data.optional === true, ...(data.help !== undefined ? { help: data.help } : {}) };
						if (opened) block.conditions.push(...data.dependsOn);
					},
				};
				break;
			}
			case 'endchoice':
				closeBlock('choice', kw, head.offset);
				break;
			case 'menu': {
				stringArg(tokens, 1, 'menu');
				const block: Block = { kind: 'menu', offset: head.offset, conditions: [] };
				const opened = openBlock(block);
				const data = newEntry();
				entry = { data, kind: 'menu', finish: () => opened && block.conditions.push(...data.dependsOn) };
				break;
			}
			case 'endmenu':
				closeBlock('menu', kw, head.offset);
				break;
			case 'if': {
				const e = expr(tokens, 1, tokens.length, 'if');
				openBlock({ kind: 'if', offset: head.offset, conditions: e ? [e] : [] });
				break;
			}
			case 'endif':
				closeBlock('if', kw, head.offset);
				break;
			case 'comment': {
				stringArg(tokens, 1, 'comment');
				entry = { data: newEntry(), kind: 'comment', finish: () => undefined };
				break;
			}
			case 'mainmenu':
				mainmenu = stringArg(tokens, 1, 'mainmenu');
				break;
			case 'source':
			case 'rsource':
			case 'osource':
			case 'orsource': {
				const path = stringArg(tokens, 1, kw);
				if (path === undefined) break;
				if (tokens.length > 2) problem(`Unexpected ${tokens[2]!.text} after the path.`, tokens[2]!.offset);
				const choice = currentChoice();
				sources.push({ path, keyword: kw, position: position(tokens[1]!.offset), inherited: inherited(), ...(choice !== undefined ? { choice } : {}), definitionsBefore: definitions.length });
				break;
			}
			default:
				problem(entry === undefined && ['depends', 'default', 'select', 'imply', 'range', 'help', 'prompt', ...TYPES].includes(kw) ? `${kw} outside an entry that takes it.` : `Unknown keyword ${head.text}.`, head.offset);
		}
	}
	endEntry();
	for (const b of blocks) problem(`${b.kind} not closed (end${b.kind} missing).`, b.offset);
	for (const p of lexer.problems) problem(p.message, p.offset);
	return { file, definitions, choices, sources, problems, ...(mainmenu !== undefined ? { mainmenu } : {}), tokens: lexer.tokensRead };
}

/** A definition's complete dependency: what it inherits and its own `depends on`, joined with `&&`, as canonical text. */
export function dependencyText(d: Pick<KconfigDefinition, 'inherited' | 'dependsOn'>): string | undefined {
	const all = [...d.inherited, ...d.dependsOn];
	if (all.length < 2) return all[0] && exprText(all[0]);
	return all.map((e) => (e.k === 'or' ? `(${exprText(e)})` : exprText(e))).join(' && ');
}
