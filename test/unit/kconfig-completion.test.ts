// SPDX-License-Identifier: Apache-2.0
// Completion of Kconfig option names and values in the three kconfig places (`unikraft`, a
// library, a target), map and list forms: from the bundled index, and from the sources kraft
// fetched (a project folder assembled at test time from ../shared/sources). The first items
// of the main contexts are kept in test/golden/completion/ (support/golden.ts).
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze, completionsAt, gatherSettled, loadKconfigIndex, type AnalysisOptions, type CompletionItem, type WorkspaceFacts } from '../../src/core';
import { nodeWorkspaceFs } from '../../src/node/workspace-fs';
import { withCursor } from './support/cursor';
import { golden } from './support/golden';
import { kraftWorkspace } from './support/kraft-workspace';
import { ROOT } from './support/paths';

const index = loadKconfigIndex(() => readFileSync(join(ROOT, 'src', 'data', 'kconfig-index.json'), 'utf8'))!;
const withIndex: AnalysisOptions = { kconfigIndex: () => index };

interface Result {
	readonly text: string;
	readonly items: readonly CompletionItem[];
}

function complete(source: string, options: AnalysisOptions = withIndex): Result {
	const { text, offset } = withCursor(source);
	const items = [...completionsAt(analyze(text, options), offset)].sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0));
	return { text, items };
}

const labels = (r: Result) => r.items.map((i) => i.label);
const item = (r: Result, label: string) => {
	const found = r.items.find((i) => i.label === label);
	assert.ok(found, `no ${label} in ${labels(r).slice(0, 20).join(', ')}…`);
	return found;
};

/** The first `n` items the editor shows (those starting with the text typed), one line each, and how many there are. */
function render(source: string, r: Result, n = 12): string {
	const typed = (i: CompletionItem) => r.text.slice(i.replace.start, i.replace.end);
	const shown = r.items.filter((i) => i.label.startsWith(typed(i)));
	const lines = shown.slice(0, n).map((i) => `${i.label} | ${i.kind}${i.retrigger ? ', retrigger' : ''} | replaces ${JSON.stringify(r.text.slice(i.replace.start, i.replace.end))} | inserts ${JSON.stringify(i.insertText)}${i.insertSnippet !== undefined ? ` | snippet ${JSON.stringify(i.insertSnippet)}` : ''} | ${i.detail}`);
	return [`At $0 in ${JSON.stringify(source)}:`, `${r.items.length} items, ${shown.length} starting with the text typed; the first ${Math.min(n, shown.length)}:`, '', ...lines].join('\n');
}

const UNIKRAFT = (body: string, release = 'v0.17.0') => `spec: v0.6\nname: app\nunikraft:\n  version: ${release}\n  kconfig:\n${body}targets:\n  - qemu/x86_64\n`;

const GOLDEN: Record<string, string> = {
	'kconfig-names-unikraft-map': UNIKRAFT("    CONFIG_LIBUKDEBUG: 'n'\n    CONFIG_LIBUKDEBUG_PR$0\n"),
	'kconfig-names-library-list': 'spec: v0.6\nname: app\nunikraft: v0.17.0\nlibraries:\n  lwip:\n    kconfig:\n      - CONFIG_LWIP_TCP=y\n      - $0\ntargets:\n  - qemu/x86_64\n',
	'kconfig-values-int-range': UNIKRAFT('    CONFIG_UKPLAT_LCPU_MAXCOUNT: $0\n'),
	'kconfig-values-bool-choice': UNIKRAFT("    CONFIG_LIBUKDEBUG_PRINTK_WARN: '$0'\n"),
};

for (const [name, source] of Object.entries(GOLDEN)) {
	test(`golden: ${name}`, () => golden(`completion/${name}.txt`, render(source, complete(source))));
}

test('map form: a name with its type as detail and prompt as documentation, `CONFIG_X: ` and a value snippet; names already set are left out', () => {
	const r = complete(UNIKRAFT("    CONFIG_LIBUKDEBUG_PRINTK: 'y'\n    CONFIG_LIBUKDEBUG_PRI$0\n"));
	assert.ok(!labels(r).includes('CONFIG_LIBUKDEBUG_PRINTK'));
	const err = item(r, 'CONFIG_LIBUKDEBUG_PRINTK_ERR');
	assert.equal(err.detail, 'bool');
	assert.match(err.documentation!, /^Show critical and error messages/);
	assert.equal(r.text.slice(err.replace.start, err.replace.end), 'CONFIG_LIBUKDEBUG_PRI');
	assert.equal(err.insertText, 'CONFIG_LIBUKDEBUG_PRINTK_ERR: ');
	assert.equal(err.insertSnippet, "CONFIG_LIBUKDEBUG_PRINTK_ERR: ${1|'y','n'|}");
	const int = item(r, 'CONFIG_UKPLAT_LCPU_MAXCOUNT');
	assert.equal(int.insertSnippet, 'CONFIG_UKPLAT_LCPU_MAXCOUNT: ${1:1}');
	assert.match(int.documentation!, /Range: `1–256`/);
	// Under an existing key (its colon written), only the name is replaced.
	const key = complete(UNIKRAFT("    CONFIG_LIBUKDEBUG_PRINTK_E$0RR: 'y'\n"));
	const k = item(key, 'CONFIG_LIBUKDEBUG_PRINTK_ERR');
	assert.equal(key.text.slice(k.replace.start, k.replace.end), 'CONFIG_LIBUKDEBUG_PRINTK_ERR');
	assert.equal(k.insertText, 'CONFIG_LIBUKDEBUG_PRINTK_ERR');
	assert.equal(k.insertSnippet, undefined);
});

test('ranking: options whose dependencies the file turns off, and promptless options, come last and say why', () => {
	const r = complete(UNIKRAFT("    CONFIG_LIBUKDEBUG: 'n'\n    $0\n"));
	const printk = item(r, 'CONFIG_LIBUKDEBUG_PRINTK');
	assert.equal(printk.detail, 'bool · depends on LIBUKDEBUG, off in this file');
	const promptless = r.items.find((i) => i.detail.includes('no prompt'))!;
	assert.ok(promptless, 'some option without a prompt');
	const pos = (i: CompletionItem) => r.items.indexOf(i);
	assert.ok(pos(item(r, 'CONFIG_LIBVFSCORE')) < pos(printk), 'a free option before one whose dependency is off');
	assert.ok(pos(printk) < pos(promptless));
	// Turned on, the same option is back among the others.
	const on = complete(UNIKRAFT("    CONFIG_LIBUKDEBUG: 'y'\n    $0\n"));
	assert.equal(item(on, 'CONFIG_LIBUKDEBUG_PRINTK').detail, 'bool');
});

test("a library's block offers that library's options first (list form: `CONFIG_X=` and a bare value)", () => {
	const r = complete('spec: v0.6\nname: app\nunikraft: v0.17.0\nlibraries:\n  musl:\n    kconfig:\n      - CONFIG_$0\n');
	assert.match(r.items[0]!.label, /^CONFIG_LIBMUSL/);
	const c = item(r, 'CONFIG_LIBMUSL_COMPLEX');
	assert.equal(c.insertText, 'CONFIG_LIBMUSL_COMPLEX=');
	assert.equal(c.insertSnippet, 'CONFIG_LIBMUSL_COMPLEX=${1|y,n|}');
	assert.equal(r.text.slice(c.replace.start, c.replace.end), 'CONFIG_');
	// The same name in the unikraft block ranks after the core's.
	const core = complete(UNIKRAFT('    CONFIG_$0\n'));
	assert.doesNotMatch(core.items[0]!.label, /^CONFIG_LIBMUSL/);
	// A bare `-` gets the space.
	const dash = complete('spec: v0.6\nname: app\nlibraries:\n  musl:\n    kconfig:\n      -$0\n');
	assert.equal(item(dash, 'CONFIG_LIBMUSL_COMPLEX').insertText, ' CONFIG_LIBMUSL_COMPLEX=');
});

test('a target block, a blank line in a list block, and places that are not kconfig', () => {
	const t = complete("spec: v0.6\nname: app\nunikraft: v0.17.0\ntargets:\n  - platform: qemu\n    architecture: x86_64\n    kconfig:\n      CONFIG_LIBUKDEBUG_PRINTK: 'y'\n      $0\n");
	assert.ok(labels(t).includes('CONFIG_LIBUKDEBUG_PRINTK_ERR'));
	assert.ok(!labels(t).includes('CONFIG_LIBUKDEBUG_PRINTK'));
	const blank = complete('spec: v0.6\nname: app\nunikraft:\n  kconfig:\n    - CONFIG_LIBUKDEBUG=y\n    $0\n');
	assert.equal(item(blank, 'CONFIG_LIBUKDEBUG_PRINTK').insertText, '- CONFIG_LIBUKDEBUG_PRINTK=');
	// `template` is not one of kraft's three places; a comment is no place at all.
	assert.deepEqual(labels(complete('spec: v0.6\nname: app\ntemplate:\n  kconfig:\n    CONFIG_$0\n')), []);
	assert.deepEqual(labels(complete(UNIKRAFT('    # CONFIG_$0\n'))), []);
});

test('values: y/n quoted as the file quotes them, bare inside quotes and in the list form; numbers with their range; nothing for an unknown option', () => {
	const single = complete(UNIKRAFT("    CONFIG_LIBUKDEBUG: 'y'\n    CONFIG_LIBUKDEBUG_PRINTK: $0\n"));
	assert.deepEqual(single.items.map((i) => i.insertText), ["'y'", "'n'"]);
	assert.equal(single.items[0]!.detail, 'bool · the default');
	const double = complete(UNIKRAFT('    CONFIG_LIBUKDEBUG: "y"\n    CONFIG_LIBUKDEBUG_PRINTK:$0\n'));
	assert.deepEqual(double.items.map((i) => i.insertText), [' "y"', ' "n"']);
	const inside = complete(UNIKRAFT("    CONFIG_LIBUKDEBUG_PRINTK: '$0'\n"));
	assert.deepEqual(inside.items.map((i) => i.insertText), ['y', 'n']);
	const list = complete('spec: v0.6\nname: app\nunikraft:\n  version: v0.17.0\n  kconfig:\n    - CONFIG_LIBUKDEBUG_PRINTK=$0\n');
	assert.deepEqual(list.items.map((i) => i.insertText), ['y', 'n']);
	const int = complete(UNIKRAFT('    CONFIG_UKPLAT_LCPU_MAXCOUNT: $0\n'));
	assert.deepEqual(int.items.map((i) => i.insertText), ['1', '256']);
	assert.equal(int.items[0]!.detail, 'int · the default · range 1–256');
	assert.deepEqual(labels(complete(UNIKRAFT('    CONFIG_NO_SUCH_OPTION: $0\n'))), []);
});

test('from the workspace sources: the names of the tree kraft fetched, the app Config.uk included', async () => {
	const text = "spec: v0.6\nname: app\nunikraft:\n  version: v0.17.0\n  kconfig:\n    CONFIG_APPCOMPLETIONTEST: 'y'\nlibraries:\n  musl: stable\ntargets:\n  - qemu/x86_64\n";
	const dir = kraftWorkspace({ core: 'RELEASE-0.17.0', libraries: ['musl'], kraftfile: text, appConfig: 'config APPCOMPLETIONTEST\n\tbool "Completion test option"\n\nconfig APPCOMPLETIONOTHER\n\tint "Another"\n\trange 2 9\n\tdefault 3\n' });
	try {
		const facts = await gatherSettled((f) => analyze(text, f ? { ...withIndex, workspace: { ...f, fileName: 'Kraftfile' } } : withIndex), nodeWorkspaceFs(dir));
		const workspace: WorkspaceFacts | undefined = facts && { ...facts, fileName: 'Kraftfile' };
		const source = text.replace("CONFIG_APPCOMPLETIONTEST: 'y'\n", "CONFIG_APPCOMPLETIONTEST: 'y'\n    CONFIG_APPCOMPLETION$0\n");
		const r = complete(source, { ...withIndex, ...(workspace ? { workspace } : {}) });
		assert.deepEqual(labels(r).filter((l) => l.startsWith('CONFIG_APPCOMPLETION')), ['CONFIG_APPCOMPLETIONOTHER']);
		const other = item(r, 'CONFIG_APPCOMPLETIONOTHER');
		assert.equal(other.insertSnippet, 'CONFIG_APPCOMPLETIONOTHER: ${1:3}');
		assert.match(other.documentation!, /From the sources kraft fetched into this project \(Unikraft 0\.17\.0/);
		const values = complete(text.replace("CONFIG_APPCOMPLETIONTEST: 'y'\n", "CONFIG_APPCOMPLETIONTEST: 'y'\n    CONFIG_APPCOMPLETIONOTHER: $0\n"), { ...withIndex, ...(workspace ? { workspace } : {}) });
		assert.deepEqual(values.items.map((i) => `${i.insertText} ${i.detail}`), ['3 int · the default · range 2–9', '2 int · range 2–9', '9 int · range 2–9']);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
