// SPDX-License-Identifier: Apache-2.0
// Diagnostic: conflicting-keys. A target sets its platform twice (`plat` and `platform`)
// or its architecture twice (`arch` and `architecture`, or `platform: qemu/x86_64` with
// an architecture key). The legacy loader ranges over the Go map in random order, so
// with different values each build may pick another one (error); with equal values it
// is only redundant (information). Spec v0.7 always takes `plat`/`arch` and ignores the
// long keys (warning). Source: unikraft/kraftkit unikraft/target/transform.go;
// unikraft-cloud/x kraftfile/spec.go.
import { isArchKey, isPlatformKey } from '../../data/target-keys';
import { isV07 } from '../spec';
import { stringValue, type MapEntry } from '../yaml-nodes';
import type { TargetHalf } from '../types';
import type { Rule } from './rule';

export const conflictingKeys: Rule = {
	codes: ['conflicting-keys'],
	check({ model, spec, report }) {
		for (const t of model.targets) {
			if (t.form !== 'map' || !setTwice(t.entries)) continue;
			const str = (e: MapEntry) => stringValue(e.value);
			const plats = t.entries.filter((e) => isPlatformKey(e.key));
			const archs = t.entries.filter((e) => isArchKey(e.key));
			const platValues = plats.map((e) => (str(e) ?? '').split('/')[0]);
			const archValues = [
				...plats.filter((e) => (str(e) ?? '').includes('/')).map((e) => ({ e, v: str(e)!.slice(str(e)!.indexOf('/') + 1) })),
				...archs.map((e) => ({ e, v: str(e) ?? '' })),
			];
			if (new Set(plats.map((e) => e.key)).size > 1) {
				emit('platform', plats.map((e) => e.key!), new Set(platValues).size > 1, plats[plats.length - 1]!);
			}
			// The same key twice is duplicate-key's: reporting it here too made fix-all remove both.
			if (new Set(archValues.map((x) => x.e.key)).size > 1) {
				emit('architecture', archValues.map((x) => (isPlatformKey(x.e.key) ? `${x.e.key}: …/${x.v}` : x.e.key!)), new Set(archValues.map((x) => x.v)).size > 1, archValues[archValues.length - 1]!.e);
			}
			function emit(what: TargetHalf, keys: string[], differ: boolean, at: MapEntry): void {
				const data = { kind: 'conflict', target: t.index, half: what } as const;
				const listed = keys.map((k) => `\`${k}\``).join(' and ');
				const span = t.viaAlias ? t.span : (at.mergedAt ?? at.keySpan);
				if (isV07(spec)) {
					report({ code: 'conflicting-keys', severity: 'warning', message: `This target sets its ${what} twice (${listed}); spec v0.7 reads the short key and ignores the other. Keep one.`, span, data });
				} else if (differ) {
					report({
						code: 'conflicting-keys',
						severity: 'error',
						message: `This target sets its ${what} twice (${listed}) to different values: \`kraft\` reads the keys in random order, so each build may pick either one. Keep one.`,
						span,
						data,
					});
				} else {
					report({ code: 'conflicting-keys', severity: 'information', message: `This target sets its ${what} twice (${listed}), to the same value. Keep one.`, span, data });
				}
			}
		}
	},
};

/**
 * True when a target may set its platform or its architecture twice: two platform keys,
 * or two architecture values (architecture keys, and `plat/arch` in a platform key).
 * Most targets set each once; they skip the work above.
 */
function setTwice(entries: readonly MapEntry[]): boolean {
	let plats = 0;
	let archs = 0;
	for (const e of entries) {
		if (isPlatformKey(e.key)) {
			plats++;
			if (stringValue(e.value)?.includes('/')) archs++;
		} else if (isArchKey(e.key)) {
			archs++;
		}
	}
	return plats > 1 || archs > 1;
}
