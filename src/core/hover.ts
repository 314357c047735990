// SPDX-License-Identifier: Apache-2.0
// Hover: explains the platform, architecture or key under the cursor, from the analysis
// of the document (no second parse) and the same data the diagnostics use.
import type { Analysis } from './analyze';
import { componentMaps } from './components';
import type { HostFacts } from './host';
import { kraftCommands, type KraftVersion } from './kraft-commands';
import { architectureHover } from './hover/architecture';
import type { HoverEnv } from './hover/env';
import { kconfigHover } from './hover/kconfig';
import { keyHover } from './hover/key';
import { kconfigPlaces } from './kconfig-places';
import { otherPlatformHover, unknownPlatformHover } from './hover/other-platform';
import { knownPlatformHover } from './hover/platform';
import { runtimeHover } from './hover/runtime';
import { resolveRuntime } from './runtimes';
import { isV07 } from './spec';
import type { Span } from './types';
import { code } from './words';
import { mapEntries, stringValue, type MapEntry } from './yaml-nodes';

/** A hover: the text it explains, and Markdown (CommonMark, as VS Code renders it). */
export interface Hover {
	readonly span: Span;
	readonly markdown: string;
}

/** What the adapter knows that the core cannot find out itself. Every field is optional. */
export interface HoverContext {
	/** The machine `kraft run` would use, for: how would it run here? Default: the host the analysis was given. */
	readonly host?: HostFacts;
	/** The extension's `media/` folder as a URI string, for the drawings. Without it, pictures link to the docs. */
	readonly mediaBase?: string;
	/** Whether the editor renders images in hovers from `mediaBase` (default: when it is a `file:` URI). */
	readonly inlineImages?: boolean;
	/** The document's URI, for links to the Kconfig sources beside it (`.unikraft/…`). */
	readonly documentUri?: string;
	/**
	 * The kraft found on this machine (the editor knows it only where it may run kraft): a
	 * target's platform hover then ends with the command lines the Build and Run tasks use
	 * with that version. Diagnostics never depend on it.
	 */
	readonly kraft?: KraftVersion;
}

/**
 * The hover at `offset` (UTF-16 units into the analysed text): a platform or architecture
 * name in a target (shorthand or map form), a `runtime` value, or a key at the top level or
 * in a target.
 * `undefined` where there is nothing to explain, and for a text the analysis did not check.
 * Never throws.
 */
export function hoverAt(analysis: Analysis, offset: number, context: HoverContext = {}): Hover | undefined {
	if (analysis.ignored) return undefined;
	try {
		const mediaBase = context.mediaBase?.replace(/\/+$/, '');
		const host = context.host ?? analysis.options.host;
		const env: HoverEnv = {
			release: analysis.release,
			spec: analysis.spec,
			...(host ? { host } : {}),
			pictures: { ...(mediaBase ? { mediaBase } : {}), inline: context.inlineImages ?? (mediaBase?.startsWith('file:') ?? false) },
		};
		return targetHover(analysis, offset, env, context.kraft) ?? runtimeHoverAt(analysis, offset, env) ?? keyHoverAt(analysis, offset, env) ?? kconfigHoverAt(analysis, offset, context);
	} catch {
		return undefined;
	}
}

function targetHover(analysis: Analysis, offset: number, env: HoverEnv, kraft: KraftVersion | undefined): Hover | undefined {
	for (const t of analysis.model.targets) {
		const p = t.platform;
		const a = t.architecture;
		if (p && named(p.text) && within(p.span, offset)) {
			const found = p.found;
			const arch = a?.found;
			const archId = arch?.kind === 'architecture' ? arch.row.id : arch?.kind === 'misnomer' ? arch.means : undefined;
			const markdown =
				found.kind === 'platform'
					? knownPlatformHover(found.row, env, found.alias, archId)
					: found.kind === 'other'
						? otherPlatformHover(found.row, env)
						: unknownPlatformHover(p.text, env);
			return { span: p.span, markdown: kraft ? withKraftCommands(markdown, analysis, t.index, env, kraft) : markdown };
		}
		if (a && named(a.text) && within(a.span, offset)) {
			return { span: a.span, markdown: architectureHover(a, env, p && named(p.text) ? p.found : undefined) };
		}
	}
	return undefined;
}

/**
 * The Build and Run command lines of target `index` with this kraft (the tasks' own, from
 * src/core/kraft-commands.ts), as a paragraph before the hover's sources.
 */
function withKraftCommands(markdown: string, analysis: Analysis, index: number, env: HoverEnv, kraft: KraftVersion): string {
	const t = kraftCommands(analysis, env.host, kraft).targets.find((c) => c.index === index);
	if (!t) return markdown;
	const line = `**With kraft ${kraft.text} here:** ${code(t.build.display)}, then ${code(t.run.display)}.`;
	const parts = markdown.split('\n\n');
	parts.splice(Math.max(parts.length - 1, 1), 0, line);
	return parts.join('\n\n');
}

/** The value of a top-level `runtime` string, read the way the file's spec has `kraft` read it. */
function runtimeHoverAt(analysis: Analysis, offset: number, env: HoverEnv): Hover | undefined {
	for (const e of analysis.model.top.entries ?? []) {
		if (e.key !== 'runtime' || e.mergedAt || !within(e.valueSpan, offset)) continue;
		const value = stringValue(e.value);
		if (value === undefined || !named(value)) return undefined;
		const r = resolveRuntime(value, { whole: isV07(analysis.spec) });
		return { span: e.valueSpan, markdown: runtimeHover(value, r, analysis.model.targets, env) };
	}
	return undefined;
}

function keyHoverAt(analysis: Analysis, offset: number, env: HoverEnv): Hover | undefined {
	const { model } = analysis;
	for (const e of model.top.entries ?? []) {
		if (e.key === undefined || e.mergedAt || !within(e.keySpan, offset)) continue;
		const markdown = keyHover(e.key, 'top-level', env);
		return markdown ? { span: e.keySpan, markdown } : undefined;
	}
	for (const t of model.targets) {
		if (t.form !== 'map' || t.viaAlias) continue;
		for (const e of t.entries) {
			if (e.key === undefined || e.mergedAt || !within(e.keySpan, offset)) continue;
			const markdown = keyHover(e.key, 'target', env);
			return markdown ? { span: e.keySpan, markdown } : undefined;
		}
	}
	for (const e of componentEntries(analysis)) {
		if (e.key === undefined || e.mergedAt || !within(e.keySpan, offset)) continue;
		const markdown = keyHover(e.key, 'component', env);
		return markdown ? { span: e.keySpan, markdown } : undefined;
	}
	return undefined;
}

/** A Kconfig option's name or value in a `kconfig` block. */
function kconfigHoverAt(analysis: Analysis, offset: number, context: HoverContext): Hover | undefined {
	for (const place of kconfigPlaces(analysis)) {
		const on = within(place.nameSpan, offset) ? 'name' : within(place.valueSpan, offset) ? 'value' : undefined;
		if (!on) continue;
		const markdown = kconfigHover(analysis, place, on, context.documentUri ? { documentUri: context.documentUri } : {});
		return { span: on === 'name' ? place.nameSpan : place.valueSpan, markdown };
	}
	return undefined;
}

/** The entries of `unikraft:`, `template:` and each library, where written as maps. */
function componentEntries(analysis: Analysis): MapEntry[] {
	const doc = analysis.parsed.doc;
	if (!doc) return [];
	return componentMaps(doc, analysis.model.top.entries ?? [], 'every').flatMap((c) => mapEntries(doc, c.map));
}

/** A name worth explaining: not empty, not a `${VAR}` the loader interpolates. */
function named(text: string): boolean {
	return text !== '' && !text.includes('${');
}

/** The cursor is on the span, or just after it (a hover asked for at the end of a word). */
function within(span: Span, offset: number): boolean {
	return span.start <= offset && offset <= span.end && span.end > span.start;
}
