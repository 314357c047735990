// SPDX-License-Identifier: Apache-2.0
// Kconfig expressions: `A && (B || !C)`, `X = "y"`, `N > 1`. Parsed by precedence
// (|| below && below ! and comparisons) so that conditions can be joined and printed in
// one canonical form, and the symbols they name can be found.
import type { Token } from './lexer';

/** A symbol or constant (`quoted` for a string constant), a negation, a comparison, or a conjunction/disjunction. */
export type KconfigExpr =
	| { readonly k: 'sym'; readonly name: string; readonly quoted?: true }
	| { readonly k: 'not'; readonly e: KconfigExpr }
	| { readonly k: 'cmp'; readonly op: '=' | '!=' | '<' | '<=' | '>' | '>='; readonly a: KconfigExpr; readonly b: KconfigExpr }
	| { readonly k: 'and' | 'or'; readonly a: KconfigExpr; readonly b: KconfigExpr };

const CMP = new Set(['=', '!=', '<', '<=', '>', '>=']);

export interface ExprResult {
	readonly expr?: KconfigExpr;
	readonly problem?: { readonly message: string; readonly offset: number };
}

/** Parses tokens[from, to) as one expression. Never throws: a problem names the first token it could not use. */
export function parseExpr(tokens: readonly Token[], from: number, to: number, maxDepth: number): ExprResult {
	let i = from;
	let problem: ExprResult['problem'];
	const fail = (message: string, at: number): undefined => {
		problem ??= { message, offset: tokens[Math.min(at, to - 1)]?.offset ?? tokens[from - 1]?.offset ?? 0 };
		return undefined;
	};
	const peek = (): Token | undefined => (i < to ? tokens[i] : undefined);

	const or = (depth: number): KconfigExpr | undefined => {
		let a = and(depth);
		while (a && peek()?.kind === 'op' && peek()!.text === '||') {
			i++;
			const b = and(depth);
			a = b && { k: 'or', a, b };
		}
		return a;
	};
	const and = (depth: number): KconfigExpr | undefined => {
		let a = unary(depth);
		while (a && peek()?.kind === 'op' && peek()!.text === '&&') {
			i++;
			const b = unary(depth);
			a = b && { k: 'and', a, b };
		}
		return a;
	};
	const unary = (depth: number): KconfigExpr | undefined => {
		if (depth > maxDepth) return fail(`Expression nested more than ${maxDepth} deep.`, i);
		const t = peek();
		if (!t) return fail('Expression expected.', i);
		if (t.kind === 'op' && t.text === '!') {
			i++;
			const e = unary(depth + 1);
			return e && { k: 'not', e };
		}
		if (t.kind === 'op' && t.text === '(') {
			i++;
			const e = or(depth + 1);
			if (!e) return undefined;
			if (peek()?.text !== ')' || peek()?.kind !== 'op') return fail('Missing ).', i);
			i++;
			return e;
		}
		const a = symbol();
		if (!a) return undefined;
		const op = peek();
		if (op?.kind === 'op' && CMP.has(op.text)) {
			i++;
			const b = symbol();
			return b && { k: 'cmp', op: op.text as '=', a, b };
		}
		return a;
	};
	const symbol = (): KconfigExpr | undefined => {
		const t = peek();
		if (t?.kind === 'string') {
			i++;
			return { k: 'sym', name: t.text, quoted: true };
		}
		if (t?.kind === 'word' && t.text !== '&' && t.text !== '|') {
			i++;
			return { k: 'sym', name: t.text };
		}
		return fail(t ? `Unexpected ${t.text} in an expression.` : 'Expression expected.', i);
	};

	const expr = or(0);
	if (expr && i < to) fail(`Unexpected ${tokens[i]!.text} after the expression.`, i);
	return problem ? { problem } : { expr: expr! };
}

/** The canonical text of an expression: single spaces, parentheses only where precedence needs them. */
export function exprText(e: KconfigExpr): string {
	switch (e.k) {
		case 'sym':
			return e.quoted ? JSON.stringify(e.name) : e.name;
		case 'not':
			return `!${e.e.k === 'sym' || e.e.k === 'not' ? exprText(e.e) : `(${exprText(e.e)})`}`;
		case 'cmp':
			return `${exprText(e.a)} ${e.op} ${exprText(e.b)}`;
		case 'and':
			return chain(e, 'and')
				.map((x) => (x.k === 'or' ? `(${exprText(x)})` : exprText(x)))
				.join(' && ');
		case 'or':
			return chain(e, 'or').map(exprText).join(' || ');
	}
}

/** The operands of a left-deep chain of one operator, in order, without recursing down the chain (it may be long). */
function chain(e: KconfigExpr, k: 'and' | 'or'): KconfigExpr[] {
	const right: KconfigExpr[] = [];
	let x = e;
	while (x.k === k) {
		right.push(x.b);
		x = x.a;
	}
	return [x, ...right.reverse()];
}

/** Conditions joined with `&&`, in order; undefined for none. */
export function conjunction(conditions: readonly KconfigExpr[]): KconfigExpr | undefined {
	let out: KconfigExpr | undefined;
	for (const c of conditions) out = out ? { k: 'and', a: out, b: c } : c;
	return out;
}

/** The symbol names an expression refers to (not constants: quoted strings, numbers, y/m/n), each once. */
export function exprSymbols(e: KconfigExpr, out: Set<string> = new Set()): Set<string> {
	const stack: KconfigExpr[] = [e];
	while (stack.length > 0) {
		const x = stack.pop()!;
		if (x.k === 'sym') {
			if (!x.quoted && /^[A-Za-z_][A-Za-z0-9_]*$/.test(x.name) && !/^[ymn]$/.test(x.name)) out.add(x.name);
		} else if (x.k === 'not') stack.push(x.e);
		else stack.push(x.b, x.a);
	}
	return out;
}
