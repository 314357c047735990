// SPDX-License-Identifier: Apache-2.0
// The bundled Kconfig index (src/data/kconfig-index.json): the facts of every option of
// Unikraft's core per release and of a few libraries — name, type, prompt, defaults,
// dependencies, selects, implies, ranges, choice, file and line, and the trees it is in.
// Not the help texts: they are Unikraft's prose, shown only from sources in the workspace.
// Conditions are canonical expression text (expr.ts). Built by index-build.ts.

/** `[value]` or `[value, condition]`. */
export type IndexConditional = readonly [string] | readonly [string, string];

/** One definition of an option, the same in every tree listed in `in`. */
export interface IndexVariant {
	/** Indexes into KconfigIndex.trees. */
	readonly in: readonly number[];
	/** The line of the definition in each tree of `in`, 1-based as editors show it. */
	readonly lines: readonly number[];
	/** Relative to the tree's root. */
	readonly file: string;
	readonly type?: string;
	readonly prompt?: IndexConditional;
	readonly defaults?: readonly IndexConditional[];
	/** Everything the definition depends on: enclosing `if`s, menus and choices, then its own `depends on`. */
	readonly depends?: string;
	readonly selects?: readonly IndexConditional[];
	readonly implies?: readonly IndexConditional[];
	/** `[low, high]` or `[low, high, condition]`. */
	readonly ranges?: readonly (readonly string[])[];
	/** The prompt (or name) of the choice it is a member of. */
	readonly choice?: string;
	/** True for `menuconfig`. */
	readonly menu?: true;
}

export interface IndexTree {
	readonly id: string;
	readonly repo: string;
	readonly rev: string;
	readonly kind: 'unikraft' | 'library';
	readonly release?: string;
	readonly date?: string;
	/** Config.uk files read. */
	readonly files: number;
	/** Distinct option names defined. */
	readonly options: number;
}

export interface KconfigIndex {
	/** The format version; loadKconfigIndex refuses any other. */
	readonly kconfigIndex: 1;
	readonly generator: { readonly script: string; readonly notes: string };
	readonly trees: readonly IndexTree[];
	/** By option name (without `CONFIG_`), sorted; each name's variants in the order of the first tree they are in. */
	readonly options: Readonly<Record<string, readonly IndexVariant[]>>;
}
