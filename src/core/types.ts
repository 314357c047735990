// SPDX-License-Identifier: Apache-2.0
import type { HostFacts } from './host';
import type { KconfigIndex } from './kconfig-lang/index-format';
import type { WorkspaceFacts } from './workspace';

/**
 * Half-open range of UTF-16 code unit offsets into the text that was analysed
 * (the same unit as JavaScript string indices and VS Code's `Position.character`).
 */
export interface Span {
	readonly start: number;
	readonly end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/**
 * The closed set of diagnostic codes. Each one is documented in the README table
 * ("Diagnostics") and in the rule file that reports it; the strings are stable.
 */
export const DIAGNOSTIC_CODES = [
	'yaml-syntax',
	'invalid-spec',
	'outdated-spec',
	'invalid-target',
	'unknown-platform',
	'unknown-architecture',
	'platform-alias',
	'architecture-alias',
	'unsupported-target',
	'platform-removed',
	'planned-platform',
	'cloud-provider',
	'known-issue',
	'conflicting-keys',
	'duplicate-target',
	'duplicate-key',
	'unknown-key',
	'extra-document',
	'invalid-document',
	'emulated-target',
	'not-runnable-here',
	'invalid-kconfig',
	'debug-build',
	'linuxu-debug-only',
	'platform-kconfig-missing',
	'multiple-kraftfiles',
	'file-too-large',
	'unknown-kconfig-option',
	'renamed-kconfig-option',
	'invalid-kconfig-value',
	'kconfig-value-overridden',
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/** A suggested replacement for the text under a diagnostic's span. */
export interface Replacement {
	readonly span: Span;
	readonly text: string;
}

export interface Diagnostic {
	readonly code: DiagnosticCode;
	readonly severity: Severity;
	/** What is wrong and what to write instead, in one or two sentences. */
	readonly message: string;
	readonly span: Span;
	/** Values that would be right here, best first (for quick fixes and "did you mean"). */
	readonly suggestions?: readonly Replacement[];
	/** What the rule found, for the fixes to work from (never parsed back out of `message`). */
	readonly data?: DiagnosticData;
}

/** A platform or an architecture: the two halves of a target. */
export type TargetHalf = 'platform' | 'architecture';

/**
 * Where a key `kraft` ignores is written, when it is written in a map of its own (not
 * through an alias or a `<<` merge): the map by its owner, and the pair's index in it.
 * `top`: the root map; `target`: the map of `model.targets[target]`; `component`: the map
 * of top-level entry `entry` (`unikraft`, `template`), or of entry `library` of the
 * `libraries` map there.
 */
export type KeyLocation =
	| { readonly owner: 'top'; readonly pair: number }
	| { readonly owner: 'target'; readonly target: number; readonly pair: number }
	| { readonly owner: 'component'; readonly entry: number; readonly library?: number; readonly pair: number };

/** One step from a YAML collection to a node in it: item `n` (a map's: its value), or `{ key: n }`, the key of a map's pair `n`. */
export type PathStep = number | { readonly key: number };

/**
 * What a rule found, by the finding: plain JSON (a language server sends it as LSP
 * `data`), so targets are indices into `model.targets` and nodes are paths, never objects.
 */
export type DiagnosticData =
	/** `targets` is not a list. */
	| { readonly kind: 'targets-not-list' }
	/** A target that is neither a string nor a map. */
	| { readonly kind: 'not-a-target'; readonly target: number }
	/** A lone name (`- qemu`) where `plat/arch` belongs. */
	| { readonly kind: 'lone-name'; readonly target: number }
	/** A target without one half: an empty side of `plat/arch`, or a map without the key. */
	| { readonly kind: 'missing-half'; readonly target: number; readonly half: TargetHalf }
	/** A platform, architecture or name key whose value `kraft` cannot read. */
	| { readonly kind: 'bad-value'; readonly target: number; readonly key: string }
	/** A platform or architecture name that is not right; `targets`: every target that reads it, in order. */
	| { readonly kind: 'target-name'; readonly half: TargetHalf; readonly written: string; readonly targets: readonly number[] }
	/** A pair the release cannot build (or builds with a caveat); `targets`: every target that reads the text there. */
	| { readonly kind: 'target-support'; readonly targets: readonly number[] }
	/** A `linuxu` target in a file that is no debug build; `target`: the first written in place that reads it. */
	| { readonly kind: 'linuxu-debug-only'; readonly target?: number }
	/** A debug build; `target`: the target the option or name belongs to (none for a global option). */
	| { readonly kind: 'debug-build'; readonly target?: number }
	/** A target that sets one half twice. */
	| { readonly kind: 'conflict'; readonly target: number; readonly half: TargetHalf }
	/** A target the same as an earlier one. */
	| { readonly kind: 'duplicate-target'; readonly target: number; readonly first: number }
	/** Key `key` set twice in the map at `map` (a path from the root): pair `pair`, and the `earlier` one. */
	| { readonly kind: 'duplicate-key'; readonly map: readonly PathStep[]; readonly pair: number; readonly earlier: number; readonly key: string }
	/** A key `kraft` ignores; `candidates`: the known keys it may mean, best first; `v07Name`: a target `name` under spec v0.7. */
	| { readonly kind: 'unknown-key'; readonly key?: string; readonly candidates: readonly string[]; readonly at?: KeyLocation; readonly v07Name?: true }
	/** Both `spec` and `specification`: `ignored` is the one this diagnostic is on, `read` the one `kraft` reads. */
	| { readonly kind: 'spec-twice'; readonly ignored: string; readonly read: string }
	/** A Kconfig option name that is not known (`names`: what it may mean, best first) or was renamed (`rename`: `names[0]` is the new name); `nameSpan`: where the name is written. */
	| { readonly kind: 'kconfig-name'; readonly nameSpan: Span; readonly names: readonly string[]; readonly rename?: true }
	/** A Kconfig value of the wrong type or out of range; `normalized`: the text to write at `valueSpan` (quotes as the map form needs; a list item whole), `preferred` when it is certainly what was meant. */
	| { readonly kind: 'kconfig-value'; readonly valueSpan: Span; readonly normalized?: string; readonly preferred?: boolean }
	/** `n` for an option that options set to `y` select: `chain` from the option the file sets to this one. */
	| { readonly kind: 'kconfig-overridden'; readonly chain: readonly string[] };

/** Options of one analysis. Everything the core needs from outside comes in here. */
export interface AnalysisOptions {
	/**
	 * The Unikraft release to assume when the Kraftfile does not name one (`stable`,
	 * `staging`, a branch, a commit, or no `unikraft` at all), e.g. `v0.16.3`.
	 * Empty or absent: the latest release in `src/data/releases.ts`.
	 */
	readonly unikraftRelease?: string;
	/** What set `unikraftRelease`, for messages (the CLI: `--unikraft-release`); default: the editor setting. */
	readonly unikraftReleaseFrom?: string;
	/**
	 * The machine `kraft run` would run on. When given, targets that would run emulated or
	 * not at all there get an information diagnostic; when absent, nothing host-specific is said.
	 */
	readonly host?: HostFacts;
	/**
	 * What the adapter found around the Kraftfile (src/core/workspace.ts), asked for by
	 * `workspaceRequests`. When absent (not gathered, an untitled or virtual document, the
	 * CLI's `--no-workspace`), rules that need it say nothing.
	 */
	readonly workspace?: WorkspaceFacts;
	/**
	 * False turns the host hints (`emulated-target`, `not-runnable-here`) off while `host`
	 * still picks what fixes add (the editor setting `kraftfile.hostHints`). Default: on.
	 */
	readonly hostHints?: boolean;
	/**
	 * The bundled Kconfig index (src/data/kconfig-index.json, copied to dist/), read by the
	 * adapter with its host's file API, typically `() => loadKconfigIndex(read)`. Called only
	 * when a Kraftfile with kconfig is checked or hovered, never at activation; undefined or
	 * a function that throws: the index is not used.
	 */
	readonly kconfigIndex?: () => KconfigIndex | undefined;
}
