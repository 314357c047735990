// SPDX-License-Identifier: Apache-2.0
// Fix helpers about targets: what a target would become, and edits that add or change a target in the style the file already uses.
import { isArchKey, isPlatformKey, keyFor, LONG_KEYS, NAME_KEYS, SHORT_KEYS } from '../../data/target-keys';
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { ArchId } from '../../data/architectures';
import type { Analysis } from '../analyze';
import type { TargetModel } from '../model';
import type { ReleaseInEffect } from '../release';
import { lookupArchitecture, lookupPlatform, supportInEffect } from '../support-matrix';
import type { Span } from '../types';
import type { TextEdit } from './fix';
import { replaceScalar } from './text-edits';
import { appendSeqItem } from './yaml-edits';

/**
 * Whether `platform/arch` would pass the support check in `release`: `error` when the
 * matrix says it cannot build; `ok` otherwise (also when a name is unknown: the name's own
 * diagnostic says so, a fix of the other half does not make it worse).
 */
export function pairVerdict(platform: string, arch: string, release: ReleaseInEffect): 'ok' | 'warning' | 'error' {
	const p = lookupPlatform(platform);
	const a = lookupArchitecture(arch);
	if (p.kind !== 'platform' || a.kind !== 'architecture') return 'ok';
	const s = supportInEffect(p.row, a.row.id, release);
	// Where the releases it may mean disagree, the support check reports no error either.
	if (s.status === 'supported' || s.status === 'unknown') return 'ok';
	return s.status === 'unsupported' ? s.severity : 'error';
}

/** The key `kraft` uses to tell two targets apart: name, canonical platform, architecture. */
export function targetKey(analysis: Analysis, t: TargetModel, platform = t.platform?.text, arch = t.architecture?.text): string | undefined {
	if (platform === undefined || arch === undefined) return undefined;
	const p = lookupPlatform(platform);
	return JSON.stringify([t.name ?? analysis.model.projectName ?? '', p.kind === 'platform' ? p.row.id : platform, arch]);
}

/** Another target that `t` would duplicate if it were `platform/arch`. */
export function wouldDuplicate(analysis: Analysis, t: TargetModel, platform: string, arch: string): TargetModel | undefined {
	const key = targetKey(analysis, t, platform, arch);
	return analysis.model.targets.find((o) => o !== t && targetKey(analysis, o) === key);
}

/** True when `t` holds nothing but its platform, architecture and name: removing it loses nothing else. */
export function isPlain(t: TargetModel): boolean {
	return t.viaAlias || t.form === 'shorthand' || t.entries.every((e) => isPlatformKey(e.key) || isArchKey(e.key) || NAME_KEYS.includes(e.key ?? ''));
}

/** True when only `t` reads the text at `span` (no alias or merge shares it). */
export function ownsSpan(analysis: Analysis, t: TargetModel, span: Span): boolean {
	return analysis.model.targets.every((o) => o === t || ![o.platform?.span, o.architecture?.span].some((s) => s && s.start === span.start && s.end === span.end));
}

/** An edit that makes `t`'s platform `platform`, or `undefined` if its platform is not written plainly. */
export function setPlatform(analysis: Analysis, t: TargetModel, platform: string): TextEdit | undefined {
	const p = t.platform;
	if (!p?.exact || !ownsSpan(analysis, t, p.span)) return undefined;
	return { span: p.span, newText: platform };
}

/**
 * An edit that adds the target `platform/arch` at the end of `targets`, in the style of
 * the last target there: shorthand or map (with the same keys), block or flow, quoted or
 * not. `undefined` when the file has no `targets` list to add to.
 */
export function addTarget(analysis: Analysis, platform: string, arch: ArchId, eol: string): TextEdit | undefined {
	const text = analysis.parsed.text;
	const seq = analysis.model.targetsEntry?.value;
	if (!isSeq(seq)) return undefined;
	const last = analysis.model.targets[analysis.model.targets.length - 1];
	const raw = seq.items[seq.items.length - 1] as Node | undefined;
	if (last?.form === 'map' && isMap(last.node) && !last.viaAlias) {
		const keys = mapKeys(last.node);
		if (keys.combined) return appendSeqItem(text, seq, `{${keys.platform}: ${platform}/${arch}}`, eol, [[keys.platform, `${platform}/${arch}`]]);
		return appendSeqItem(text, seq, `{${keys.platform}: ${platform}, ${keys.arch}: ${arch}}`, eol, [
			[keys.platform, platform],
			[keys.arch, arch],
		]);
	}
	const quote = isScalar(raw) && raw.type === 'QUOTE_SINGLE' ? "'" : isScalar(raw) && raw.type === 'QUOTE_DOUBLE' ? '"' : '';
	return appendSeqItem(text, seq, `${quote}${platform}/${arch}${quote}`, eol);
}

/** Replaces `t`'s whole `plat/arch` shorthand (keeping its quotes). */
export function setShorthand(analysis: Analysis, t: TargetModel, platform: string, arch: string): TextEdit | undefined {
	if (t.form !== 'shorthand' || t.viaAlias || !t.platform?.exact || !t.architecture?.exact || !t.node?.range) return undefined;
	return replaceScalar(analysis.parsed.text, { start: t.node.range[0], end: t.node.range[1] }, `${platform}/${arch}`);
}

function mapKeys(map: YAMLMap): { platform: string; arch: string; combined: boolean } {
	const keys = map.items.map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
	const short = keys.includes(SHORT_KEYS.platform);
	const platform = keyFor('platform', short);
	const arch = keys.includes(SHORT_KEYS.architecture) ? SHORT_KEYS.architecture : keys.includes(LONG_KEYS.architecture) ? LONG_KEYS.architecture : keyFor('architecture', short);
	const combined = !keys.some(isArchKey);
	return { platform, arch, combined };
}
