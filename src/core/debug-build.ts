// SPDX-License-Identifier: Apache-2.0
import type { ArchId } from '../data/architectures';
import { DEBUG_NAME_PARTS, DEBUG_OPTIONS, type DebugOptionRow } from '../data/debug-options';
import type { PlatformRow } from '../data/platforms';
import { kconfigBlocks, type KconfigBlock } from './kconfig';
import type { KraftfileModel, TargetModel } from './model';
import type { KraftfileDoc } from './parse';
import type { ReleaseInEffect } from './release';
import { ARCH_NAMES, platformRow, platformsIn, supportInEffect } from './support-matrix';
import type { Span } from './types';
import { lastEntry } from './yaml-nodes';

/** Something in a Kraftfile that makes it a debug build. */
export type DebugSignal =
	| { readonly kind: 'option'; readonly span: Span; readonly option: DebugOptionRow; readonly block: KconfigBlock }
	| { readonly kind: 'name'; readonly span: Span; readonly name: string; readonly target: TargetModel };

/**
 * Why this Kraftfile is a debug build, in source order: each debug option a `kconfig`
 * turns on (`src/data/debug-options.ts`), and each target whose `name` says `debug` or
 * `dbg`. Empty for a build that is not a debug build.
 */
export function debugSignals(parsed: KraftfileDoc, model: KraftfileModel): DebugSignal[] {
	const out: DebugSignal[] = [];
	for (const block of kconfigBlocks(parsed, model)) {
		for (const o of block.options) {
			const option = DEBUG_OPTIONS.find((r) => r.name === o.name);
			if (option && o.on) out.push({ kind: 'option', span: o.span, option, block });
		}
	}
	for (const t of model.targets) {
		if (t.name === undefined || !DEBUG_NAME_PARTS.some((p) => t.name!.toLowerCase().includes(p))) continue;
		const entry = lastEntry(t.entries, 'name', 'kernel');
		const span = t.viaAlias || !entry ? t.head : (entry.mergedAt ?? entry.valueSpan);
		out.push({ kind: 'name', span, name: t.name, target: t });
	}
	return out.sort((a, b) => a.span.start - b.span.start);
}

/** The `linuxu` row of the support matrix. */
export const LINUXU: PlatformRow = platformRow('linuxu');

/** Whether every release `release` may mean still has `linuxu` (it was removed in v0.17.0). */
export function hasLinuxu(release: ReleaseInEffect): boolean {
	return ARCH_NAMES.some((a) => supportInEffect(LINUXU, a, release).status === 'supported');
}

/** True for a target whose platform is `linuxu`. */
export function isLinuxuTarget(t: TargetModel): boolean {
	const p = t.platform?.found;
	return p?.kind === 'platform' && p.row.id === 'linuxu';
}

/** A target's architecture, when it is one Unikraft knows. */
export function archOf(t: TargetModel): ArchId | undefined {
	const a = t.architecture?.found;
	return a?.kind === 'architecture' ? a.row.id : undefined;
}

/**
 * The platform to build on `arch` instead of `linuxu`: a hypervisor platform the matrix
 * supports there in `release`, one `kraft run` starts locally first (`qemu`), else one it
 * only builds (`xen` for `arm`). `undefined` when none builds for `arch`.
 */
export function vmPlatformFor(arch: ArchId, release: ReleaseInEffect): PlatformRow | undefined {
	const vms = platformsIn(release).filter((p) => p.hypervisor === 'type-1' && supportInEffect(p, arch, release).status === 'supported');
	return vms.find((p) => p.localRun === 'yes') ?? vms[0];
}
