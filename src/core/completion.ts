// SPDX-License-Identifier: Apache-2.0
// Completion for targets and keys, from the analysis of the document and the support
// matrix: values that build with the other half of the target in the release in effect
// come first, `plat/arch` pairs and a new-target snippet in the file's own style.
import type { Analysis } from './analyze';
import { slotsAt } from './completion/context';
import { kconfigNameItems, kconfigValueItems } from './completion/kconfig';
import { kconfigSlotAt } from './completion/kconfig-context';
import { lineIndexAt, splitLines, stripComment } from './completion/lines';
import { keyItems } from './completion/keys';
import { eolOf } from './text';
import type { CompletionItem } from './completion/item';
import type { Slot } from './completion/slots';
import { targetStyle, targetSnippet, type TargetStyle } from './completion/style';
import { architectureItems, pairItems, platformItems } from './completion/values';
import type { Span } from './types';

export type { CompletionItem } from './completion/item';

/**
 * The completions at `offset` (UTF-16 units into the analysed text), best first. Works on
 * half-typed text (`- qe`, `platform:` with no value, `targets:` with nothing under it).
 * `[]` where nothing fits (a comment, a value of another key) and for a text the analysis
 * did not check (binary, or over a bound of limits.ts). Never throws.
 */
export function completionsAt(analysis: Analysis, offset: number): CompletionItem[] {
	// A text the analysis did not check (binary, or over a bound) gets no completion either.
	if (analysis.ignored) return [];
	try {
		const kconfig = kconfigItems(analysis, offset);
		if (kconfig) return kconfig;
		const style = targetStyle(analysis);
		const eol = eolOf(analysis.parsed.text);
		// `- qe` may start `- platform: qemu` too, but only a file of map targets wants that.
		const slots = slotsAt(analysis, offset).filter((s, _, all) => !(style.form === 'shorthand' && s.kind === 'target-key' && all.some((o) => o.kind === 'shorthand')));
		// In a file of map targets, a new item starts with its keys rather than a `plat/arch`.
		const ordered = style.form === 'map' ? [...slots.filter((s) => s.kind === 'target-key'), ...slots.filter((s) => s.kind !== 'target-key')] : slots;
		const items = ordered.flatMap((slot, g) => itemsFor(analysis, slot, style, eol, offset).map((item) => ({ ...item, sortText: `${g + 1}${item.sortText}` })));
		const snippet = ordered.map((slot) => snippetFor(analysis, slot, style, eol)).find((x) => x !== undefined);
		// The snippet goes first in the file's style when that is the map form, else last.
		return snippet ? (style.form === 'map' ? [{ ...snippet, sortText: '0' }, ...items] : [...items, { ...snippet, sortText: '9' }]) : items;
	} catch {
		return [];
	}
}

/** Option names or values in a `kconfig` block; undefined when the cursor is not in one. */
function kconfigItems(analysis: Analysis, offset: number): CompletionItem[] | undefined {
	const text = analysis.parsed.text;
	const lines = splitLines(text);
	const index = lineIndexAt(lines, offset);
	const line = lines[index]!;
	const col = offset - line.start;
	if (stripComment(line.text.slice(0, col)) !== line.text.slice(0, col)) return undefined;
	const slot = kconfigSlotAt(text, lines, index, col);
	if (!slot) return undefined;
	return slot.kind === 'kconfig-name' ? kconfigNameItems(analysis, slot) : kconfigValueItems(analysis, slot);
}

function itemsFor(analysis: Analysis, slot: Slot, style: TargetStyle, eol: string, offset: number): CompletionItem[] {
	switch (slot.kind) {
		case 'shorthand':
			if (slot.part === 'platform') return platformItems(analysis, slot.replace, slot.lead, slot.other);
			if (slot.part === 'architecture') return architectureItems(analysis, slot.replace, slot.lead, slot.other);
			return pairItems(analysis, slot.replace, slot.lead, offset);
		case 'map-value':
			return slot.part === 'platform' ? platformItems(analysis, slot.replace, slot.lead, slot.other) : architectureItems(analysis, slot.replace, slot.lead, slot.other);
		case 'new-target':
			return pairItems(analysis, slot.replace, `${slot.lead}- `, offset);
		case 'target-key':
			return keyItems(analysis, 'target', { ...slot, eol }, style);
		case 'top-key':
			return keyItems(analysis, 'top-level', { ...slot, col: 0, flow: false, eol }, style);
	}
}

/** The new-target snippet, where a whole new target can go: an empty item or a blank line in `targets`. */
function snippetFor(analysis: Analysis, slot: Slot, style: TargetStyle, eol: string): CompletionItem | undefined {
	if (slot.kind === 'shorthand' && slot.part === 'pair' && slot.replace.start === slot.replace.end) {
		return snippetItem(analysis, style, slot.replace, slot.lead, { col: slot.col, eol, flow: slot.flow });
	}
	if (slot.kind === 'new-target') return snippetItem(analysis, style, slot.replace, `${slot.lead}- `, { col: slot.col + 2, eol, flow: false });
	return undefined;
}

function snippetItem(analysis: Analysis, style: TargetStyle, replace: Span, prefix: string, where: { col: number; eol: string; flow: boolean }): CompletionItem {
	const form = style.form === 'map' ? `map: ${style.platformKey}, ${style.archKey}` : 'plat/arch';
	return {
		label: 'new target',
		kind: 'snippet',
		detail: `A target (${form}) that builds in this release`,
		insertText: prefix + targetSnippet(style, analysis.release, where),
		replace,
		sortText: '0',
	};
}
