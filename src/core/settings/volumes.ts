// SPDX-License-Identifier: Apache-2.0
// `volumes`: a list of `source:destination` strings or maps. Legacy (kraftkit
// unikraft/app/volume/transform.go): a string with more than one `:` stops the load with an
// error about templates (QUOTES.volumeTooManyColons), so `./x:/y:ro` fails; a map is read by
// its exact keys `driver`, `source`, `destination`, `readonly` (a boolean), and every other
// key, `readOnly` (what the v0.6 reference writes) and `mode` included, is skipped without a
// word; a value of the wrong type panics in kraft 2024 and stops newer kraft with an error.
// v0.7 (`Volumes`, `Volume`): a list; keys match ignoring case, plus `mode`; a third part of
// the short form is the mode.
import { isSeq } from 'yaml';
import { q, QUOTES } from '../../data/quotes';
import { VOLUME_KEYS } from '../../data/setting-values';
import { goKind, writtenText } from '../go-yaml';
import { entrySpots, itemSpot, reportAt, type SettingsContext, type Spot } from './context';

export function checkVolumes(ctx: SettingsContext, spot: Spot): void {
	const kind = goKind(spot.node);
	if (kind === 'null') return;
	if (!isSeq(spot.node)) {
		// The legacy loader's decoder may wrap a single value in a list: only v0.7 is certain.
		if (ctx.loader === 'v07') reportAt(ctx, 'invalid-setting', 'error', 'volumes', spot, `\`volumes\` is ${kind === 'string' ? 'a string' : `a ${kind}`}: the spec v0.7 parser reads only a list and stops with ${q(QUOTES.v07VolumesType)}. Write \`- source:destination\` items.`);
		return;
	}
	spot.node.items.forEach((raw, i) => {
		const item = itemSpot(ctx, spot, raw, i);
		const k = goKind(item.node);
		if (k === 'string') checkShort(ctx, item);
		else if (k === 'map') checkLong(ctx, item);
		else if (k !== 'null' && ctx.loader === 'v07') reportAt(ctx, 'invalid-setting', 'error', 'volumes', item, `A volume is a \`source:destination\` string or a map, not a ${k}: the spec v0.7 parser stops with ${q(QUOTES.v07VolumeType)}.`);
	});
}

function checkShort(ctx: SettingsContext, item: Spot): void {
	if (ctx.loader === 'v07') return;
	const value = (item.node as { value?: unknown }).value as string;
	const parts = value.split(':');
	if (parts.length <= 2) return;
	const mode = parts.length === 3 ? parts[2] : undefined;
	const readOnly = mode === 'ro';
	const fix = readOnly || mode === 'rw' ? { do: 'volume-long' as const } : undefined;
	const instead = readOnly ? ' Write the long form with `readonly: true`.' : mode === 'rw' ? ' Leave out `:rw` (volumes are writable unless `readonly: true`).' : ' Write the long form (`source:`, `destination:`).';
	reportAt(
		ctx,
		'invalid-setting',
		'error',
		'volumes',
		item,
		`\`${value}\` has ${parts.length - 1} colons: \`kraft\` reads \`source:destination\` only and stops with the misleading ${q(QUOTES.volumeTooManyColons)} (a message about templates).${instead}`,
		fix,
	);
}

function checkLong(ctx: SettingsContext, item: Spot): void {
	const known = VOLUME_KEYS[ctx.loader];
	const spots = entrySpots(ctx.doc, item);
	const has = (key: string) => spots.some((s) => s.entry.key === key);
	for (const { entry, key, value } of spots) {
		const name = entry.key;
		if (name === undefined) continue;
		const exact = known.includes(name);
		const folded = known.find((k) => k === name.toLowerCase());
		if (!exact && !(ctx.loader === 'v07' && folded)) {
			const meant = known.find((k) => k === name.toLowerCase().replace(/[-_ ]/g, ''));
			const rename = meant && !has(meant) ? { do: 'rename-key' as const, to: meant } : undefined;
			const hint = meant ? ` Write \`${meant}\`${name === 'readOnly' ? ' (the v0.6 reference writes `readOnly`, which only spec v0.7 reads)' : ''}.` : name === 'mode' ? ' For a read-only volume write `readonly: true`.' : ` A volume reads ${known.map((k) => `\`${k}\``).join(', ')}.`;
			reportAt(ctx, 'misread-setting', 'warning', 'volumes', key, `\`${name}\` is not a volume key ${ctx.loader === 'v07' ? 'the spec v0.7 parser' : '`kraft`'} reads: it is skipped without a word.${hint}`, rename);
			continue;
		}
		checkValue(ctx, folded ?? name, value);
	}
}

function checkValue(ctx: SettingsContext, name: string, value: Spot): void {
	const k = goKind(value.node);
	if (name === 'mode' || k === 'null') return;
	const stop = ctx.loader === 'v07' ? 'the spec v0.7 parser stops here' : '`kraft` 2024 crashes on it (a Go panic), and newer `kraft` stops with an error';
	if (name === 'readonly') {
		if (k === 'bool') return;
		const written = (value.node as { value?: unknown }).value;
		const unquote = typeof written === 'string' && (written === 'true' || written === 'false');
		reportAt(ctx, 'invalid-setting', 'error', 'volumes', value, `\`readonly\` must be a boolean, but this is ${k === 'string' ? `the string \`${String(written)}\`` : `a ${k}`}: ${stop}.${unquote ? ` Write \`${written}\` without quotes.` : ' Write `true` or `false`.'}`, unquote ? { do: 'unquote' } : undefined);
		return;
	}
	if (k === 'string') return;
	const written = writtenText(value.node);
	const quote = (k === 'number' || k === 'bool') && written !== undefined;
	reportAt(ctx, 'invalid-setting', 'error', 'volumes', value, `A volume's \`${name}\` must be a string, but this is ${k === 'bool' ? 'a boolean' : `a ${k}`}: ${stop}.${quote ? ` Quote it: \`${JSON.stringify(written)}\`.` : ''}`, quote ? { do: 'quote' } : undefined);
}
