// SPDX-License-Identifier: Apache-2.0
import type { Quote } from './quotes';

/**
 * Where a fact comes from. Every row of every table in `src/data` carries at least one,
 * so that hovers can show it and reviewers can re-check it.
 */
export interface Source {
	/** A link a person can open (GitHub blob/commit/PR, or a docs page). */
	readonly url: string;
	/** Short label for hovers and the CLI, e.g. `unikraft/unikraft plat/kvm/Config.uk`. */
	readonly label: string;
	/** Anything a reader needs to know about how the fact follows from the source. */
	readonly note?: string;
	/** Upstream text the fact rests on, word for word (see `quotes.ts`); never quoted inside `note`. */
	readonly quote?: Quote;
}

/** A non-empty list of sources: the type makes a row without a source a compile error. */
export type Sources = readonly [Source, ...Source[]];

const GH = 'https://github.com';

/** A file in a GitHub repository at a revision (a commit or a tag). */
export function ghFile(repo: string, rev: string, path: string, note?: string): Source {
	return { url: `${GH}/${repo}/blob/${rev}/${path}`, label: `${repo} ${path}`, ...(note ? { note } : {}) };
}

/** The file a quote is from, at the quote's revision, showing the quote. */
export function quotedFile(quote: Quote, note?: string): Source {
	return { ...ghFile(quote.repo, quote.rev, quote.path, note), quote };
}

/** `source` showing `quote` (a docs page whose text is stored as a file of `unikraft/docs`). */
export function withQuote(source: Source, quote: Quote): Source {
	return { ...source, quote };
}

/** A GitHub issue or pull request. */
export function ghThread(repo: string, kind: 'issues' | 'pull', n: number, title: string): Source {
	return { url: `${GH}/${repo}/${kind}/${n}`, label: `${repo}#${n} (${title})` };
}

/** A commit. */
export function ghCommit(repo: string, sha: string, title: string): Source {
	return { url: `${GH}/${repo}/commit/${sha}`, label: `${repo}@${sha.slice(0, 8)} (${title})` };
}

/** A page of the Unikraft documentation at unikraft.org. */
export function docsPage(path: string, label: string, note?: string): Source {
	return { url: `https://unikraft.org${path}`, label, ...(note ? { note } : {}) };
}
