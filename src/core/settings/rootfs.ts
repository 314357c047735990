// SPDX-License-Identifier: Apache-2.0
// `rootfs`: a path (a directory, a CPIO archive, a tarball or a Dockerfile). Legacy: kraft
// 2024 reads only a string (QUOTES.rootfsMustBeString, also for an empty value); 2026 also a
// map of a string `source` and a string `type`, and skips an empty value. v0.7 (`FS`): a
// string, or a map with a required `source` (a path, or a map of `type`, `path`,
// `dockerfile`) and a `format` of `cpio` or `erofs`. Whether the path exists is checked
// elsewhere (the files a Kraftfile names).
import { q, QUOTES } from '../../data/quotes';
import { FS_FORMATS, FS_SOURCE_TYPES } from '../../data/setting-values';
import { goKind, writtenText } from '../go-yaml';
import { entrySpots, reportAt, type SettingsContext, type Spot } from './context';

export function checkRootfs(ctx: SettingsContext, spot: Spot): void {
	const kind = goKind(spot.node);
	if (kind === 'string') return;
	if (kind === 'null') {
		reportAt(ctx, 'misread-setting', 'warning', 'rootfs', spot, `\`rootfs\` is empty: ${ctx.loader === 'v07' ? 'the spec v0.7 parser' : 'newer `kraft`'} skips it, so the unikernel gets no root file system from here${ctx.loader === 'v07' ? '' : ` (\`kraft\` 2024 stops with ${q(QUOTES.rootfsMustBeString)})`}. Write a path, or remove the key.`);
		return;
	}
	if (kind === 'map') {
		if (ctx.loader === 'v07') checkV07Map(ctx, spot);
		else checkLegacyMap(ctx, spot);
		return;
	}
	const stop = ctx.loader === 'v07' ? `the spec v0.7 parser stops with ${q(QUOTES.v07FsValueType)}` : `\`kraft\` stops (2024: ${q(QUOTES.rootfsMustBeString)}; newer \`kraft\` also reads a map)`;
	reportAt(ctx, 'invalid-setting', 'error', 'rootfs', spot, `\`rootfs\` is ${kind === 'bool' ? 'a boolean' : `a ${kind}`}, not a path: ${stop}. Write the path of a directory, a CPIO archive, a tarball or a Dockerfile.`);
}

/** kraft 2026's legacy loader: `source` (a string, required) and `type` (a string); 2024 reads no map. */
function checkLegacyMap(ctx: SettingsContext, spot: Spot): void {
	const entries = entrySpots(ctx.doc, spot);
	const source = entries.find((e) => e.entry.key === 'source');
	const older = ` (\`kraft\` 2024 reads only a path: ${q(QUOTES.rootfsMustBeString)})`;
	if (!source) {
		reportAt(ctx, 'invalid-setting', 'error', 'rootfs', spot, `This \`rootfs\` map has no \`source\`: \`kraft\` stops, as the source must be specified${older}. Add \`source: <path>\`.`);
		return;
	}
	for (const e of entries) {
		if ((e.entry.key === 'source' || e.entry.key === 'type') && goKind(e.value.node) !== 'string') {
			reportAt(ctx, 'invalid-setting', 'error', 'rootfs', e.value, `\`rootfs.${e.entry.key}\` must be a string: \`kraft\` stops here${older}.`);
		}
	}
}

function checkV07Map(ctx: SettingsContext, spot: Spot): void {
	const entries = entrySpots(ctx.doc, spot);
	const get = (key: string) => entries.find((e) => e.entry.key === key);
	const source = get('source');
	if (!source || goKind(source.value.node) === 'null') {
		reportAt(ctx, 'invalid-setting', 'error', 'rootfs', spot, `This \`rootfs\` map has no \`source\`: the spec v0.7 parser stops with ${q(QUOTES.v07SourceRequired)}. Add \`source: <path>\`.`);
		return;
	}
	const format = get('format');
	if (format) checkEnum(ctx, format.value, 'format', FS_FORMATS, QUOTES.v07FsType);
	const sourceKind = goKind(source.value.node);
	const topType = get('type');
	if (sourceKind === 'string') {
		if (topType) checkEnum(ctx, topType.value, 'type', FS_SOURCE_TYPES, QUOTES.v07SourceType);
	} else if (sourceKind === 'map') {
		if (topType) reportAt(ctx, 'invalid-setting', 'error', 'rootfs', topType.key, `With \`source\` a map, the spec v0.7 parser stops with ${q(QUOTES.v07TopLevelType)}. Move \`type\` into \`source\`.`);
		const inner = entrySpots(ctx.doc, source.value);
		const type = inner.find((e) => e.entry.key === 'type');
		if (type) checkEnum(ctx, type.value, 'source.type', FS_SOURCE_TYPES, QUOTES.v07SourceType);
		const dockerfile = inner.find((e) => e.entry.key === 'dockerfile');
		const typeText = type && goKind(type.value.node) === 'string' ? String((type.value.node as { value?: unknown }).value) : undefined;
		if (dockerfile && goKind(dockerfile.value.node) === 'string' && typeText !== undefined && typeText !== 'dockerfile' && FS_SOURCE_TYPES.includes(typeText as never)) {
			reportAt(ctx, 'invalid-setting', 'error', 'rootfs', type!.value, `\`source.dockerfile\` is set, so \`source.type\` must be \`dockerfile\` (or left out): the spec v0.7 parser stops on \`${typeText}\`.`);
		}
	} else {
		reportAt(ctx, 'invalid-setting', 'error', 'rootfs', source.value, `\`rootfs.source\` is ${sourceKind === 'bool' ? 'a boolean' : `a ${sourceKind}`}: the spec v0.7 parser reads a path or a map of \`type\`, \`path\`, \`dockerfile\`, and stops here.`);
	}
}

function checkEnum(ctx: SettingsContext, spot: Spot, name: string, values: readonly string[], stop: (typeof QUOTES)[keyof typeof QUOTES]): void {
	const k = goKind(spot.node);
	if (k === 'null') return;
	const value = k === 'string' ? String((spot.node as { value?: unknown }).value) : undefined;
	if (value !== undefined && values.includes(value)) return;
	const lower = value?.toLowerCase();
	const hint = lower !== undefined && values.includes(lower) ? ` Write \`${lower}\` (names are lower case).` : ` It takes ${values.map((v) => `\`${v}\``).join(', ')}.`;
	reportAt(ctx, 'invalid-setting', 'error', 'rootfs', spot, `\`${value ?? writtenText(spot.node) ?? '…'}\` is no \`rootfs\` ${name}: the spec v0.7 parser stops with ${q(stop)}.${hint}`);
}
