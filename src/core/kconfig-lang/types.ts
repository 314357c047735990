// SPDX-License-Identifier: Apache-2.0
// What the Kconfig reader returns: plain data, positions in the text it was given. The
// language is the subset Unikraft's Config.uk files use (see parse.ts).
import type { KconfigExpr } from './expr';

/** Where something is: a file as the caller named it, the UTF-16 offset, and 0-based line and character (as VS Code counts). */
export interface KconfigPosition {
	readonly file: string;
	readonly offset: number;
	readonly line: number;
	readonly character: number;
}

export type KconfigType = 'bool' | 'tristate' | 'int' | 'hex' | 'string';

/** A value with the condition under which it applies (`default y if X`, `select Y if Z`). */
export interface KconfigConditional<T> {
	readonly value: T;
	readonly if?: KconfigExpr;
}

export interface KconfigRange {
	readonly low: KconfigExpr;
	readonly high: KconfigExpr;
	readonly if?: KconfigExpr;
}

/** One `config` or `menuconfig` entry. A symbol may have several (one per place it is defined). */
export interface KconfigDefinition {
	readonly name: string;
	readonly kind: 'config' | 'menuconfig';
	/** Where the name is written after `config`. */
	readonly position: KconfigPosition;
	readonly type?: KconfigType;
	readonly prompt?: KconfigConditional<string>;
	readonly defaults: readonly KconfigConditional<KconfigExpr>[];
	/** The entry's own `depends on` lines, in order. */
	readonly dependsOn: readonly KconfigExpr[];
	/** What it depends on from where it stands: enclosing `if`s, menus' and choices' `depends on` (outermost first). */
	readonly inherited: readonly KconfigExpr[];
	readonly selects: readonly KconfigConditional<string>[];
	readonly implies: readonly KconfigConditional<string>[];
	readonly ranges: readonly KconfigRange[];
	/** The help text, indentation removed. Kept for the workspace's own sources; never written into the bundled index. */
	readonly help?: string;
	/** The choice it is a member of (index into `choices`). */
	readonly choice?: number;
}

/** A `choice` … `endchoice` block. */
export interface KconfigChoice {
	readonly name?: string;
	readonly position: KconfigPosition;
	readonly type?: KconfigType;
	readonly prompt?: KconfigConditional<string>;
	readonly defaults: readonly KconfigConditional<KconfigExpr>[];
	readonly dependsOn: readonly KconfigExpr[];
	readonly inherited: readonly KconfigExpr[];
	readonly optional: boolean;
	readonly help?: string;
	/** The names of its `config` entries, in order. */
	readonly members: readonly string[];
}

/** A `source` line: the reader is pure, so it asks; readKconfigTree (tree.ts) or another caller answers. */
export interface KconfigSourceRequest {
	/** The path as written, macros not expanded (`$(UK_BASE)/arch/Config.uk`, `$(shell,…)`). */
	readonly path: string;
	readonly keyword: 'source' | 'rsource' | 'osource' | 'orsource';
	readonly position: KconfigPosition;
	/** The conditions in force at the `source` line: what the sourced entries inherit. */
	readonly inherited: readonly KconfigExpr[];
	/** The choice the line stands in, if any (index into `choices`). */
	readonly choice?: number;
	/** How many of the file's definitions come before the line: where the sourced file's go, to keep Kconfig's order. */
	readonly definitionsBefore: number;
}

/** Something the reader could not make sense of; reported, never thrown. */
export interface KconfigProblem {
	readonly message: string;
	readonly position: KconfigPosition;
}

/** What parseKconfig makes of one file. */
export interface KconfigFile {
	readonly file: string;
	readonly definitions: readonly KconfigDefinition[];
	readonly choices: readonly KconfigChoice[];
	readonly sources: readonly KconfigSourceRequest[];
	readonly problems: readonly KconfigProblem[];
	/** The `mainmenu` title, if any. */
	readonly mainmenu?: string;
	/** Tokens read (for a tree read's budget). */
	readonly tokens: number;
}

/** The bounds of one read: the reader stops there and says so. */
export const KCONFIG_LIMITS = {
	/** Longest file read, in UTF-16 code units (Unikraft's largest Config.uk is under 40 KB). */
	maxFileLength: 4 * 1024 * 1024,
	/** Most tokens read from one file. */
	maxTokens: 1_000_000,
	/** Deepest nesting of `if`, `menu` and `choice` blocks. */
	maxBlockDepth: 200,
	/** Deepest nesting of parentheses and `!` in one expression (the expression parser recurses). */
	maxExprDepth: 100,
	/** Most files one tree read opens (RELEASE-0.17.0 has 98 Config.uk files). */
	maxFiles: 5000,
	/** Deepest chain of `source` lines. */
	maxSourceDepth: 32,
	/** Most tokens in one tree read. */
	maxTreeTokens: 20_000_000,
} as const;
