// SPDX-License-Identifier: Apache-2.0
import { existsSync } from 'node:fs';
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
