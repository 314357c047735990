// SPDX-License-Identifier: Apache-2.0
// Diagnostic: unknown-key (warning). A key `kraft` silently ignores, at the top level or in
// a target: a typo (`platfrom`), a key of the old Python `kraft` (`architectures`,
// `platforms`, `initrd` …), a target `name` under spec v0.7 (the v0.7 parser drops it), or
// a top-level `outdir` under spec v0.7 (SECTION_FACTS.outdirV07).
// `x-*` keys are extensions and are fine (the loader groups them into `extensions`).
// Also in `unikraft:`, `template:` and library maps, which read only `source`, `version`
// and `kconfig` (unikraft/component/component.go): a typo such as `verison` silently
// builds the default version.
// Suggests the closest known key. Source: unikraft/kraftkit unikraft/app/loader.go,
// unikraft/target/transform.go; unikraft-cloud/x kraftfile/spec.go.
import { platformAsKey } from '../target-shapes';
import { KEYS, OBSOLETE_KEYS, type KeyScope } from '../../data/keys';
import { SECTION_FACTS } from '../../data/section-values';
import { isV07 } from '../spec';
import { closest } from '../suggest';
import type { YAMLMap } from 'yaml';
import { componentMaps } from '../components';
import type { KeyLocation, Span } from '../types';
import { mapEntries, type MapEntry } from '../yaml-nodes';
import type { Rule, RuleContext } from './rule';
import { orList } from '../words';

const known = (scope: KeyScope) => KEYS.filter((k) => k.scope === scope).map((k) => k.name);
const TOP = known('top-level');
const TARGET = known('target');
const COMPONENT = known('component');

export const unknownKey: Rule = {
	codes: ['unknown-key'],
	check(ctx) {
		const { model } = ctx;
		const root = ctx.parsed.doc?.contents;
		for (const e of model.top.entries ?? []) checkEntry(ctx, e, 'top-level', TOP, undefined, { owner: 'top', map: root as YAMLMap });
		for (const t of model.targets) {
			if (t.form !== 'map') continue;
			// `- qemu: x86_64` is reported once, as the target it means (rules/invalid-target.ts).
			const asKey = platformAsKey(t)?.entry;
			for (const e of t.entries) if (e !== asKey) checkEntry(ctx, e, 'target', TARGET, t.viaAlias ? t.span : undefined, { owner: 'target', target: t.index, map: t.node as YAMLMap });
		}
		// `unikraft:`, `template:` and each library written as a map read only
		// `source`, `version` and `kconfig` (and a template its `name`).
		const doc = ctx.parsed.doc;
		if (!doc) return;
		for (const c of componentMaps(doc, model.top.entries ?? [], 'every')) {
			const names = c.kind === 'template' ? COMPONENT : COMPONENT.filter((n) => n !== 'name');
			const at = { owner: 'component' as const, ...c.index, map: c.map };
			for (const e of mapEntries(doc, c.map)) checkEntry(ctx, e, 'component', names, undefined, at, c.entry.key);
		}
	},
};

/** The map an entry is read from, and how a diagnostic's data names it. */
type Owner = (Omit<Extract<KeyLocation, { owner: 'top' }>, 'pair'> | Omit<Extract<KeyLocation, { owner: 'target' }>, 'pair'> | Omit<Extract<KeyLocation, { owner: 'component' }>, 'pair'>) & { readonly map: YAMLMap };

function checkEntry(ctx: RuleContext, e: MapEntry, scope: KeyScope, names: readonly string[], override: Span | undefined, owner: Owner, ownerKey?: string): void {
	const span = override ?? e.mergedAt ?? e.keySpan;
	// Only a key written in the map itself can be renamed or removed there. Found only when reported.
	const at = (): { at?: KeyLocation } => {
		const found = override || e.mergedAt ? undefined : location(owner, e);
		return found ? { at: found } : {};
	};
	const where = scope === 'top-level' ? 'at the top level of a Kraftfile' : scope === 'target' ? 'in a target' : `in \`${ownerKey}\``;
	if (e.key === undefined) {
		ctx.report({ code: 'unknown-key', severity: 'warning', message: `Keys ${where} are names such as ${orList(names.slice(0, 4))}; \`kraft\` ignores this one.`, span, data: { kind: 'unknown-key', candidates: [] } });
		return;
	}
	const key = e.key;
	if (key.startsWith('x-')) return;
	if (names.includes(key)) {
		if (scope === 'target' && key === 'name' && isV07(ctx.spec)) {
			ctx.report({ code: 'unknown-key', severity: 'warning', message: 'Spec v0.7 targets have no `name`: the v0.7 parser ignores it. Remove it, or use spec v0.6 to name targets.', span, data: { kind: 'unknown-key', key, candidates: [], ...at(), v07Name: true } });
		} else if (scope === 'top-level' && key === 'outdir' && isV07(ctx.spec)) {
			ctx.report({ code: 'unknown-key', severity: 'warning', message: `\`outdir\` is ignored under spec v0.7: ${SECTION_FACTS.outdirV07.does}. Remove it, or use spec v0.6.`, span, data: { kind: 'unknown-key', key, candidates: [], ...at(), dropped: '0.7' } });
		}
		return;
	}
	const obsolete = OBSOLETE_KEYS.find((o) => o.name === key && o.scope === scope);
	if (obsolete) {
		ctx.report({ code: 'unknown-key', severity: 'warning', message: `\`${key}\` belongs to the old Python \`kraft\`; today’s \`kraft\` ignores it. ${obsolete.instead}`, span, data: { kind: 'unknown-key', key, candidates: [], ...at() } });
		return;
	}
	const near = closest(key, names);
	ctx.report({
		code: 'unknown-key',
		severity: 'warning',
		message: `\`kraft\` ignores \`${key}\` ${where}. ${near.length ? `Did you mean ${orList(near)}?` : `Known keys: ${orList(names)}.`}${key.startsWith('x') ? '' : ' Extension keys start with `x-`.'}`,
		span,
		suggestions: override || e.mergedAt ? [] : near.map((text) => ({ span: e.keySpan, text })),
		data: { kind: 'unknown-key', key, candidates: near, ...at() },
	});
}

function location(owner: Owner, e: MapEntry): KeyLocation | undefined {
	const pair = owner.map?.items.indexOf(e.pair) ?? -1;
	if (pair < 0) return undefined;
	const { map: _, ...at } = owner;
	return { ...at, pair };
}
