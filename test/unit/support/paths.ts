// SPDX-License-Identifier: Apache-2.0
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project root (tests run from `out/test/unit`, compiled by tsc). */
export const ROOT = resolve(__dirname, '..', '..', '..', '..');

/** `../shared` beside the project, as CI lays it out. */
export const SHARED = resolve(ROOT, '..', 'shared');

export function fixture(...parts: string[]): string {
	return join(ROOT, 'test', 'fixtures', ...parts);
}

export function sharedAvailable(): boolean {
	return existsSync(join(SHARED, 'corpus', 'README.md'));
}

/** Every file below `dir`, sorted, except a folder's README.md: the corpus and the fixtures as tests read them. */
export function filesUnder(dir: string): string[] {
	return readdirSync(dir)
		.flatMap((name) => {
			const p = join(dir, name);
			return statSync(p).isDirectory() ? filesUnder(p) : name === 'README.md' ? [] : [p];
		})
		.sort();
}
