// SPDX-License-Identifier: Apache-2.0
// Two ways a target is commonly written wrong whose meaning is plain, recognised in one
// place for the rule that reports them (rules/invalid-target.ts), the rule that must then
// stay quiet (rules/unknown-key.ts) and the fix (fixes/invalid-target.ts):
// - `- qemu: x86_64`: a map whose key is the platform and whose value is the architecture;
// - `- qemu-x86_64` (`_`, a space or `:` in place of the `/`): the two names joined wrongly.
import { isPlatformKey, isArchKey } from '../data/target-keys';
import { isMap, isScalar } from 'yaml';
import type { TargetModel } from './model';
import { lookupArchitecture, lookupPlatform } from './support-matrix';
import type { Span } from './types';
import type { MapEntry } from './yaml-nodes';

/** A map target written `platform: architecture`: the entry, and the `plat/arch` it means. */
export interface PlatformAsKey {
	readonly entry: MapEntry;
	readonly platform: string;
	readonly architecture: string;
	/** True when that entry is the whole map: then `plat/arch` can replace it. */
	readonly alone: boolean;
	/** What `plat/arch` replaces: a flow map with its braces, a block map's entry (not the line end after it). */
	readonly span: Span;
}

/**
 * `- qemu: x86_64`: a map target without a platform or architecture key, one of whose own
 * keys is a platform name `kraft` knows (an alias included) with a name as its value. `kraft`
 * reads no platform from it; the author meant `- qemu/x86_64`.
 */
export function platformAsKey(t: TargetModel): PlatformAsKey | undefined {
	if (t.form !== 'map' || t.viaAlias || !isMap(t.node)) return undefined;
	if (t.entries.some((e) => isPlatformKey(e.key) || isArchKey(e.key))) return undefined;
	const entry = t.entries.find((e) => !e.mergedAt && e.key !== undefined && lookupPlatform(e.key).kind === 'platform' && isScalar(e.value) && typeof e.value.value === 'string' && e.value.value !== '' && !e.value.value.includes('/'));
	if (!entry) return undefined;
	const architecture = (entry.value as { value: string }).value;
	const flow = t.node.flow === true && t.node.range;
	const span = flow ? { start: t.node.range![0], end: t.node.range![1] } : { start: entry.keySpan.start, end: Math.max(entry.keySpan.end, entry.valueSpan.end) };
	return { entry, platform: entry.key!, architecture, alone: t.entries.length === 1, span };
}

/** What may stand between the two names where `/` belongs. */
const WRONG_SEPARATORS = ['-', '_', ' ', ':'];

/**
 * `qemu-x86_64`, `qemu_x86_64`, `qemu x86_64`, `qemu:x86_64` → `['qemu', 'x86_64']`: a
 * known platform and a known architecture joined by something other than `/`. `undefined`
 * unless exactly that (`x86_64` itself holds a `_`, so every place is tried).
 */
export function joinedWrongly(value: string): [string, string] | undefined {
	if (value.includes('/')) return undefined;
	for (let i = 1; i < value.length - 1; i++) {
		if (!WRONG_SEPARATORS.includes(value[i]!)) continue;
		const platform = value.slice(0, i).trim();
		const architecture = value.slice(i + 1).trim();
		if (lookupPlatform(platform).kind === 'platform' && lookupArchitecture(architecture).kind === 'architecture') return [platform, architecture];
	}
	return undefined;
}
