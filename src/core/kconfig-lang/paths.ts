// SPDX-License-Identifier: Apache-2.0
// Paths as the Kconfig reader sees them: strings with `/`, joined and normalised without a
// file system (as `readlink -f` would, less symbolic links), and `$(VAR)` macros expanded
// from the variables a caller gives.

/** `a/b/../c/./d//e/` → `a/c/d/e`; a leading `/` is kept, `..` above the root is dropped. */
export function normalizePath(path: string): string {
	const absolute = path.startsWith('/');
	const out: string[] = [];
	for (const part of path.split('/')) {
		if (part === '' || part === '.') continue;
		if (part === '..') {
			if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
			else if (!absolute) out.push('..');
		} else out.push(part);
	}
	const joined = out.join('/');
	return absolute ? `/${joined}` : joined || '.';
}

export function joinPath(dir: string, name: string): string {
	return name.startsWith('/') ? normalizePath(name) : normalizePath(`${dir}/${name}`);
}

export function dirOf(path: string): string {
	const n = normalizePath(path);
	const i = n.lastIndexOf('/');
	return i < 0 ? '.' : i === 0 ? '/' : n.slice(0, i);
}

/** The end of the `$(…)` starting at `start` (index after its `)`), or -1 if it is not closed. */
export function macroEnd(s: string, start: number): number {
	let depth = 0;
	for (let i = start; i < s.length; i++) {
		if (s[i] === '$' && s[i + 1] === '(') {
			depth++;
			i++;
		} else if (s[i] === '(') depth++;
		else if (s[i] === ')' && --depth === 0) return i + 1;
	}
	return -1;
}

/**
 * Expands `$(NAME)` macros (nested ones first) from `variable`. A name it does not know is
 * listed in `unknown` and expands to nothing, as an unset variable does. `$(shell,…)` and
 * other functions are left as written, for the caller to interpret.
 */
export function expandVariables(s: string, variable: (name: string) => string | undefined, unknown: string[] = [], depth = 0): string {
	if (depth > 16 || !s.includes('$(')) return s;
	let out = '';
	let i = 0;
	while (i < s.length) {
		const at = s.indexOf('$(', i);
		if (at < 0) break;
		const end = macroEnd(s, at);
		if (end < 0) break;
		out += s.slice(i, at);
		const inner = expandVariables(s.slice(at + 2, end - 1), variable, unknown, depth + 1);
		if (inner.includes(',')) out += `$(${inner})`;
		else {
			const value = variable(inner.trim());
			if (value === undefined) unknown.push(inner.trim());
			out += value ?? '';
		}
		i = end;
	}
	return out + s.slice(i);
}

/** Splits a shell command into words as `sh` does for the simple cases Unikraft writes: spaces, '…', "…" with backslash escapes. */
export function shellWords(command: string): string[] {
	const words: string[] = [];
	let word: string | undefined;
	for (let i = 0; i < command.length; i++) {
		const c = command[i]!;
		if (c === ' ' || c === '\t' || c === '\n') {
			if (word !== undefined) words.push(word);
			word = undefined;
		} else if (c === "'") {
			const end = command.indexOf("'", i + 1);
			word = (word ?? '') + command.slice(i + 1, end < 0 ? command.length : end);
			i = end < 0 ? command.length : end;
		} else if (c === '"') {
			word ??= '';
			for (i++; i < command.length && command[i] !== '"'; i++) {
				if (command[i] === '\\' && i + 1 < command.length && '"\\$`'.includes(command[i + 1]!)) i++;
				word += command[i];
			}
		} else if (c === '\\' && i + 1 < command.length) {
			word = (word ?? '') + command[++i];
		} else word = (word ?? '') + c;
	}
	if (word !== undefined) words.push(word);
	return words;
}
