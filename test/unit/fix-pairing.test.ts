// SPDX-License-Identifier: Apache-2.0
// Rule and fix files pair up by name: the fixes of the codes of src/core/rules/X.ts are in
// src/core/fixes/X.ts, so that whoever reads one finds the other. The other files of
// fixes/ are helpers and hold no provider. Reads the source folders (the files as they
// are named) and loads each module to see what it exports.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { FIX_PROVIDERS } from '../../src/core/fixes';
import type { FixProvider } from '../../src/core/fixes/fix';
import type { Rule } from '../../src/core/rules/rule';
import { RULES } from '../../src/core/rules';
import { ROOT } from './support/paths';

function modules(folder: 'rules' | 'fixes'): string[] {
	return readdirSync(join(ROOT, 'src', 'core', folder))
		.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
		.map((f) => basename(f, '.ts'));
}

function exported<T>(folder: 'rules' | 'fixes', name: string, is: (v: unknown) => v is T): T[] {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const mod = require(`../../src/core/${folder}/${name}`) as Record<string, unknown>;
	return Object.values(mod).filter(is);
}

const isProvider = (v: unknown): v is FixProvider => typeof v === 'object' && v !== null && Array.isArray((v as FixProvider).codes) && typeof (v as FixProvider).fixes === 'function';
const isRule = (v: unknown): v is Rule => typeof v === 'object' && v !== null && Array.isArray((v as Rule).codes) && typeof (v as Rule).check === 'function';

const providerFiles = new Map<FixProvider, string>();
for (const name of modules('fixes')) if (name !== 'index') for (const p of exported('fixes', name, isProvider)) providerFiles.set(p, name);
const ruleFiles = new Map<string, readonly Rule[]>();
for (const name of modules('rules')) if (name !== 'index') ruleFiles.set(name, exported('rules', name, isRule));

test('every fix provider in use is exported by a file of src/core/fixes, and every one there is in use', () => {
	for (const p of FIX_PROVIDERS) assert.ok(providerFiles.has(p), `a provider of ${p.codes.join(', ')} lives outside src/core/fixes/*.ts or in index.ts`);
	for (const [p, file] of providerFiles) assert.ok(FIX_PROVIDERS.includes(p), `fixes/${file}.ts exports a provider of ${p.codes.join(', ')} that FIX_PROVIDERS leaves out`);
});

test('each fix file fixes only codes of the rule file of the same name', () => {
	assert.ok(providerFiles.size > 0);
	for (const [p, file] of providerFiles) {
		const rules = ruleFiles.get(file);
		assert.ok(rules && rules.length > 0, `fixes/${file}.ts has no rule file rules/${file}.ts`);
		const codes = new Set(rules.flatMap((r) => r.codes));
		for (const c of p.codes) assert.ok(codes.has(c), `fixes/${file}.ts fixes ${c}, which rules/${file}.ts does not report`);
	}
});

test('every rule code with a fix is fixed in the file named as its rule file', () => {
	const fixFileOf = new Map([...providerFiles].flatMap(([p, file]) => p.codes.map((c) => [c, file] as const)));
	for (const [file, rules] of ruleFiles) {
		for (const c of rules.flatMap((r) => r.codes)) {
			const at = fixFileOf.get(c);
			if (at !== undefined) assert.equal(at, file, `${c} (rules/${file}.ts) is fixed in fixes/${at}.ts`);
		}
	}
	// Every rule is in a file of its own folder, so the pairing above covers every code.
	for (const r of RULES) assert.ok([...ruleFiles.values()].some((rs) => rs.includes(r)), `a rule of ${r.codes.join(', ')} lives outside src/core/rules/*.ts`);
});
