// SPDX-License-Identifier: Apache-2.0
// The bundled Kconfig index for the CLI and the language server: read with Node's `fs` on
// first use (never at start), from beside the bundle (dist/kconfig-index.json, or the
// server package's kconfig-index.json), or, when run from a checkout's compiled sources,
// from src/data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKconfigIndex, type KconfigIndex } from '../core';

const CANDIDATES = [join(__dirname, 'kconfig-index.json'), join(__dirname, '..', '..', '..', 'src', 'data', 'kconfig-index.json')];

/** The index, read once and kept; undefined when it cannot be found or read. */
export function nodeKconfigIndex(): KconfigIndex | undefined {
	return loadKconfigIndex(() => {
		for (const path of CANDIDATES) {
			try {
				return readFileSync(path, 'utf8');
			} catch {
				// The next place.
			}
		}
		throw new Error('kconfig-index.json not found');
	});
}
