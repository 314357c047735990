// SPDX-License-Identifier: Apache-2.0
// The Kconfig option names the catalog's Kraftfiles set, read with the core's own kconfig
// block reader, checked against the index.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { kconfigBlocks } from '../../src/core/kconfig';
import { indexOption, symbolOfConfigName, type KconfigIndex } from '../../src/core/kconfig-lang';
import { buildModel } from '../../src/core/model';
import { parseKraftfile } from '../../src/core/parse';

export interface CatalogCoverage {
	readonly files: number;
	readonly withKconfig: number;
	/** Distinct names set, sorted. */
	readonly names: readonly string[];
	readonly known: readonly string[];
	readonly unknown: readonly string[];
}

const KRAFTFILE = /^(Kraftfile|kraft\.ya?ml|Kraftfile\.ya?ml)$/;

function kraftfiles(dir: string, out: string[] = []): string[] {
	for (const name of readdirSync(dir).sort()) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) kraftfiles(p, out);
		else if (KRAFTFILE.test(name)) out.push(p);
	}
	return out;
}

export function catalogCoverage(shared: string, index: KconfigIndex): CatalogCoverage {
	const files = ['unikraft-catalog', 'unikraft-catalog-2026'].flatMap((d) => kraftfiles(join(shared, 'corpus', d)));
	const names = new Set<string>();
	let withKconfig = 0;
	for (const f of files) {
		const parsed = parseKraftfile(readFileSync(f, 'utf8'));
		const options = kconfigBlocks(parsed, buildModel(parsed)).flatMap((b) => b.options);
		if (options.length > 0) withKconfig++;
		for (const o of options) names.add(o.name);
	}
	const sorted = [...names].sort();
	const isKnown = (n: string) => {
		const symbol = symbolOfConfigName(n);
		return symbol !== undefined && indexOption(index, symbol).length > 0;
	};
	return { files: files.length, withKconfig, names: sorted, known: sorted.filter(isKnown), unknown: sorted.filter((n) => !isKnown(n)) };
}
