// SPDX-License-Identifier: Apache-2.0
// `cmd`: a string or a list of strings. Legacy loader (kraftkit unikraft/app/loader.go): a
// string is kept as one argument (not split), a list item that is not a string is
// converted with `cmd.(string)`, which panics in kraft 2024 (newer kraft stops with an
// error instead), and a value of another type is skipped without a word. v0.7
// (unikraft.com/x/kraftfile parse.go): a string is split into words as a POSIX shell
// would, with every `$VAR` expanding to nothing; list entries must be strings.
import { isSeq } from 'yaml';
import { q, QUOTES } from '../../data/quotes';
import { goKind, writtenText } from '../go-yaml';
import { itemSpot, reportAt, type SettingsContext, type Spot } from './context';

export function checkCmd(ctx: SettingsContext, spot: Spot): void {
	const kind = goKind(spot.node);
	if (kind === 'null') return;
	if (kind === 'string') {
		if (ctx.loader === 'v07') checkShellWords(ctx, spot);
		return;
	}
	if (kind === 'list' && isSeq(spot.node)) {
		spot.node.items.forEach((raw, i) => {
			const item = itemSpot(ctx, spot, raw, i);
			const k = goKind(item.node);
			if (k === 'string') return;
			const written = writtenText(item.node);
			const scalar = k === 'number' || k === 'bool';
			const what = scalar ? `\`${written ?? '…'}\` is ${k === 'bool' ? 'a boolean' : 'a number'} in YAML` : `this item is ${k === 'null' ? 'empty' : `a ${k}`}`;
			const stop =
				ctx.loader === 'v07'
					? `the spec v0.7 parser stops with ${q(QUOTES.v07CmdEntries)}`
					: '`kraft` 2024 crashes on it (a Go panic converting the item to a string), and newer `kraft` stops with an error that cmd must be a string or a list of strings';
			const fix = scalar && written !== undefined ? ` Quote it: \`${JSON.stringify(written)}\`.` : '';
			reportAt(ctx, 'invalid-setting', 'error', 'cmd', item, `Every \`cmd\` item must be a string, but ${what}: ${stop}.${fix}`, scalar && written !== undefined ? { do: 'quote' } : undefined);
		});
		return;
	}
	const written = writtenText(spot.node);
	const scalar = (kind === 'number' || kind === 'bool') && written !== undefined;
	const what = kind === 'map' ? 'a map' : kind === 'bool' ? 'a boolean' : kind === 'number' ? 'a number' : 'not a string';
	const fix = scalar ? ` Quote it (\`${JSON.stringify(written)}\`) or write a list of strings.` : ' Write a string or a list of strings.';
	if (ctx.loader === 'v07') {
		reportAt(ctx, 'invalid-setting', 'error', 'cmd', spot, `\`cmd\` is ${what}: the spec v0.7 parser stops with ${q(QUOTES.v07CmdType)}.${fix}`, scalar ? { do: 'quote' } : undefined);
	} else {
		reportAt(ctx, 'misread-setting', 'warning', 'cmd', spot, `\`cmd\` is ${what}: \`kraft\` reads only a string or a list, and skips this without a word, so the unikernel starts without these arguments.${fix}`, scalar ? { do: 'quote' } : undefined);
	}
}

/**
 * Spec v0.7 splits a `cmd` string as a POSIX shell would: an unclosed quote stops the parse,
 * and a `$NAME` or `${NAME}` outside single quotes expands to nothing (no environment is
 * passed to the expansion).
 */
function checkShellWords(ctx: SettingsContext, spot: Spot): void {
	const s = (spot.node as { value?: unknown } | null)?.value;
	if (typeof s !== 'string') return;
	let quote: "'" | '"' | undefined;
	let variable: string | undefined;
	for (let i = 0; i < s.length; i++) {
		const c = s[i]!;
		if (quote === "'") {
			if (c === "'") quote = undefined;
			continue;
		}
		if (c === '\\') {
			i++;
			continue;
		}
		if (c === '"') quote = quote ? undefined : '"';
		else if (c === "'" && !quote) quote = "'";
		else if (c === '$' && variable === undefined) {
			const m = /^\$(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)/.exec(s.slice(i));
			if (m) variable = m[0];
		}
	}
	if (quote) {
		reportAt(ctx, 'invalid-setting', 'error', 'cmd', spot, `This \`cmd\` string has an unclosed ${quote === '"' ? 'double' : 'single'} quote: the spec v0.7 parser splits it as a shell would and stops (it could not parse the cmd string). Close the quote, or write \`cmd\` as a list of strings.`);
	} else if (variable) {
		reportAt(ctx, 'misread-setting', 'warning', 'cmd', spot, `\`${variable}\` in a spec v0.7 \`cmd\` string expands to nothing: the parser splits the string as a shell would, with no variables set. Write the value itself, or use a list item (lists are not expanded).`);
	}
}
