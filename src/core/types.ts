// SPDX-License-Identifier: Apache-2.0
import type { NamedFileRole } from '../data/named-files';
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
	'invalid-section',
	'no-targets',
	'misread-key',
	'debug-build',
	'linuxu-debug-only',
	'platform-kconfig-missing',
	'multiple-kraftfiles',
	'missing-path',
	'file-too-large',
	'invalid-setting',
	'misread-setting',
	'cloud-label',
	'runtime-reference',
	'runtime-target',
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
	/** A map target written `- qemu: x86_64`, the platform as its key (see target-shapes.ts). */
	| { readonly kind: 'platform-as-key'; readonly target: number }
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
	/**
	 * A key `kraft` ignores; `candidates`: the known keys it may mean, best first; `v07Name`: a
	 * target `name` under spec v0.7; `dropped`: a key the file's spec version (`0.7`) no longer reads.
	 */
	| { readonly kind: 'unknown-key'; readonly key?: string; readonly candidates: readonly string[]; readonly at?: KeyLocation; readonly v07Name?: true; readonly dropped?: string }
	/** Both `spec` and `specification`: `ignored` is the one this diagnostic is on, `read` the one `kraft` reads. */
	| { readonly kind: 'spec-twice'; readonly ignored: string; readonly read: string }
	/**
	 * A value of a run setting (`cmd`, `env`, `volumes`, `labels`, `rootfs`) that `kraft` cannot
	 * read or reads otherwise than written. `at`: the node the finding is about, as a path from
	 * the root (`{ key: n }` for a key); absent when it is written through an alias or a `<<`
	 * merge, where no fix can go. `repair`: the edit a fix makes there, when one is clear.
	 */
	| { readonly kind: 'setting'; readonly key: SettingKey; readonly at?: readonly PathStep[]; readonly repair?: SettingRepair }
	/** A Unikraft Cloud label (`cloud.unikraft.v1.instances/…`) whose name or value it does not document; `candidates`: label names it may mean. */
	| { readonly kind: 'cloud-label'; readonly label: string; readonly at?: readonly PathStep[]; readonly candidates: readonly string[] }
	/**
	 * A top-level key whose value `kraft` cannot read (`invalid-section`): the entry `entry`
	 * of the root map (an index into `model.top.entries`), for a library entry `library` of
	 * the `libraries` map, and `field` when the value is that key of the component's map (the
	 * last one written). `problem` says what is wrong with the value.
	 */
	| { readonly kind: 'section-value'; readonly key: string; readonly entry: number; readonly library?: number; readonly field?: ComponentField; readonly problem: SectionProblem }
	/** A build from source with no target to build. */
	| { readonly kind: 'no-targets' }
	/** A key `kraft` reads as something else than its name says: pair `pair` of target `target`'s map. */
	| { readonly kind: 'misread-key'; readonly key: string; readonly target: number; readonly pair: number }
	/** A kconfig map value YAML reads as a number that `kraft` writes in decimal; `map` is a path from the root, `pair` the entry. */
	| { readonly kind: 'kconfig-number'; readonly map: readonly PathStep[]; readonly pair: number }
	/** A root file system, ROM or Dockerfile that is not at `path` (relative to the Kraftfile's folder); `above`: it is there one folder up. */
	| { readonly kind: 'missing-path'; readonly role: NamedFileRole; readonly path: string; readonly above?: true }
	/** A Kconfig option name that is not known (`names`: what it may mean, best first) or was renamed (`rename`: `names[0]` is the new name); `nameSpan`: where the name is written. */
	| { readonly kind: 'kconfig-name'; readonly nameSpan: Span; readonly names: readonly string[]; readonly rename?: true }
	/** A Kconfig value of the wrong type or out of range; `normalized`: the text to write at `valueSpan` (quotes as the map form needs; a list item whole), `preferred` when it is certainly what was meant. */
	| { readonly kind: 'kconfig-value'; readonly valueSpan: Span; readonly normalized?: string; readonly preferred?: boolean }
	/** `n` for an option that options set to `y` select: `chain` from the option the file sets to this one. */
	| { readonly kind: 'kconfig-overridden'; readonly chain: readonly string[] };

/** The run settings `rules/settings.ts` checks. */
export type SettingKey = 'cmd' | 'env' | 'volumes' | 'labels' | 'rootfs';

/**
 * What a fix of a run setting writes at `at`: `quote` the scalar as written (`8080` →
 * `"8080"`); `unquote` a quoted `"true"`/`"false"`; `env-pair`: a one-entry map `- KEY: v`
 * as `- KEY=v`; `rename-key` to `to`; `volume-long`: `./x:/y:ro` as the long form with
 * `readonly: true`.
 */
export type SettingRepair =
	| { readonly do: 'quote' }
	| { readonly do: 'unquote' }
	| { readonly do: 'env-pair' }
	| { readonly do: 'rename-key'; readonly to: string }
	| { readonly do: 'volume-long' };

/**
 * What is wrong with a top-level value (`section-value`): `list` a list where a map belongs
 * (`libraries`); `empty` no value at all; `type` a value of a type `kraft` does not read;
 * `number` a number where a string belongs (the fix quotes it as written).
 */
export type SectionProblem = 'list' | 'empty' | 'type' | 'number' | 'empty-string';

/** A key of a component's map (`unikraft`, `template`, a library) whose value `kraft` reads as a string. */
export type ComponentField = 'version' | 'source';

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
	 * False turns the checks of the paths the Kraftfile names off (`missing-path`): nothing
	 * is asked about them, and nothing said. The CLI's `--no-path-checks`; the corpus tests,
	 * whose files are copied without their folders. Other workspace checks
	 * (`multiple-kraftfiles`) stay on. Default: on.
	 */
	readonly pathChecks?: boolean;
	/**
	 * The bundled Kconfig index (src/data/kconfig-index.json, copied to dist/), read by the
	 * adapter with its host's file API, typically `() => loadKconfigIndex(read)`. Called only
	 * when a Kraftfile with kconfig is checked or hovered, never at activation; undefined or
	 * a function that throws: the index is not used.
	 */
	readonly kconfigIndex?: () => KconfigIndex | undefined;
}
