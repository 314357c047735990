// SPDX-License-Identifier: Apache-2.0
// The `kraft` command lines the editor offers for a Kraftfile's targets (tasks, CodeLens),
// as argument lists: never a shell string, so nothing from the workspace is ever parsed by
// a shell. Pure: the adapter runs them (only in trusted workspaces) and finds `kraft`.
//
// Sources, kraftkit at f02a5331 (../shared/sources/unikraft/kraftkit/f02a5331, 2024-10):
// - internal/cli/kraft/build/build.go: `kraft build` filters the Kraftfile's targets with
//   `--plat`/`-p`, `--arch`/`-m` and `--target`/`-t` (all three narrow the same list).
// - internal/cli/kraft/run/run.go: `kraft run` has `--plat` (an enum of the machine
//   drivers' canonical names: an alias selects nothing, kraftkit #657, #563), `--arch`,
//   `--target` and `--disable-acceleration`/`-W`, which lets QEMU emulate the CPU (TCG).
// - config/config.go: `no_prompt`, flag `--no-prompt`, environment `KRAFTKIT_NO_PROMPT`;
//   cmdfactory/builder.go attaches config fields as persistent flags on every command.
//   The flag came with kraftkit c0ad377b (2023-01-25, "Associate global config as global CLI
//   flags"), first released in v0.4.0 (2023-02-14); v0.2.0–v0.3.x read only the variable. So
//   the flag is passed only to a kraft whose version is known to have it, the variable always.
//   kraft build's "project already configured" question ignored both until kraftkit PR #2647
//   (2026-02), so a rebuild by an older kraft may still ask.
// - internal/cli/kraft/cloud/deploy/deploy.go: `kraft cloud deploy` builds and deploys
//   the project in the current folder to Unikraft Cloud.
// - internal/version/version.go + internal/cli/kraft/version/version.go: `kraft version`
//   prints `kraft <version> (<commit>) <go version> <build time>`; releases set the version
//   without a `v` (.goreleaser-stable.yaml: `{{ .Version }}`), a source build says
//   `No version provided`.
// - internal/cli/kraft/run/run.go: `-M`/`--memory`, 64Mi unless given. A catalog runtime
//   whose README runs it with more (`kraft run -M 512M unikraft.org/node:21`) gets that
//   (src/data/runtimes.ts, generated with the README it was read from).
import type { Analysis } from './analyze';
import type { HostFacts } from './host';
import { howItRuns } from './rules/host-run';
import type { Span } from './types';
import { resolveRuntime } from './runtimes';
import { lastEntry, stringValue, type MapEntry } from './yaml-nodes';

/** A `kraft` version as `kraft version` prints it. */
export interface KraftVersion {
	/** The version word as printed (`0.12.14`, `No version provided` for a source build). */
	readonly text: string;
	/** The numbers, when the word is a release version (`0.12.14`, `v0.12.14-rc1`). */
	readonly numbers?: readonly [number, number, number];
}

/** The first kraft release with the `--no-prompt` flag: v0.4.0 (kraftkit c0ad377b). */
export const NO_PROMPT_SINCE: readonly [number, number, number] = [0, 4, 0];

/** Reads `kraft version`'s output; `undefined` when it is not kraft's version line. */
export function parseKraftVersion(output: string): KraftVersion | undefined {
	for (const raw of output.split(/\r?\n/)) {
		const line = raw.trim();
		// `kraft <version> (<commit>) <go> <time>`; the version itself may be several words.
		const m = /^kraft (.+?) \([^)]*\)(?: |$)/.exec(line);
		if (!m) continue;
		const text = m[1]!;
		const n = /^v?(\d+)\.(\d+)\.(\d+)(?:[-+~][\w.+~-]*)?$/.exec(text);
		return n ? { text, numbers: [Number(n[1]), Number(n[2]), Number(n[3])] } : { text };
	}
	return undefined;
}

function atLeast(v: KraftVersion | undefined, min: readonly [number, number, number]): boolean {
	const n = v?.numbers;
	if (!n) return false;
	for (let i = 0; i < 3; i++) if (n[i] !== min[i]) return n[i]! > min[i]!;
	return true;
}

/** One `kraft` invocation: the arguments after `kraft`, and environment variables to add. */
export interface KraftInvocation {
	readonly args: readonly string[];
	readonly env: Readonly<Record<string, string>>;
	/** Words for people: `kraft build --plat qemu --arch x86_64 …`. */
	readonly display: string;
}

export interface KraftTargetCommands {
	/** The target's index in `targets`. */
	readonly index: number;
	/** `qemu/x86_64`, or `name (qemu/x86_64)` for a named target. */
	readonly label: string;
	readonly platform: string;
	readonly architecture: string;
	readonly name?: string;
	/** Where to show the commands: the target's first line. */
	readonly span: Span;
	/** The flags that pick this target: `--plat P --arch A`, and `--target NAME` for a named one. */
	readonly select: readonly string[];
	readonly build: KraftInvocation;
	/** `kraft run`, or `kraft cloud deploy` for `kraftcloud`. */
	readonly run: KraftInvocation & { readonly kind: 'run' | 'deploy'; readonly emulated: boolean };
}

export interface KraftCommands {
	/** `--no-prompt` for a kraft known to have it, else nothing. */
	readonly noPrompt: readonly string[];
	/** `-M` for `kraft run`, where the catalog gives the runtime more than kraft's default. */
	readonly memory?: string;
	readonly targets: readonly KraftTargetCommands[];
	/**
	 * The top-level `runtime` key and the commands offered there: the first target's, or,
	 * with no target, `kraft build`/`kraft run` as they are (kraft picks the platform and
	 * the host's architecture itself).
	 */
	readonly runtime?: { readonly span: Span; readonly build: KraftInvocation; readonly run: KraftTargetCommands['run']; readonly target?: number };
}

/** `kraft <args>` with prompts off through the environment as well (every kraft reads it). */
export function kraftInvocation(args: string[]): KraftInvocation {
	return { args, env: { KRAFTKIT_NO_PROMPT: 'true' }, display: ['kraft', ...args].join(' ') };
}

/**
 * The build and run commands of each target whose platform and architecture are known by
 * their canonical names (a target with an unknown name gets none: kraft would select
 * nothing). Aliases are written as the canonical name kraft's `--plat` accepts.
 */
export function kraftCommands(analysis: Analysis, host: HostFacts | undefined, version: KraftVersion | undefined): KraftCommands {
	const noPrompt = atLeast(version, NO_PROMPT_SINCE) ? ['--no-prompt'] : [];
	const runtime = analysis.model.top.entries ? lastEntry(analysis.model.top.entries, 'runtime') : undefined;
	const memory = runtimeMemory(runtime);
	const mem = memory ? ['-M', memory] : [];
	const base = { noPrompt, ...(memory ? { memory } : {}) };
	const targets: KraftTargetCommands[] = [];
	for (const t of analysis.model.targets) {
		const p = t.platform?.found;
		const a = t.architecture?.found;
		if (p?.kind !== 'platform') continue;
		// A misnomer (`amd64`) makes kraft fail to load the file: its diagnostic says so; no command.
		if (a?.kind !== 'architecture') continue;
		const arch = a.row.id;
		const plat = p.row.id;
		const select = ['--plat', plat, '--arch', arch, ...(t.name ? ['--target', t.name] : [])];
		const build = kraftInvocation(['build', ...noPrompt, ...select]);
		let run: KraftTargetCommands['run'];
		if (plat === 'kraftcloud') {
			run = { ...kraftInvocation(['cloud', 'deploy', ...noPrompt]), kind: 'deploy', emulated: false };
		} else {
			const emulated = host !== undefined && howItRuns(plat, arch, host)?.code === 'emulated-target';
			run = { ...kraftInvocation(['run', ...noPrompt, ...(emulated ? ['-W'] : []), ...mem, ...select]), kind: 'run', emulated };
		}
		const pair = `${plat}/${arch}`;
		targets.push({ index: t.index, label: t.name ? `${t.name} (${pair})` : pair, platform: plat, architecture: arch, ...(t.name ? { name: t.name } : {}), span: t.head, select, build, run });
	}
	if (!runtime) return { ...base, targets };
	const first = targets[0];
	if (first) return { ...base, targets, runtime: { span: runtime.keySpan, build: first.build, run: first.run, target: first.index } };
	// kraft's own choice has no flag to repeat, so no -W either: kraft falls back to emulation itself where there is no KVM.
	return { ...base, targets, runtime: { span: runtime.keySpan, build: kraftInvocation(['build', ...noPrompt]), run: { ...kraftInvocation(['run', ...noPrompt, ...mem]), kind: 'run', emulated: false } } };
}

/** The memory a catalog runtime's README runs it with (`512M`), for the Kraftfile's `runtime` entry; `undefined` when none is known. */
function runtimeMemory(entry: MapEntry | undefined): string | undefined {
	const value = stringValue(entry?.value)?.trim();
	if (!value) return undefined;
	const r = resolveRuntime(value);
	return r.kind === 'catalog' ? r.row.memory : undefined;
}
