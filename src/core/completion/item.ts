// SPDX-License-Identifier: Apache-2.0
// The completion item, in a file of its own so that the item builders (keys.ts, values.ts)
// and completion.ts, which calls them, do not import each other.
import type { Span } from '../types';

/** A completion item as plain data; the adapter turns it into the editor's own. */
export interface CompletionItem {
	readonly label: string;
	/** `snippet`: `insertText` is in VS Code snippet syntax (`${1|a,b|}`); otherwise plain text. */
	readonly kind: 'value' | 'key' | 'snippet';
	/** One line. */
	readonly detail: string;
	/** Markdown. */
	readonly documentation?: string;
	/** Exactly what to write, indentation and line endings included (keep it as it is). */
	readonly insertText: string;
	/**
	 * The same insertion in VS Code snippet syntax, with placeholders (a Kconfig value after
	 * its name), for editors that expand snippets; the others write `insertText`.
	 */
	readonly insertSnippet?: string;
	/** The text the item replaces; it contains the cursor and lies on one line. */
	readonly replace: Span;
	readonly sortText: string;
	readonly filterText?: string;
	/** Ask for completions again once inserted (after `platform: `, or `targets:` and its first `- `). */
	readonly retrigger?: boolean;
}
