// SPDX-License-Identifier: Apache-2.0
// The platform and architecture parts of the Kraftfile JSON Schema: names, aliases and
// what each means, read from the support matrix in src/data (the data the hovers use).
import { ARCHITECTURES } from '../../src/data/architectures';
import { LATEST_RELEASE } from '../../src/data/releases';
import { PLATFORMS, type PlatformRow } from '../../src/data/platforms';
import { exactRelease, formatRelease } from '../../src/core/release';
import { architecturesFor } from '../../src/core/support-matrix';

/** A JSON Schema (draft-07) node, as plain data. */
export type JsonSchema = { [keyword: string]: unknown };

/** `${VAR}`: the legacy loader interpolates these, so the core leaves such names alone. */
const INTERPOLATION = '\\$\\{[^}]*\\}';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every name `kraft` accepts as a platform, canonical names first, then aliases. */
export const PLATFORM_VALUES: readonly string[] = [...PLATFORMS.map((p) => p.id), ...PLATFORMS.flatMap((p) => p.aliases)];
export const ARCH_VALUES: readonly string[] = ARCHITECTURES.map((a) => a.id);

const platformAlternation = `(?:${[...PLATFORM_VALUES.map(escape), INTERPOLATION].join('|')})`;
const archAlternation = `(?:${[...ARCH_VALUES.map(escape), INTERPOLATION].join('|')})`;

/** The `plat/arch` shorthand: a known platform name or alias, a slash, a known architecture. */
export const TARGET_PATTERN = `^${platformAlternation}/${archAlternation}$`;

/** What a platform name means, in one paragraph: the row's summary and where it builds. */
function describePlatform(p: PlatformRow): string {
	const archs = ARCHITECTURES.filter((a) => p.architectures[a.id].supported === true).map((a) => {
		const cell = p.architectures[a.id];
		const since = cell.supported === true && cell.since ? ` since v${cell.since}` : '';
		const until = cell.supported === true && cell.removedIn ? ` until v${cell.removedIn}` : '';
		return `${a.id}${since}${until}`;
	});
	const life = p.removedIn ? ` Removed in Unikraft v${p.removedIn}.` : p.since ? ` Only in Unikraft v${p.since} and later.` : p.onlyOnBranches ? ` In no Unikraft release; on the branch ${p.onlyOnBranches.map((b) => `\`${b}\``).join(', ')}.` : '';
	return `${p.title}. ${p.summary} Architectures: ${archs.join(', ')}.${life}`;
}

function describeValue(name: string): string {
	const row = PLATFORMS.find((p) => p.id === name);
	if (row) return describePlatform(row);
	const of = PLATFORMS.find((p) => p.aliases.includes(name))!;
	return `Alias of \`${of.id}\`: \`kraft\` reads it as \`${of.id}\`, but \`kraft build --plat\` and \`kraft run --plat\` want \`${of.id}\`. Write \`${of.id}\`.`;
}

/** An enum with descriptions for editors that show them (VS Code's and Red Hat's YAML read both spellings). */
function described(values: readonly string[], describe: (v: string) => string): JsonSchema {
	const texts = values.map(describe);
	return { enum: [...values], enumDescriptions: texts, markdownEnumDescriptions: texts };
}

export const platformName = (): JsonSchema => described(PLATFORM_VALUES, describeValue);

export const architectureName = (): JsonSchema =>
	described(ARCH_VALUES, (id) => {
		const a = ARCHITECTURES.find((r) => r.id === id)!;
		return `${a.title}. ${a.summary}`;
	});

/** A `platform`/`plat` value: a name, or `plat/arch` (which also sets the architecture). */
export function platformValue(): JsonSchema {
	return {
		type: 'string',
		anyOf: [platformName(), { pattern: TARGET_PATTERN }, { pattern: `^${INTERPOLATION}$` }],
	};
}

export function architectureValue(): JsonSchema {
	return { type: 'string', anyOf: [architectureName(), { pattern: `^${INTERPOLATION}$` }] };
}

/** What a target string must look like; the pairs the latest release builds are offered as examples. */
export function shorthandTarget(): JsonSchema {
	const examples = PLATFORMS.flatMap((p) => architecturesFor(p, exactRelease(LATEST_RELEASE)).map((a) => `${p.id}/${a}`));
	return {
		type: 'string',
		pattern: TARGET_PATTERN,
		patternErrorMessage: `A target is \`plat/arch\`: a platform (${PLATFORM_VALUES.join(', ')}) and an architecture (${ARCH_VALUES.join(', ')}), e.g. \`qemu/x86_64\`.`,
		examples,
		description: `A target: \`plat/arch\`, or a map with \`platform\` (or \`plat\`) and \`architecture\` (or \`arch\`). Unikraft ${formatRelease(LATEST_RELEASE)} builds ${examples.join(', ')}.`,
	};
}
