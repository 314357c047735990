// SPDX-License-Identifier: Apache-2.0
// Hover on Kconfig options in the three kconfig places (`unikraft`, a library, a target; map
// and list forms) and on their values: from the sources kraft fetched (a project folder
// assembled at test time from ../shared/sources, see support/kraft-workspace.ts), help text
// included, or from the bundled index, without help; each says which source answered.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { analyze, gatherSettled, hoverAt, loadKconfigIndex, type Analysis, type AnalysisOptions, type WorkspaceFacts } from '../../src/core';
import { nodeWorkspaceFs } from '../../src/node/workspace-fs';
import { golden } from './support/golden';
import { kraftWorkspace } from './support/kraft-workspace';
import { ROOT, SHARED } from './support/paths';

const index = loadKconfigIndex(() => readFileSync(join(ROOT, 'src', 'data', 'kconfig-index.json'), 'utf8'))!;
const withIndex: AnalysisOptions = { kconfigIndex: () => index };
const DOC = 'file:///project/Kraftfile';

const TEXT = [
	'spec: v0.6',
	'name: app',
	'unikraft:',
	'  version: v0.17.0',
	'  kconfig:',
	"    CONFIG_LIBUKDEBUG_PRINTK: 'y'",
	"    CONFIG_LIBUKDEBUG_PRINTK_ERR: 'y'",
	'    CONFIG_UKPLAT_LCPU_MAXCOUNT: 4',
	"    CONFIG_LIBNOSUCH_OPTION: 'y'",
	"    LIBUKDEBUG: 'y'",
	'libraries:',
	'  musl:',
	'    version: stable',
	'    kconfig:',
	'      - CONFIG_LIBMUSL_COMPLEX=y',
	'targets:',
	'  - platform: qemu',
	'    architecture: x86_64',
	'    kconfig:',
	"      CONFIG_LIBUKDEBUG_ENABLE_ASSERT: 'n'",
	"      CONFIG_APPHOVERTEST: 'y'",
	'',
].join('\n');

/** The application's own Config.uk, written here: its help text is the project's, so a golden file may hold it. */
const APP_CONFIG = [
	'config APPHOVERTEST',
	'\tbool "Hover test option"',
	'\tdefault y if LIBUKDEBUG',
	'\tdepends on LIBUKDEBUG_PRINTK',
	'\tselect LIBUKDEBUG',
	'\thelp',
	'\t  Written for this test: the help text of',
	'\t  the application\'s own option.',
	'',
	'\t  A second paragraph, with *stars* and `ticks`.',
	'',
].join('\n');

let dir: string;
let withWorkspace: Analysis;
before(async () => {
	dir = kraftWorkspace({ core: 'RELEASE-0.17.0', libraries: ['musl'], kraftfile: TEXT, appConfig: APP_CONFIG });
	const facts = await gatherSettled((f) => analyze(TEXT, f ? { ...withIndex, workspace: { ...f, fileName: 'Kraftfile' } } : withIndex), nodeWorkspaceFs(dir));
	const workspace: WorkspaceFacts | undefined = facts && { ...facts, fileName: 'Kraftfile' };
	withWorkspace = analyze(TEXT, { ...withIndex, ...(workspace ? { workspace } : {}) });
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** The hover at the `nth` occurrence of `word` in the text (cursor 1 past its start). */
function hoverOn(analysis: Analysis, word: string, text = TEXT) {
	const at = text.indexOf(word);
	assert.ok(at >= 0, word);
	const h = hoverAt(analysis, at + 1, { documentUri: DOC });
	assert.ok(h, `no hover on ${word}`);
	return { ...h, covers: text.slice(h.span.start, h.span.end) };
}

/** The first help line of `name` in a real Config.uk, read here so that no upstream prose is written into the tests. */
function helpLine(file: string, name: string): string {
	const text = readFileSync(join(SHARED, 'sources', 'unikraft', 'unikraft', 'RELEASE-0.17.0', file), 'utf8');
	const m = new RegExp(`config ${name}\\n(?:[^\\n]*\\n)*?\\s*help\\n\\s*([^\\n]+)`).exec(text);
	assert.ok(m, `no help for ${name} in ${file}`);
	return m[1]!.trim();
}

test('unikraft map form, workspace sources: the answer first, then the facts, the help text and a link beside the Kraftfile', () => {
	const h = hoverOn(withWorkspace, 'CONFIG_LIBUKDEBUG_PRINTK:');
	assert.equal(h.covers, 'CONFIG_LIBUKDEBUG_PRINTK');
	const lines = h.markdown.split('\n');
	assert.match(lines[0]!, /^\*\*`CONFIG_LIBUKDEBUG_PRINTK`\*\* · bool — /);
	assert.match(lines[1]!, /^`'y'` here turns it on \(`kraft` writes `CONFIG_LIBUKDEBUG_PRINTK=y`\)\.$/);
	assert.ok(h.markdown.includes(helpLine('lib/ukdebug/Config.uk', 'LIBUKDEBUG_PRINTK')), 'the help text from the workspace');
	assert.match(h.markdown, /\[\.unikraft\/unikraft\/lib\/ukdebug\/Config\.uk:\d+\]\(file:\/\/\/project\/\.unikraft\/unikraft\/lib\/ukdebug\/Config\.uk#L\d+\)/);
	assert.match(h.markdown, /From the sources kraft fetched into this project \(Unikraft 0\.17\.0/);
});

test("the golden hover of an option of the application's own Config.uk (help text written by the test)", () => {
	const h = hoverOn(withWorkspace, 'CONFIG_APPHOVERTEST');
	assert.match(h.markdown, /Written for this test: the help text of\nthe application's own option\./);
	assert.match(h.markdown, /\[Config\.uk:1\]\(file:\/\/\/project\/Config\.uk#L1\)/);
	golden('hover/kconfig-workspace-app-option.md', h.markdown);
});

test('a choice member, a number with its range, the value itself', () => {
	const err = hoverOn(withWorkspace, 'CONFIG_LIBUKDEBUG_PRINTK_ERR');
	assert.match(err.markdown, /picking it in the choice \*Kernel message level\*/);
	assert.match(err.markdown, /\*\*Choice:\*\* \*Kernel message level\*: one of .*`LIBUKDEBUG_PRINTK_INFO`/);
	const n = hoverOn(withWorkspace, 'CONFIG_UKPLAT_LCPU_MAXCOUNT');
	assert.match(n.markdown, /^\*\*`CONFIG_UKPLAT_LCPU_MAXCOUNT`\*\* · int/);
	assert.match(n.markdown, /`4` here sets it to `4`; range `1–256`/);
	// On the value: the lead and the source, no details.
	const v = hoverOn(withWorkspace, '4\n');
	assert.equal(v.covers, '4');
	assert.match(v.markdown, /sets it to `4`/);
	assert.ok(!v.markdown.includes('Defined in'));
	const y = hoverAt(withWorkspace, TEXT.indexOf("'y'") + 1, { documentUri: DOC })!;
	assert.equal(TEXT.slice(y.span.start, y.span.end), 'y', 'the value without its quotes');
	assert.match(y.markdown, /turns it on/);
});

test('library list form and target map form', () => {
	const lib = hoverOn(withWorkspace, 'CONFIG_LIBMUSL_COMPLEX');
	assert.equal(lib.covers, 'CONFIG_LIBMUSL_COMPLEX', 'the name part of `KEY=VALUE`');
	assert.match(lib.markdown, /`y` here turns it on/);
	assert.match(lib.markdown, /\.unikraft\/libs\/musl\/Config\.uk:\d+\]\(file:\/\/\/project\/\.unikraft\/libs\/musl\/Config\.uk#L\d+\)/);
	const value = hoverAt(withWorkspace, TEXT.indexOf('COMPLEX=y') + 'COMPLEX='.length, { documentUri: DOC })!;
	assert.equal(TEXT.slice(value.span.start, value.span.end), 'y');
	const target = hoverOn(withWorkspace, 'CONFIG_LIBUKDEBUG_ENABLE_ASSERT');
	assert.match(target.markdown, /`'n'` here turns it off/);
	assert.match(target.markdown, /\*\*Depends on:\*\* `LIBUKDEBUG`/);
});

test('an unknown option says which sources were read; a key without CONFIG_ is no option name', () => {
	const unknown = hoverOn(withWorkspace, 'CONFIG_LIBNOSUCH_OPTION');
	assert.match(unknown.markdown, /not known/);
	assert.match(unknown.markdown, /Unikraft 0\.17\.0/);
	const bare = hoverOn(withWorkspace, "LIBUKDEBUG: 'y'");
	assert.match(bare.markdown, /not a Kconfig option name/);
	assert.match(bare.markdown, /Did you mean `CONFIG_LIBUKDEBUG`\?/);
});

test('from the bundled index: no help, the link at the revision of the release in effect, the source said', () => {
	const text = "spec: v0.6\nname: app\nunikraft:\n  version: v0.16.3\n  kconfig:\n    CONFIG_LIBUKSWRAND: 'y'\ntargets:\n  - qemu/x86_64\n";
	const h = hoverOn(analyze(text, withIndex), 'CONFIG_LIBUKSWRAND', text);
	assert.match(h.markdown, /\[lib\/ukswrand\/Config\.uk:\d+\]\(https:\/\/github\.com\/unikraft\/unikraft\/blob\/RELEASE-0\.16\.3\/lib\/ukswrand\/Config\.uk#L\d+\) \(unikraft@RELEASE-0\.16\.3\)/);
	assert.match(h.markdown, /From the bundled index of Unikraft's Config\.uk files/);
	assert.ok(!h.markdown.includes(helpLine16('lib/ukswrand/Config.uk', 'LIBUKSWRAND') ?? '\u0000'), 'no help text from the index');
	golden('hover/kconfig-index-ukswrand.md', h.markdown);
	// Renamed away in 0.17.0: the index answers from older revisions and says it is not certain.
	const newer = text.replace('v0.16.3', 'v0.17.0');
	const old = hoverOn(analyze(newer, withIndex), 'CONFIG_LIBUKSWRAND', newer);
	assert.match(old.markdown, /not defined in the revisions for v0\.17\.0/);
});

function helpLine16(file: string, name: string): string | undefined {
	const text = readFileSync(join(SHARED, 'sources', 'unikraft', 'unikraft', 'RELEASE-0.16.3', file), 'utf8');
	return new RegExp(`config ${name}\\n(?:[^\\n]*\\n)*?\\s*help\\n\\s*([^\\n]+)`).exec(text)?.[1]?.trim();
}

test('without any source: the option is not known, and nothing breaks', () => {
	const text = "spec: v0.6\nname: app\nunikraft:\n  kconfig:\n    CONFIG_LIBUKDEBUG: 'y'\n";
	const h = hoverOn(analyze(text, {}), 'CONFIG_LIBUKDEBUG', text);
	assert.match(h.markdown, /not known/);
	assert.match(h.markdown, /bundled index is not loaded/);
	// Keys around keep their own hovers.
	assert.match(hoverOn(analyze(text, withIndex), 'kconfig', text).markdown, /^\*\*`kconfig`\*\*/);
});
