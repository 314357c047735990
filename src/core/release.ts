// SPDX-License-Identifier: Apache-2.0
import { isMap } from 'yaml';
import { LATEST_RELEASE, STAGING_RELEASE } from '../data/releases';
import type { KraftfileModel } from './model';
import type { Span } from './types';
import { lastEntry, mapEntries, spanOf, stringValue } from './yaml-nodes';
import type { KraftfileDoc } from './parse';

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

/** The Unikraft release the targets are checked against, and where that choice came from. */
export interface ReleaseInEffect {
	readonly version: ReleaseVersion;
	/** `kraftfile`: the file names it; `setting`: the editor setting or CLI flag; `latest`: neither did. */
	readonly origin: 'kraftfile' | 'setting' | 'latest';
	/** Where the Kraftfile names it, when it does. */
	readonly span?: Span;
	/** What the Kraftfile says instead of a release (`stable`, a branch …), for messages. */
	readonly written?: string;
	/** For `origin: 'setting'`: what set it, in words (default: the editor setting). */
	readonly from?: string;
}

/**
 * Reads `unikraft: v0.16.3` or `unikraft: { version: v0.16.3 }`. A path or URL names a
 * source, not a version (`unikraft/component/component.go` `parseStringProp`); `stable`,
 * `staging`, a branch or a commit name no release, so the setting or the latest applies.
 */
export function releaseInEffect(k: KraftfileDoc, model: KraftfileModel, setting: string | undefined, settingName?: string): ReleaseInEffect {
	let written: string | undefined;
	const entry = model.top.entries && lastEntry(model.top.entries, 'unikraft');
	if (entry && k.doc) {
		let versionNode = entry.value;
		if (isMap(entry.value)) versionNode = lastEntry(mapEntries(k.doc, entry.value), 'version')?.value ?? null;
		// A plain number (`unikraft: 0.16`) is written as a version too; read its source text.
		const raw = versionNode && versionNode.range ? k.text.slice(versionNode.range[0], versionNode.range[1]) : undefined;
		const text = stringValue(versionNode) ?? (typeof (versionNode as { value?: unknown } | null)?.value === 'number' ? raw : undefined);
		if (text !== undefined && !looksLikeSource(text)) {
			const v = parseRelease(text);
			if (v) return { version: v, origin: 'kraftfile', span: spanOf(versionNode!) };
			// `staging` is Unikraft's development branch: newer than any release.
			if (text.trim() === 'staging') return { version: STAGING_RELEASE, origin: 'kraftfile', span: spanOf(versionNode!), written: 'staging' };
			written = text;
		}
	}
	const fromSetting = setting ? parseRelease(setting) : undefined;
	if (fromSetting) return { version: fromSetting, origin: 'setting', ...(written ? { written } : {}), ...(settingName ? { from: settingName } : {}) };
	return { version: LATEST_RELEASE, origin: 'latest', ...(written ? { written } : {}) };
}

function looksLikeSource(text: string): boolean {
	return /^(\.|\/|~)|:\/\/|^git@/.test(text);
}

/** The release in effect in a few words: `v0.16.3`, or `staging`. */
export function releaseName(r: ReleaseInEffect): string {
	return r.written === 'staging' ? '`staging`' : formatRelease(r.version);
}

/** How messages name the release in effect: “Unikraft v0.16.3 (from `unikraft:`)”. */
export function describeRelease(r: ReleaseInEffect): string {
	const v = formatRelease(r.version);
	switch (r.origin) {
		case 'kraftfile':
			return r.written === 'staging' ? 'Unikraft `staging` (the development branch)' : `Unikraft ${v} (named by \`unikraft\`)`;
		case 'setting':
			return `Unikraft ${v} (from ${r.from ?? 'the kraftfile.unikraftRelease setting'})`;
		case 'latest':
			return `Unikraft ${v} (the latest release${r.written ? `, as \`${r.written}\` names none` : ''})`;
	}
}
