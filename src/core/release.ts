// SPDX-License-Identifier: Apache-2.0
// Which Unikraft a Kraftfile builds with, read from its `unikraft` (or its absence), as the
// set of releases it may mean. Rules report only what holds in all of them; where nothing
// is known they report only what holds in every release. The forms and what follows from
// each are the README's table "Which Unikraft is checked"; test/fixtures/release has one
// fixture per row.
import { isMap } from 'yaml';
import { BRANCHES, type BranchRow } from '../data/branches';
import { LATEST_RELEASE, RELEASES } from '../data/releases';
import type { KraftfileDoc } from './parse';
import type { Span } from './types';
import { lastEntry, mapEntries, spanOf, stringValue, type MapEntry } from './yaml-nodes';

/** A Unikraft release as numbers, e.g. `0.16.3` → [0, 16, 3]. */
export type ReleaseVersion = readonly [number, number, number];

/** Parses `v0.16.3`, `0.17`, `RELEASE-0.17.0`; anything else (`stable`, a branch, a commit) gives `undefined`. */
export function parseRelease(text: string): ReleaseVersion | undefined {
	const m = /^(?:RELEASE-|v)?(\d{1,3})\.(\d{1,3})(?:\.(\d{1,3}))?$/.exec(text.trim());
	if (!m) return undefined;
	return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}

export function compareRelease(a: ReleaseVersion, b: ReleaseVersion): number {
	return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

export function formatRelease(v: ReleaseVersion): string {
	return `v${v[0]}.${v[1]}.${v[2]}`;
}

/** Every release this extension knows, oldest first. */
export const KNOWN_RELEASES: readonly ReleaseVersion[] = RELEASES.map((r) => parseRelease(r.version)!);

/**
 * The row of the README's table a Kraftfile's `unikraft` falls in:
 * - `release`: a release (`v0.16.3`, `0.16.3`, `RELEASE-0.16.3`, a URL's `?tag=RELEASE-0.16.3`);
 * - `minor`: `0.16`, any of its patch releases;
 * - `newer-release`: a release newer than any this extension knows (`v0.22.0`);
 * - `stable`: the latest release when it is built: v0.21.0 or a newer one;
 * - `known-branch`: `staging`, `plat-hyperlight` (`src/data/branches.ts`);
 * - `other-version`: another branch, a commit, or a release older than any known;
 * - `source`: a path or URL that names no version;
 * - `runtime` / `template`: no `unikraft`, but a prebuilt runtime or a template brings one;
 * - `absent`: no `unikraft`, no `runtime`, no `template`.
 */
export type ReleaseForm = 'release' | 'minor' | 'newer-release' | 'stable' | 'known-branch' | 'other-version' | 'source' | 'runtime' | 'template' | 'absent';

/** The Unikraft a Kraftfile is checked against: the releases it may mean, and why. */
export interface ReleaseInEffect {
	readonly form: ReleaseForm;
	/** Known releases it may be, oldest first. */
	readonly releases: readonly ReleaseVersion[];
	/** It may also be newer than every known release (a later release, or a branch after `after`). */
	readonly newer: boolean;
	/** For a known branch: its facts (platforms no release has). */
	readonly branch?: BranchRow;
	/** True when the Kraftfile says nothing that narrows it: only what holds in every release is checked. */
	readonly unknown: boolean;
	/** One release to show and to order completions by: the newest it may be (the latest known for the rest). */
	readonly version: ReleaseVersion;
	/** `kraftfile`: the file says it; `setting`: the editor setting or CLI flag; `default`: neither. */
	readonly origin: 'kraftfile' | 'setting' | 'default';
	/** Where the Kraftfile says it, when it does. */
	readonly span?: Span;
	/** What the Kraftfile writes, for messages (`stable`, `plat-hyperlight`, `0.16`, a URL…). */
	readonly written?: string;
	/** For `origin: 'setting'`: what set it, in words (default: the editor setting). */
	readonly from?: string;
}

/**
 * The forms the setting `kraftfile.unikraftRelease` (`--unikraft-release`) overrides: a
 * build from source that pins no release. A runtime's or a template's Unikraft is theirs,
 * not the workspace's, so the setting does not speak for it.
 */
export const SETTING_OVERRIDES: readonly ReleaseForm[] = ['stable', 'other-version', 'source', 'absent'];

/**
 * Reads the release in effect: `unikraft` as a string or as a map's `version`/`source`.
 * `top`: the root map's entries (the model's `top.entries`), not the model, which reads
 * the support matrix and so depends on this file.
 */
export function releaseInEffect(parsed: KraftfileDoc, top: readonly MapEntry[] | undefined, setting: string | undefined, settingName?: string): ReleaseInEffect {
	const read = readUnikraft(parsed, top);
	const fromSetting = setting ? parseRelease(setting) : undefined;
	if (fromSetting && SETTING_OVERRIDES.includes(read.form)) {
		const r: Writable<ReleaseInEffect> = { ...exactly(fromSetting), form: read.form, origin: 'setting' };
		if (read.written !== undefined) r.written = read.written;
		if (settingName) r.from = settingName;
		return r;
	}
	return read;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

function readUnikraft(parsed: KraftfileDoc, top: readonly MapEntry[] | undefined): ReleaseInEffect {
	const entry = top && lastEntry(top, 'unikraft');
	if (!entry || !parsed.doc || entry.value == null) {
		if (top && lastEntry(top, 'runtime')) return unknown('runtime', 'default');
		if (top && lastEntry(top, 'template')) return unknown('template', 'default');
		return { ...latestOrNewer(), form: 'absent', origin: 'default' };
	}
	let versionNode = entry.value;
	let source: string | undefined;
	if (isMap(entry.value)) {
		const fields = mapEntries(parsed.doc, entry.value);
		versionNode = (lastEntry(fields, 'version')?.value ?? null) as typeof versionNode;
		source = stringValue(lastEntry(fields, 'source')?.value);
	}
	// A plain number (`unikraft: 0.16`) is written as a version too; read its source text.
	const raw = versionNode && versionNode.range ? parsed.text.slice(versionNode.range[0], versionNode.range[1]).trim() : undefined;
	const text = stringValue(versionNode) ?? (typeof (versionNode as { value?: unknown } | null)?.value === 'number' ? raw : undefined);
	const span = versionNode && versionNode.range ? spanOf(versionNode) : undefined;
	if (text === undefined || text.trim() === '') {
		// A map with only a `source`, or a version kraft would not read: the source's default.
		const from = source !== undefined ? fromSourceUrl(source) : undefined;
		if (from !== undefined) return fromVersion(from, span ?? entry.valueSpan, source);
		return unknown('source', 'kraftfile', source, span ?? entry.valueSpan);
	}
	if (looksLikeSource(text)) {
		// `parseStringProp` in kraftkit's unikraft/component/component.go: a URL's `?branch=`,
		// `?tag=` or `?version=` is its version; a path or a URL without one names none.
		const from = fromSourceUrl(text);
		if (from !== undefined) return fromVersion(from, span!, text);
		return unknown('source', 'kraftfile', text, span);
	}
	return fromVersion(text.trim(), span!, undefined);
}

/** What a version string means; `written` is the whole text when it came from a URL. */
function fromVersion(version: string, span: Span, url: string | undefined): ReleaseInEffect {
	const written = url ?? version;
	// What the version means does not depend on where it is written: read each version once
	// (a few regexes and searches of the release list), not on every keystroke.
	let memo = versionMeanings.get(written);
	if (!memo) {
		if (versionMeanings.size >= 64) versionMeanings.clear();
		versionMeanings.set(written, (memo = { meaning: versionMeaning(version, written) }));
	}
	// Most keystrokes are elsewhere in the file: the same place gives the same (immutable) answer.
	const last = memo.last;
	if (last?.span && last.span.start === span.start && last.span.end === span.end) return last;
	return (memo.last = { ...memo.meaning, span });
}

const versionMeanings = new Map<string, { readonly meaning: ReleaseInEffect; last?: ReleaseInEffect }>();

/** `fromVersion` without the place. */
function versionMeaning(version: string, written: string): ReleaseInEffect {
	const at = { origin: 'kraftfile' as const, written };
	const minor = /^(?:RELEASE-|v)?(\d{1,3})\.(\d{1,3})$/.exec(version);
	const v = parseRelease(version);
	if (v && minor) {
		const patches = KNOWN_RELEASES.filter((r) => r[0] === v[0] && r[1] === v[1]);
		const latestMinor = LATEST_RELEASE[0] === v[0] && LATEST_RELEASE[1] === v[1];
		if (patches.length) return { form: 'minor', releases: patches, newer: latestMinor, unknown: false, version: patches[patches.length - 1]!, ...at };
	}
	if (v) {
		if (compareRelease(v, LATEST_RELEASE) > 0) return { ...latestOrNewer(), releases: [], form: 'newer-release', ...at };
		if (compareRelease(v, KNOWN_RELEASES[0]!) < 0) return unknown('other-version', 'kraftfile', written);
		return { ...exactly(v), form: 'release', ...at };
	}
	if (version === 'stable') return { ...latestOrNewer(), form: 'stable', ...at };
	const branch = BRANCHES.find((b) => b.name === version);
	if (branch) return { form: 'known-branch', releases: [], newer: true, branch, unknown: false, version: LATEST_RELEASE, ...at };
	return unknown('other-version', 'kraftfile', written);
}

/** Exactly one release, as the setting or a caller names it (the schema's examples, the support view). */
export function exactRelease(v: ReleaseVersion): ReleaseInEffect {
	return { ...exactly(v), form: 'release', origin: 'default' };
}

function exactly(v: ReleaseVersion): Pick<ReleaseInEffect, 'releases' | 'newer' | 'unknown' | 'version'> {
	return { releases: [v], newer: false, unknown: false, version: v };
}

function latestOrNewer(): Pick<ReleaseInEffect, 'releases' | 'newer' | 'unknown' | 'version'> {
	return { releases: [LATEST_RELEASE], newer: true, unknown: false, version: LATEST_RELEASE };
}

/** Nothing narrows it: every known release, and newer ones. */
function unknown(form: ReleaseForm, origin: ReleaseInEffect['origin'], written?: string, span?: Span): ReleaseInEffect {
	const r: Writable<ReleaseInEffect> = { form, releases: KNOWN_RELEASES, newer: true, unknown: true, version: LATEST_RELEASE, origin };
	if (written !== undefined) r.written = written;
	if (span) r.span = span;
	return r;
}

function looksLikeSource(text: string): boolean {
	return /^(\.|\/|~)|:\/\/|^git@/.test(text);
}

/** The version a source URL carries in `?branch=`, `?tag=` or `?version=` (in that order, as kraft reads them). */
export function fromSourceUrl(text: string): string | undefined {
	const q = text.indexOf('?');
	if (q < 0 || !/:\/\//.test(text)) return undefined;
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(text.slice(q + 1).split('#')[0]);
	} catch {
		return undefined;
	}
	for (const key of ['branch', 'tag', 'version']) {
		const v = params.get(key);
		if (v) return v;
	}
	return undefined;
}

/** The release in effect in a few words, for lists: `v0.16.3`, `stable`, `plat-hyperlight`. */
export function releaseName(r: ReleaseInEffect): string {
	if (r.origin !== 'setting') {
		if (r.branch) return `\`${r.branch.name}\``;
		if (r.form === 'stable') return '`stable`';
		if (r.form === 'minor' || r.form === 'newer-release') return `\`${r.written}\``;
		if (r.unknown) return 'every release';
	}
	return formatRelease(r.version);
}

/**
 * How messages name the release in effect: `Unikraft v0.16.3 (named by `unikraft`)`,
 * `Unikraft `stable` (v0.21.0 or a newer release)`.
 */
export function describeRelease(r: ReleaseInEffect): string {
	const v = formatRelease(r.version);
	if (r.origin === 'setting') return `Unikraft ${v} (from ${r.from ?? 'the kraftfile.unikraftRelease setting'})`;
	switch (r.form) {
		case 'release':
			return `Unikraft ${v} (named by \`unikraft\`)`;
		case 'minor':
			return `Unikraft \`${r.written}\` (${r.releases.map(formatRelease).join(', ')}${r.newer ? ' or a newer patch release' : ''})`;
		case 'newer-release':
			return `Unikraft \`${r.written}\` (newer than ${v}, the latest release this extension knows)`;
		case 'stable':
			return `Unikraft \`stable\` (${v} or a newer release)`;
		case 'absent':
			return `Unikraft ${v} or a newer release (no \`unikraft\` names one)`;
		case 'known-branch':
			return `Unikraft’s \`${r.branch!.name}\` branch (${r.branch!.title}, after v${r.branch!.after})`;
		case 'runtime':
			return 'the Unikraft of the runtime image (not named here)';
		case 'template':
			return 'the Unikraft of the template (not named here)';
		case 'source':
			return `the Unikraft at \`${r.written ?? 'its source'}\` (no version named)`;
		case 'other-version':
			return `Unikraft \`${r.written}\` (not a release this extension knows)`;
	}
}

/** What was assumed, for hovers: one sentence; empty when the file names one release. */
export function releaseAssumption(r: ReleaseInEffect): string {
	if (r.origin === 'setting') return `The Kraftfile pins no release; ${formatRelease(r.version)} comes from ${r.from ?? 'the `kraftfile.unikraftRelease` setting'}.`;
	if (r.unknown) return `Checked against ${describeRelease(r)}: only what holds in every Unikraft release is checked. Set \`kraftfile.unikraftRelease\` to check one release.`;
	if (r.form === 'release') return '';
	return 'Only what holds in every release this may mean is an error.';
}
