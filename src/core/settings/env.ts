// SPDX-License-Identifier: Apache-2.0
// `env`: a list of `KEY=VALUE` strings or a map. Legacy (kraftkit unikraft/app/transform.go,
// transformEnv): a list item is converted with `value.(string)`, which panics on anything
// else, such as Compose's `- KEY: value`; a map value is turned into text with Go's
// `fmt.Sprint` (a list or a map becomes `[a b]`, `map[…]`); any other `env` stops the load
// (QUOTES.envMapOrList). v0.7 (`Map`): list items must be strings, map values scalars.
import { isScalar, isSeq } from 'yaml';
import { q, QUOTES } from '../../data/quotes';
import { goKind, writtenText } from '../go-yaml';
import { entrySpots, itemSpot, reportAt, type SettingsContext, type Spot } from './context';
import { checkScalarText } from './scalar-text';

export function checkEnv(ctx: SettingsContext, spot: Spot): void {
	const kind = goKind(spot.node);
	if (kind === 'null') return;
	if (kind === 'list' && isSeq(spot.node)) {
		spot.node.items.forEach((raw, i) => checkListItem(ctx, itemSpot(ctx, spot, raw, i)));
		return;
	}
	if (kind === 'map') {
		for (const { entry, value } of entrySpots(ctx.doc, spot)) {
			const k = goKind(value.node);
			if (k === 'map' || k === 'list') {
				if (ctx.loader === 'v07') reportAt(ctx, 'invalid-setting', 'error', 'env', value, `\`${entry.key ?? '…'}\` is a ${k}: the spec v0.7 parser stops with ${q(QUOTES.v07MapScalar)}. Write a string.`);
				else reportAt(ctx, 'misread-setting', 'warning', 'env', value, `\`${entry.key ?? '…'}\` is a ${k}: \`kraft\` passes Go's text of it (such as \`map[…]\` or \`[a b]\`) as the variable's value. Write a string.`);
			} else {
				checkScalarText(ctx, 'env', value, `\`${entry.key ?? '…'}\``, false);
			}
		}
		return;
	}
	const stop = ctx.loader === 'v07' ? q(QUOTES.v07MapType) : q(QUOTES.envMapOrList);
	reportAt(ctx, 'invalid-setting', 'error', 'env', spot, `\`env\` is ${kind === 'string' ? 'a string' : `a ${kind}`}: ${ctx.loader === 'v07' ? 'the spec v0.7 parser' : '`kraft`'} stops with ${stop}. Write a list of \`KEY=VALUE\` strings or a map.`);
}

function checkListItem(ctx: SettingsContext, item: Spot): void {
	const k = goKind(item.node);
	if (k === 'string') return;
	const stop = ctx.loader === 'v07' ? `the spec v0.7 parser stops with ${q(QUOTES.v07MapEntries)}` : '`kraft` crashes on it (a Go panic converting the item to a string)';
	if (k === 'map') {
		const pair = composePair(item);
		const instead = pair ? ` Write \`${pair}\`, or make \`env\` a map.` : ' Write `KEY=VALUE` strings, or make `env` a map.';
		reportAt(ctx, 'invalid-setting', 'error', 'env', item, `A Compose-style \`- KEY: value\` item: \`env\` list items must be \`KEY=VALUE\` strings, and ${stop}.${instead}`, pair ? { do: 'env-pair' } : undefined);
		return;
	}
	const written = writtenText(item.node);
	reportAt(ctx, 'invalid-setting', 'error', 'env', item, `An \`env\` list item must be a \`KEY=VALUE\` string, but this one is ${k === 'null' ? 'empty' : k === 'bool' ? `the boolean \`${written ?? ''}\`` : `a ${k}`}: ${stop}.`);
}

/** `KEY=value` for a one-entry map `KEY: value` with a plain key and a scalar value, as a fix writes it. */
export function composePair(item: Spot): string | undefined {
	const map = item.node;
	if (!map || !('items' in map) || !Array.isArray(map.items) || map.items.length !== 1) return undefined;
	const pair = map.items[0] as { key?: unknown; value?: unknown };
	if (!isScalar(pair.key) || pair.key.type !== 'PLAIN' || typeof pair.key.value !== 'string' || !/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(pair.key.value)) return undefined;
	const value = pair.value;
	if (value != null && !isScalar(value)) return undefined;
	const text = value == null || value.value === null ? '' : isScalar(value) && value.type === 'PLAIN' ? String(value.source) : isScalar(value) && typeof value.value === 'string' ? value.value : undefined;
	return text === undefined ? undefined : `${pair.key.value}=${text}`;
}
