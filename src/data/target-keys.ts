// SPDX-License-Identifier: Apache-2.0
// The keys a target map names its platform and architecture with, in one place: rules,
// fixes, hover and completion read these instead of spelling the keys out. `kraft` reads
// `platform` or `plat` (a `plat/arch` value sets both halves) and `architecture` or `arch`,
// and a target's `name` (the legacy loader also takes `kernel`).
import { REV } from './revisions';
import { ghFile, type Sources } from './source';

/** The keys of a target's platform, long first. */
export const PLATFORM_KEYS: readonly string[] = ['platform', 'plat'];
/** The keys of a target's architecture, long first. */
export const ARCH_KEYS: readonly string[] = ['architecture', 'arch'];
/** The keys of a target's name. */
export const NAME_KEYS: readonly string[] = ['name', 'kernel'];

/** The two spellings, each a pair: the short keys (`plat`, `arch`; spec v0.7's) and the long ones. */
export const SHORT_KEYS = { platform: 'plat', architecture: 'arch' } as const;
export const LONG_KEYS = { platform: 'platform', architecture: 'architecture' } as const;

/** True for a short key (`plat`, `arch`). */
export function isShortKey(key: string | undefined): boolean {
	return key === SHORT_KEYS.platform || key === SHORT_KEYS.architecture;
}

export const TARGET_KEY_SOURCES: Sources = [ghFile('unikraft/kraftkit', REV.kraftkit, 'unikraft/target/transform.go', 'the keys read in a target map')];

/** True for `platform` and `plat`. */
export function isPlatformKey(key: string | undefined): boolean {
	return key !== undefined && PLATFORM_KEYS.includes(key);
}

/** True for `architecture` and `arch`. */
export function isArchKey(key: string | undefined): boolean {
	return key !== undefined && ARCH_KEYS.includes(key);
}

/** The key for `half` in the short (`plat`, `arch`) or the long spelling. */
export function keyFor(half: 'platform' | 'architecture', short: boolean): string {
	return short ? SHORT_KEYS[half] : LONG_KEYS[half];
}
