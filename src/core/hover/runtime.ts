// SPDX-License-Identifier: Apache-2.0
// The hover of a `runtime:` value. A catalog runtime (src/data/runtimes.ts and the additions
// published since its snapshot): what it is, the targets the catalog publishes it for, and
// how `kraft run` would start each here (the verdicts of the host diagnostics). Any other
// name says what kind of name it is and that nothing more is known: no registry is asked.
import { RUNTIME_REFERENCE } from '../../data/runtime-reference';
import { CATALOG_RUNTIMES_REVISION } from '../../data/runtimes';
import type { Source } from '../../data/source';
import type { TargetModel } from '../model';
import { CATALOG_REVISION_SHORT, findTarget, publishedTargets, type PublishedTarget, type RuntimeResolution } from '../runtimes';
import { lookupArchitecture, lookupPlatform } from '../support-matrix';
import { andList, code } from '../words';
import { describeHost, hereVerdict, type HereVerdict, type HoverEnv } from './env';
import { href, lead, sourcesLine } from './markdown';

const CATALOG = `unikraft/catalog ${CATALOG_REVISION_SHORT}, ${CATALOG_RUNTIMES_REVISION.date}`;
const catalogTree = (revision: string, path: string) => `https://github.com/unikraft/catalog/tree/${revision}/${path}`;
const pair = (t: { platform: string; architecture: string }) => `${t.platform}/${t.architecture}`;

/** Markdown for the `runtime` value `value`, read as `r`; `targets`: the file's targets. */
export function runtimeHover(value: string, r: RuntimeResolution, targets: readonly TargetModel[], env: HoverEnv): string {
	if (r.kind === 'catalog') return catalogHover(value, r, targets, env);
	return outsideHover(value, r);
}

function catalogHover(value: string, r: Extract<RuntimeResolution, { kind: 'catalog' }>, targets: readonly TargetModel[], env: HoverEnv): string {
	const { row, name, tag } = r;
	const published = publishedTargets(row, tag);
	// The name kraft asks for: the default registry and tag (kraftkit oci/oci.go).
	const sources: Source[] = [...row.sources, ...RUNTIME_REFERENCE.sources.filter((x) => x.url.endsWith('/oci/oci.go'))];
	for (const t of published) if (t.addition && !sources.includes(t.addition.sources[0])) sources.push(...t.addition.sources);
	const full = `${RUNTIME_REFERENCE.defaultRegistry}/${name}:${tag}`;
	const later = published.filter((t) => t.addition);
	const revs = later.length > 0 ? `${CATALOG}; ${[...new Set(later.map((t) => t.revision))].join(', ')} for ${andList(later.map(pair))}` : CATALOG;

	// The file's targets with names kraft knows, and which of them the catalog publishes.
	const written = targets.filter((t) => t.platform?.found.kind === 'platform' && t.architecture?.found.kind === 'architecture');
	const missing = written.filter((t) => !findTarget(published, t.platform!.text, t.architecture!.text));
	const here = hereLine(written.length > 0 ? published.filter((p) => written.some((t) => findTarget([p], t.platform!.text, t.architecture!.text))) : published, env);

	const first = `**${code(value)}** — a runtime of the Unikraft catalog: ${code(full)}, prebuilt from [${code(row.path)}](${href(catalogTree(CATALOG_RUNTIMES_REVISION.sha, row.path))})`;
	const where = `Published for ${andList(published.map(pair))} (${revs}).${missing.length > 0 ? ` Not for ${andList(missing.map((t) => `${t.platform!.text}/${t.architecture!.text}`))}.` : ''}`;
	const parts = [lead([first, where, here.line])];

	if (!r.tagWritten) parts.push(`No tag written: \`kraft\` asks for ${code(RUNTIME_REFERENCE.defaultTag)}.`);
	const carried = [...new Set(published.map((t) => t.unikraft).filter((u): u is string => u !== undefined))];
	if (carried.length === 1) parts.push(`**Unikraft:** built from ${code(carried[0]!)} (the \`unikraft\` version of its Kraftfile in the catalog).`);
	else if (carried.length > 1) {
		const each = carried.map((u) => `${code(u)} for ${andList(published.filter((t) => t.unikraft === u).map(pair))}`);
		parts.push(`**Unikraft:** built from ${each.join('; ')} (the \`unikraft\` version of each folder’s Kraftfile in the catalog).`);
	}
	if (row.memory) parts.push(`**Memory:** the catalog's README runs it with \`kraft run -M ${row.memory}\` (kraft gives 64Mi otherwise); the kraft Run task passes the same.`);
	for (const t of later) parts.push(`${code(pair(t))} comes from [${code(t.path)}](${href(catalogTree(t.revision, t.path))}) (catalog ${t.revision}), published under the same name after the snapshot.`);
	if (missing.length > 0) {
		parts.push(`A registry can hold more than the catalog says; if it has no image for ${andList(missing.map((t) => `${t.platform!.text}/${t.architecture!.text}`))}, \`kraft build\` stops: it cannot find the runtime.`);
	}
	parts.push(...here.details);
	parts.push(sourcesLine(sources));
	return parts.join('\n\n');
}

/** `**Here** (…): `qemu/x86_64` runs with KVM; …` and the full sentences behind the verdicts. */
function hereLine(published: readonly PublishedTarget[], env: HoverEnv): { line: string; details: string[] } {
	const host = env.host;
	if (!host || published.length === 0) return { line: '', details: [] };
	const verdicts: { target: PublishedTarget; v: HereVerdict }[] = [];
	for (const t of published) {
		const p = lookupPlatform(t.platform);
		const a = lookupArchitecture(t.architecture);
		if (p.kind !== 'platform' || a.kind !== 'architecture') continue;
		const v = hereVerdict(p.row, a.row.id, host);
		if (v) verdicts.push({ target: t, v });
	}
	if (verdicts.length === 0) return { line: '', details: [] };
	const line = `**On this machine** (${describeHost(host)}): ${verdicts.map(({ target, v }) => `${code(pair(target))} ${v.short}`).join('; ')}.`;
	const details = verdicts.filter(({ v }) => v.message).map(({ target, v }) => `**${code(pair(target))} here:** ${v.message}`);
	return { line, details };
}

function outsideHover(value: string, r: Exclude<RuntimeResolution, { kind: 'catalog' }>): string {
	const head = `**${code(value)}**`;
	const sources = RUNTIME_REFERENCE.sources;
	const unknown = 'Its targets and the Unikraft it carries are not known here: no registry is asked.';
	let lines: string[];
	if (r.kind === 'invalid') {
		lines = [
			`${head} — not a name \`kraft\` can load with this spec`,
			`Every spec but v0.7 reads \`runtime\` as \`name:tag\` and refuses more than one colon; this has ${r.colons} (a registry with a port, or a tag and a digest). Spec v0.7 takes it whole.`,
		];
	} else {
		switch (r.why) {
			case 'empty':
				lines = ['An empty `runtime`.'];
				break;
			case 'scheme':
				lines = value.startsWith('kernel://')
					? [`${head} — a kernel file (\`kernel://\`), not a registry image`, 'Not one of the Unikraft catalog’s runtimes.']
					: [`${head} — an OCI image reference (\`${value.slice(0, value.indexOf('://') + 3)}\`)`, `Not looked up in the Unikraft catalog. ${unknown}`];
				break;
			case 'localhost':
				lines = [`${head} — a runtime from a local registry (${code(value.split('/')[0]!)})`, `\`kraft\` pulls it from that registry. ${unknown}`];
				break;
			case 'registry':
				lines = [`${head} — a runtime from the registry ${code(value.split('/')[0]!)}`, `Not one of the Unikraft catalog’s runtimes (those are under \`unikraft.org\`). ${unknown}`];
				break;
			case 'digest':
				lines = [`${head} — an image pinned by its digest`, `Not a tag of the Unikraft catalog, whose runtimes are named by tag. ${unknown}`];
				break;
			case 'not-in-catalog':
				lines = [
					`${head} — not a runtime of the Unikraft catalog`,
					`\`kraft\` looks for ${code(`${RUNTIME_REFERENCE.defaultRegistry}/${r.name}:${r.tag}`)}; the catalog (${CATALOG}) publishes no ${code(r.name ?? '')}, but the registry may hold it. ${unknown}`,
				];
				break;
			case 'tag-not-in-catalog': {
				const tags = (r.sameName ?? []).flatMap((x) => x.tags);
				lines = [
					`${head} — a catalog name with a tag the catalog does not publish`,
					`The catalog (${CATALOG}) publishes ${code(r.name ?? '')} as ${andList(tags)}, not ${code(r.tag ?? '')}; the registry may still hold it. ${unknown}`,
				];
				break;
			}
		}
	}
	return [lead(lines), sourcesLine(sources)].join('\n\n');
}
