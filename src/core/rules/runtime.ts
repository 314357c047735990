// SPDX-License-Identifier: Apache-2.0
// Diagnostic: runtime-reference (error). With the legacy loader (every spec but v0.7),
// `kraft` splits a `runtime:` string at every colon and stops loading the Kraftfile when
// there are more than two parts (QUOTES.runtimeFormat, unikraft/runtime/transform.go at
// f02a5331; unchanged in 2026: kraftkit PR #2621, merged 2026-01-22, rewrote the map branch
// of that function and kept the split). So `localhost:5000/app:latest`, a registry with a
// port, cannot be loaded. Spec v0.7 hands the string on whole (unikraft/app/project_v07.go
// @3602f68e): nothing to report there.
// Diagnostic: runtime-target (information). A catalog runtime (src/data/runtimes.ts, plus
// src/data/runtime-additions.ts) that the catalog does not publish for a target of this
// file. The registry may hold more than the catalog says, so this is advice: if it holds no
// image for the target, `kraft build` stops (QUOTES.runtimeNotFound). Names outside the
// catalog (other registries, localhost, digests, unknown names or tags) are never reported,
// nor `kraftcloud` targets, whose runtimes come from Unikraft Cloud's registry.
import { QUOTES, q } from '../../data/quotes';
import { CATALOG_RUNTIMES_REVISION } from '../../data/runtimes';
import { CATALOG_REVISION_SHORT, publishedTargets, findTarget, resolveRuntime, type PublishedTarget } from '../runtimes';
import { isV07 } from '../spec';
import { builds } from '../support-matrix';
import { andList, code } from '../words';
import { lastEntry, stringValue } from '../yaml-nodes';
import type { Rule } from './rule';

export const runtime: Rule = {
	codes: ['runtime-reference', 'runtime-target'],
	check({ model, spec, release, report }) {
		const entry = lastEntry(model.top.entries ?? [], 'runtime');
		const value = stringValue(entry?.value);
		if (!entry || value === undefined || value.includes('${')) return;
		const r = resolveRuntime(value, { whole: isV07(spec) });
		if (r.kind === 'invalid') {
			report({
				code: 'runtime-reference',
				severity: 'error',
				message: `\`kraft\` cannot load this runtime: it reads it as \`name:tag\`, splits it at every colon, finds ${r.colons + 1} parts and stops with ${q(QUOTES.runtimeFormat)}. A registry with a port (\`localhost:5000/…\`) or a tag with a digest has a colon too many. Spec v0.7 takes the name whole (\`kraft\` v0.12.12 or later).`,
				span: entry.valueSpan,
			});
			return;
		}
		if (r.kind !== 'catalog') return;
		const published = publishedTargets(r.row, r.tag);
		for (const t of model.targets) {
			if (!t.platform || !t.architecture) continue;
			if (t.platform.found.kind !== 'platform' || t.architecture.found.kind !== 'architecture') continue;
			// For Unikraft Cloud, `kraft build` looks the name up in the cloud's own registry
			// (builder_kraftfile_runtime.go: RewrapAsKraftCloudPackage), not in the catalog.
			if (t.platform.found.row.id === 'kraftcloud') continue;
			// A pair that builds in no release the file may mean has its error already.
			if (!builds(t.platform.found.row, t.architecture.found.row.id, release, 'maybe')) continue;
			if (findTarget(published, t.platform.text, t.architecture.text)) continue;
			const pair = `${t.platform.text}/${t.architecture.text}`;
			const span = t.form === 'shorthand' ? { start: t.platform.span.start, end: t.architecture.span.end } : t.platform.span;
			report({
				code: 'runtime-target',
				severity: 'information',
				message: `The Unikraft catalog publishes ${code(`${r.name}:${r.tag}`)} for ${andList(published.map(pairText))}, not for ${code(pair)} (unikraft/catalog ${revisions(published)}). A registry can hold more than the catalog says; if it has no ${code(pair)} image, \`kraft build\` stops with ${q(QUOTES.runtimeNotFound)}.`,
				span,
			});
		}
	},
};

const pairText = (t: PublishedTarget) => `${t.platform}/${t.architecture}`;

/** `667ac92e, 2025-12-13` and any later revision the additions were read at. */
function revisions(published: readonly PublishedTarget[]): string {
	const later = [...new Set(published.map((t) => t.revision).filter((r) => r !== CATALOG_REVISION_SHORT))];
	return [`${CATALOG_REVISION_SHORT}, ${CATALOG_RUNTIMES_REVISION.date}`, ...later.map((r) => `${r} for ${andList(published.filter((t) => t.revision === r).map(pairText))}`)].join('; ');
}
