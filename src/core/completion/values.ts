// SPDX-License-Identifier: Apache-2.0
// Platform and architecture values, and `plat/arch` pairs: what builds with the other half
// of the target in the release in effect first; what does not, marked and last. Aliases,
// planned platforms and platforms the release does not have are not offered.
import { ARCHITECTURES, type ArchId } from '../../data/architectures';
import type { PlatformRow } from '../../data/platforms';
import { STACKS } from '../../data/virtualization';
import type { Analysis } from '../analyze';
import { releaseName } from '../release';
import { ARCH_NAMES, architecturesFor, builds, offered, lookupArchitecture, lookupPlatform, platformsFor, platformsIn, supportInEffect } from '../support-matrix';
import type { Span } from '../types';
import type { CompletionItem } from './item';
import { archOrder, supportedPairs } from './style';

/** Platforms for the slot `replace`; `arch`: the other half as written. */
export function platformItems(analysis: Analysis, replace: Span, lead: string, arch: string | undefined): CompletionItem[] {
	const v = analysis.release;
	const archId = archIdOf(arch);
	return platformsIn(v).map((row, i) => {
		const s = archId ? supportInEffect(row, archId, v) : undefined;
		const ok = !archId || builds(row, archId, v, offered(v));
		const kind = STACKS.find((k) => k.kind === row.hypervisor)!.title;
		const why = s && s.status === 'unsupported' ? s.why : !ok ? `Not for ${archId} in ${releaseName(analysis.release)}.` : '';
		return {
			label: row.id,
			kind: 'value',
			detail: ok ? `${row.title} · ${kind}` : `✗ not for ${archId} in ${releaseName(analysis.release)} · ${row.title}`,
			documentation: [row.summary, why, archLine(row, analysis)].filter((x) => x !== '').join('\n\n'),
			insertText: lead + row.id,
			replace,
			sortText: sort(ok ? 0 : 1, i),
		};
	});
}

/** Architectures for the slot `replace`; `platform`: the other half as written. */
export function architectureItems(analysis: Analysis, replace: Span, lead: string, platform: string | undefined): CompletionItem[] {
	const v = analysis.release;
	const found = platform !== undefined ? lookupPlatform(platform) : undefined;
	const row = found?.kind === 'platform' ? found.row : undefined;
	const ok = row ? architecturesFor(row, v, offered(v)) : ARCH_NAMES.filter((a) => platformsFor(a, v, offered(v)).length > 0);
	const ordered = [...archOrder(v, ok), ...archOrder(v, ARCH_NAMES.filter((a) => !ok.includes(a)))];
	return ordered.map((a, i) => {
		const arch = ARCHITECTURES.find((x) => x.id === a)!;
		const good = ok.includes(a);
		const s = row ? supportInEffect(row, a, v) : undefined;
		const why = s && s.status === 'unsupported' ? s.why : '';
		const plats = platformsFor(a, v, offered(v)).map((p) => p.id);
		return {
			label: a,
			kind: 'value',
			detail: good ? arch.title : `✗ not ${row ? `for ${row.id}` : 'built by any platform'} in ${releaseName(analysis.release)} · ${arch.title}`,
			documentation: [arch.summary, why, `Platforms for ${a} in ${releaseName(analysis.release)}: ${plats.length ? plats.map((p) => `\`${p}\``).join(', ') : 'none'}.`].filter((x) => x !== '').join('\n\n'),
			insertText: lead + a,
			replace,
			sortText: sort(good ? 0 : 1, i),
		};
	});
}

/**
 * `plat/arch` for every pair that builds in the release in effect, except those other
 * targets already have. `prefix`: written before each (`- ` for a new list item).
 */
export function pairItems(analysis: Analysis, replace: Span, prefix: string, offset: number): CompletionItem[] {
	const v = analysis.release;
	const taken = takenPairs(analysis, offset);
	return supportedPairs(v)
		.filter((pair) => !taken.has(pair))
		.map((pair, i) => {
			const [p, a] = pair.split('/') as [string, ArchId];
			const row = lookupPlatform(p);
			const plat = row.kind === 'platform' ? row.row : undefined;
			const arch = ARCHITECTURES.find((x) => x.id === a)!;
			const s = plat ? supportInEffect(plat, a, v) : undefined;
			const caveat = s?.status === 'supported' && s.caveat ? s.caveat : '';
			return {
				label: pair,
				kind: 'value',
				detail: `${plat?.title ?? p} on ${arch.title}`,
				documentation: [plat?.summary ?? '', caveat].filter((x) => x !== '').join('\n\n'),
				insertText: prefix + pair,
				replace,
				sortText: sort(0, i),
			} satisfies CompletionItem;
		});
}

/** `plat/arch` of the other targets, in canonical names. */
function takenPairs(analysis: Analysis, offset: number): Set<string> {
	const out = new Set<string>();
	for (const t of analysis.model.targets) {
		if (!t.platform || !t.architecture || (t.span.start <= offset && offset <= t.span.end)) continue;
		const p = t.platform.found;
		const a = archIdOf(t.architecture.text);
		if (p.kind === 'platform' && a) out.add(`${p.row.id}/${a}`);
	}
	return out;
}

function archIdOf(name: string | undefined): ArchId | undefined {
	if (name === undefined) return undefined;
	const a = lookupArchitecture(name);
	return a.kind === 'architecture' ? a.row.id : a.kind === 'misnomer' ? a.means : undefined;
}

function archLine(row: PlatformRow, analysis: Analysis): string {
	const archs = architecturesFor(row, analysis.release, offered(analysis.release));
	return `Architectures in ${releaseName(analysis.release)}: ${archs.map((a) => `\`${a}\``).join(', ')}.`;
}

/** A sort key: group first, then position. */
export function sort(group: number, index: number): string {
	return `${group}${String(index).padStart(3, '0')}`;
}
