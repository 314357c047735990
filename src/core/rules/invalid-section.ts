// SPDX-License-Identifier: Apache-2.0
// Diagnostic: invalid-section (error / warning). A top-level value `kraft` cannot read
// (SECTION_FACTS in src/data/section-values.ts):
// - `libraries` written as a list, left empty, or a string: older `kraft` crashes
//   (unikraft/kraftkit#2237), 2026 `kraft` stops (error); a library that is neither a
//   version string nor a map (`musl:` left empty, `musl: 1.2`): `kraft` stops (error);
// - `rootfs:` left empty: `kraft` stops (error);
// - `name` that is not a string (`name: 2048`, `name:` left empty): `kraft` crashes
//   (error); `name: ''` with a target that has no name of its own: no kernel file name (error);
// - `unikraft`/`template` that is neither a string nor a map (`unikraft: 0.16`), or left
//   empty: `kraft` ignores it (warning);
// - in `unikraft`, `template` or a library written as a map: a `version` number that Go
//   prints otherwise than it is written (`0.10` → `0.1`: another version is fetched), or a
//   `source` that is not a string (the 2024 loader crashes): error.
// Other top-level values (cmd, env, volumes, labels, rootfs paths) are checked elsewhere.
// Files of spec v0.7 are read by another parser and are not checked here.
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { SECTION_FACTS } from '../../data/section-values';
import { isV07 } from '../spec';
import type { ComponentField, Diagnostic, SectionProblem, Severity, Span } from '../types';
import { describeNode, isEmptyValue, lastEntry, mapEntries, type MapEntry } from '../yaml-nodes';
import type { Rule, RuleContext } from './rule';

export const invalidSection: Rule = {
	codes: ['invalid-section'],
	check(ctx) {
		const entries = ctx.model.top.entries;
		if (!entries || isV07(ctx.spec)) return;
		// Go keeps the last of a key written twice (duplicate-key reports the others).
		const last = new Map<string, number>();
		entries.forEach((e, i) => e.key !== undefined && !e.mergedAt && last.set(e.key, i));
		for (const [key, i] of last) {
			const e = entries[i]!;
			if (key === 'libraries') checkLibraries(ctx, e, i);
			else if (key === 'name') checkName(ctx, e, i);
			else if (key === 'unikraft' || key === 'template') checkComponent(ctx, e, i);
		}
	},
};

type Report = (severity: Severity, message: string, span: Span, problem: SectionProblem, library?: number, field?: ComponentField) => void;

function reporter(ctx: RuleContext, e: MapEntry, entry: number): Report {
	const key = e.key!;
	return (severity, message, span, problem, library, field) => {
		const d: Diagnostic = {
			code: 'invalid-section',
			severity,
			message,
			span,
			data: { kind: 'section-value', key, entry, problem, ...(library !== undefined ? { library } : {}), ...(field ? { field } : {}) },
		};
		ctx.report(d);
	};
}

/**
 * The `version` and `source` of a component written as a map (unikraft/component/component.go):
 * a number as `version` is turned into text the way Go prints it (`0.10` becomes `0.1`), and
 * a `source` that is not a string crashes the loader (an unchecked conversion, 2024).
 */
function checkComponentMap(ctx: RuleContext, map: YAMLMap, what: string, report: (severity: Severity, message: string, span: Span, problem: SectionProblem, field: ComponentField) => void): void {
	const fields = mapEntries(ctx.parsed.doc!, map);
	const version = lastEntry(fields, 'version');
	if (version && !version.mergedAt && isScalar(version.value) && typeof version.value.value === 'number') {
		const written = sourceOf(ctx, version.value);
		// yaml.v2 reads `016` as octal, which JavaScript's YAML does not: no claim about those.
		const read = /^[-+]?0\d/.test(written) ? undefined : goNumberText(version.value.value);
		if (read !== undefined && read !== written) {
			report('error', `${what} \`version: ${written}\` is a number, which \`kraft\` reads as \`${read}\` (${SECTION_FACTS.componentVersionNumber.does}). Quote it: \`version: '${written}'\`.`, version.valueSpan, 'number', 'version');
		}
	}
	const source = lastEntry(fields, 'source');
	if (source && !source.mergedAt && !(isScalar(source.value) && typeof source.value.value === 'string')) {
		const empty = isEmptyValue(source.value);
		report('error', `${what} \`source\` ${empty ? 'is empty' : `is ${describeNode(source.value)}`}: ${SECTION_FACTS.componentSourceType.does}. Write a URL or a path as a string, or remove it.`, empty || !isScalar(source.value) ? source.keySpan : source.valueSpan, empty ? 'empty' : 'type', 'source');
	}
}

/** How Go's `fmt.Sprint` writes a YAML number (yaml.v2 gives an int or a float64), or `undefined` when unsure. */
function goNumberText(n: number): string | undefined {
	if (!Number.isFinite(n) || Math.abs(n) >= 1e21 || (n !== 0 && Math.abs(n) < 1e-4)) return undefined;
	return String(n);
}

/** Where to point at an entry's value: the key when there is no value or it spans lines. */
function valueOrKey(e: MapEntry): Span {
	return isEmptyValue(e.value) || isMap(e.value) || isSeq(e.value) ? e.keySpan : e.valueSpan;
}

function checkLibraries(ctx: RuleContext, e: MapEntry, entry: number): void {
	const report = reporter(ctx, e, entry);
	const fact = SECTION_FACTS.librariesNotMap.does;
	if (isSeq(e.value)) {
		report('error', `\`libraries\` must be a map of library names, but it is a list: ${fact}. Write each library as \`name: version\` (e.g. \`musl: stable\`), without \`- \`.`, e.keySpan, 'list');
		return;
	}
	if (isEmptyValue(e.value)) {
		report('error', `\`libraries\` is empty: ${fact}. Remove the key, or list libraries under it as \`name: version\`.`, e.keySpan, 'empty');
		return;
	}
	if (!isMap(e.value)) {
		report('error', `\`libraries\` must be a map of library names, but it is ${describeNode(e.value)}: ${fact}. Write each library as \`name: version\` (e.g. \`musl: stable\`).`, valueOrKey(e), 'type');
		return;
	}
	const doc = ctx.parsed.doc!;
	mapEntries(doc, e.value).forEach((l, library) => {
		if (l.mergedAt || l.key === undefined) return;
		const v = l.value;
		if (isMap(v)) {
			checkComponentMap(ctx, v, `Library \`${l.key}\`:`, (severity, message, span, problem, field) => report(severity, message, span, problem, library, field));
			return;
		}
		if (isScalar(v) && typeof v.value === 'string') return;
		const does = SECTION_FACTS.libraryEntryType.does;
		if (isEmptyValue(v)) {
			report('error', `Library \`${l.key}\` has no value: ${does}. Write a version (\`${l.key}: stable\`) or a map with \`version\`/\`source\`.`, l.keySpan, 'empty', library);
		} else if (isScalar(v) && typeof v.value === 'number') {
			report('error', `Library \`${l.key}\` is the number ${sourceOf(ctx, v)}: ${does}. Quote it: \`'${sourceOf(ctx, v)}'\`.`, l.valueSpan, 'number', library);
		} else {
			report('error', `Library \`${l.key}\` is ${describeNode(v)}: ${does}.`, isSeq(v) ? l.keySpan : l.valueSpan, 'type', library);
		}
	});
}

function checkName(ctx: RuleContext, e: MapEntry, entry: number): void {
	const report = reporter(ctx, e, entry);
	const v = e.value;
	const crash = SECTION_FACTS.nameNotString.does;
	if (isEmptyValue(v)) {
		report('error', `\`name\` is empty: ${crash}. Write the project name, or remove the key (the folder name is used).`, e.keySpan, 'empty');
	} else if (isScalar(v) && typeof v.value === 'number') {
		const text = sourceOf(ctx, v);
		report('error', `\`name: ${text}\` is a number: ${crash}. Quote it: \`name: '${text}'\`.`, e.valueSpan, 'number');
	} else if (!isScalar(v) || typeof v.value !== 'string') {
		report('error', `\`name\` must be a string, but it is ${describeNode(v)}: ${crash}.`, valueOrKey(e), 'type');
	} else if (v.value === '' && ctx.model.targets.some((t) => t.form !== 'other' && t.name === undefined)) {
		report('error', `\`name\` is an empty string: ${SECTION_FACTS.nameEmpty.does}. Write the project name, or remove the key (the folder name is used).`, e.valueSpan, 'empty-string');
	}
}

function checkComponent(ctx: RuleContext, e: MapEntry, entry: number): void {
	const report = reporter(ctx, e, entry);
	const v = e.value;
	const key = e.key!;
	if (isMap(v)) {
		checkComponentMap(ctx, v, `\`${key}\`:`, (severity, message, span, problem, field) => report(severity, message, span, problem, undefined, field));
		return;
	}
	if (isScalar(v) && typeof v.value === 'string') return;
	if (isEmptyValue(v)) {
		report('warning', `\`${key}\` is empty: ${SECTION_FACTS.componentEmpty.does}. Write a version (\`${key}: stable\`) or a map with \`version\`/\`source\`, or remove it.`, e.keySpan, 'empty');
	} else if (isScalar(v) && typeof v.value === 'number') {
		const text = sourceOf(ctx, v);
		report('warning', `\`${key}: ${text}\` is a number: ${SECTION_FACTS.componentType.does}, so it builds its default version. Quote it: \`${key}: '${text}'\`.`, e.valueSpan, 'number');
	} else {
		report('warning', `\`${key}\` is ${describeNode(v)}: ${SECTION_FACTS.componentType.does}. Write a version (\`${key}: stable\`) or a map with \`version\`/\`source\`.`, valueOrKey(e), 'type');
	}
}

/** A scalar as written. */
function sourceOf(ctx: RuleContext, node: Node): string {
	return node.range ? ctx.parsed.text.slice(node.range[0], node.range[1]).trim() : String((node as { value?: unknown }).value);
}
