// SPDX-License-Identifier: Apache-2.0
// How the file writes its targets, so that a new one looks like the others.
import { LONG_KEYS, SHORT_KEYS } from '../../data/target-keys';
import type { Analysis } from '../analyze';
import { isV07 } from '../spec';
import { ARCH_NAMES, architecturesFor, offered, platformsFor, platformsIn } from '../support-matrix';
import type { ReleaseInEffect } from '../release';

export interface TargetStyle {
	/** `plat/arch` strings, or maps. */
	readonly form: 'shorthand' | 'map';
	readonly platformKey: (typeof SHORT_KEYS | typeof LONG_KEYS)['platform'];
	readonly archKey: (typeof SHORT_KEYS | typeof LONG_KEYS)['architecture'];
}

/**
 * The form most targets use (shorthand when there are none: the catalog's house style),
 * and the key spellings the map targets use (else those of the spec: `plat`/`arch` in
 * v0.7, `platform`/`architecture` before).
 */
export function targetStyle(analysis: Analysis): TargetStyle {
	const targets = analysis.model.targets;
	const maps = targets.filter((t) => t.form === 'map');
	const shorthands = targets.filter((t) => t.form === 'shorthand');
	const keys = new Set(maps.flatMap((t) => t.entries.map((e) => e.key)));
	// Short spellings go together: a file that writes `plat` gets `arch`, and the reverse.
	const has = (key: string) => keys.has(key);
	const short = [SHORT_KEYS.platform, SHORT_KEYS.architecture].some(has) ? true : [LONG_KEYS.platform, LONG_KEYS.architecture].some(has) ? false : isV07(analysis.spec);
	// Each half keeps the spelling the file already uses for it; else the pair's.
	const spelled = <H extends 'platform' | 'architecture'>(half: H) => (has(SHORT_KEYS[half]) ? SHORT_KEYS[half] : has(LONG_KEYS[half]) ? LONG_KEYS[half] : short ? SHORT_KEYS[half] : LONG_KEYS[half]);
	return {
		form: maps.length > shorthands.length ? 'map' : 'shorthand',
		platformKey: spelled('platform'),
		archKey: spelled('architecture'),
	};
}

/** Every `plat/arch` that builds in `release`: platforms in data order, each's architectures most-supported first. */
export function supportedPairs(release: ReleaseInEffect): string[] {
	return platformsIn(release).flatMap((p) => archOrder(release, architecturesFor(p, release, offered(release))).map((a) => `${p.id}/${a}`));
}

/** Architectures ordered by how many platforms build for them in `release` (x86_64 first), then as in the data. */
export function archOrder<T extends string>(release: ReleaseInEffect, archs: readonly T[]): T[] {
	const count = (a: string) => platformsFor(a as (typeof ARCH_NAMES)[number], release, offered(release)).length;
	return [...archs].sort((a, b) => count(b) - count(a) || ARCH_NAMES.indexOf(a as never) - ARCH_NAMES.indexOf(b as never));
}

/**
 * A snippet for a new target in `style` (VS Code snippet syntax, choices of what builds in
 * `release`). `col`: the column where the item's content starts, for the map form's second
 * line; `flow`: inside `[…]`. Without the list marker: the caller writes `- ` if needed.
 */
export function targetSnippet(style: TargetStyle, release: ReleaseInEffect, where: { readonly col: number; readonly eol: string; readonly flow: boolean }): string {
	if (style.form === 'shorthand') return `\${1|${supportedPairs(release).map(escapeChoice).join(',')}|}`;
	const plats = platformsIn(release).map((p) => p.id);
	const archs = archOrder(release, ARCH_NAMES.filter((a) => platformsFor(a, release, offered(release)).length > 0));
	const plat = `${style.platformKey}: \${1|${plats.map(escapeChoice).join(',')}|}`;
	const arch = `${style.archKey}: \${2|${archs.map(escapeChoice).join(',')}|}`;
	return where.flow ? `{${plat}, ${arch}}` : `${plat}${where.eol}${' '.repeat(where.col)}${arch}`;
}

/** Escapes text for a snippet choice (`,`, `|`, `$`, `}` and `\\`). */
export function escapeChoice(text: string): string {
	return text.replace(/[\\,|$}]/g, '\\$&');
}
