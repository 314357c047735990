// SPDX-License-Identifier: Apache-2.0
// Small Markdown builders shared by the hovers. Everything a user wrote goes through
// `code()` (src/core/words.ts), so that a name can never turn into Markdown.
import { q } from '../../data/quotes';
import type { Source } from '../../data/source';
import { STACKS, type StackKind } from '../../data/virtualization';

/** Where the drawings in `media/` are, and whether the editor shows images inline. */
export interface Pictures {
	/** The `media/` folder as a URI string (no trailing slash), e.g. `file:///…/media`. */
	readonly mediaBase?: string;
	/** True to render `![alt](uri)`; false to link to the file. */
	readonly inline: boolean;
}

/** Where the pictures are when the adapter has none to offer: the docs page that has the originals. */
export const PICTURES_PAGE = 'https://unikraft.org/docs/concepts/virtualization';

/** A Markdown link destination that cannot end early (spaces and parentheses escaped). */
export function href(url: string): string {
	return url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/**
 * `Sources: [a](…) · [b](…) <quote>`, each link once, in order; the quotes of the sources
 * with that link follow it, so the reader sees the words the fact rests on.
 */
export function sourcesLine(sources: readonly Source[]): string {
	const byUrl = new Map<string, { link: string; quotes: string[] }>();
	for (const s of sources) {
		let entry = byUrl.get(s.url);
		if (!entry) {
			entry = { link: `[${s.label.replace(/([[\]\\])/g, '\\$1')}](${href(s.url)})`, quotes: [] };
			byUrl.set(s.url, entry);
		}
		if (s.quote && !entry.quotes.includes(q(s.quote))) entry.quotes.push(q(s.quote));
	}
	const links = [...byUrl.values()].map((e) => [e.link, ...e.quotes].join(' '));
	return `Sources: ${links.join(' · ')}`;
}

/** The drawing of a stack, inline or as a link; empty when the kind has none. */
export function picture(kind: StackKind, pictures: Pictures): string {
	const row = STACKS.find((s) => s.kind === kind);
	if (!row?.picture) return '';
	if (!pictures.mediaBase) return `[Picture: ${row.title}](${PICTURES_PAGE})`;
	const uri = href(`${pictures.mediaBase}/${row.picture.file}`);
	return pictures.inline ? `![${row.picture.alt}](${uri})` : `[Picture: ${row.title}](${uri})`;
}

/** A Markdown table; cells are plain text (pipes escaped). */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
	const cell = (s: string) => s.replace(/\|/g, '\\|');
	const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
	return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * The first screen of a hover: the answer in at most three lines (what it is; builds or
 * not; runs here or not), one paragraph with hard line breaks. Empty lines are dropped.
 */
export function lead(lines: readonly string[]): string {
	return lines
		.filter((l) => l !== '')
		.slice(0, 3)
		.join('\\\n');
}
