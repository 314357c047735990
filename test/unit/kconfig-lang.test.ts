// SPDX-License-Identifier: Apache-2.0
// The Kconfig reader on Unikraft's real Config.uk files, read from ../shared/sources (no
// upstream file is copied here), and on broken input, where it must report, not throw.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { definitionsByName, exprText, parseKconfig, readKconfigTree, unikraftVariables, type KconfigHost } from '../../src/core/kconfig-lang';
import { dependencyText } from '../../src/core/kconfig-lang/parse';
import { KCONFIG_TREES } from '../../src/data/kconfig-trees';
import { nodeHost, readTree, treeDir } from '../../scripts/kconfig-index/sources';
import { SHARED } from './support/paths';

const UK = join(SHARED, 'sources', 'unikraft', 'unikraft');
const read = (rev: string, path: string) => readFileSync(join(UK, rev, path), 'utf8');
const spec = (rev: string) => KCONFIG_TREES.find((t) => t.rev === rev)!;

test('lib/ukdebug/Config.uk of RELEASE-0.17.0: types, lines, if nesting, choices', () => {
	const f = parseKconfig(read('RELEASE-0.17.0', 'lib/ukdebug/Config.uk'), 'lib/ukdebug/Config.uk');
	assert.deepEqual(f.problems, []);
	const byName = definitionsByName(f.definitions);
	const printd = byName.get('LIBUKDEBUG_PRINTD')![0]!;
	assert.equal(printd.type, 'bool');
	assert.equal(printd.prompt?.value, 'Enable debug messages globally (uk_printd)');
	assert.deepEqual({ line: printd.position.line, character: printd.position.character }, { line: 33, character: 7 }, 'line 34 of the file, after `config `');
	assert.deepEqual(printd.defaults.map((d) => exprText(d.value)), ['n']);
	assert.ok(printd.help && printd.help.length > 0, 'help text is kept in the parsed result');
	// `if LIBUKDEBUG` … `endif` around everything after the menuconfig, and an inner `if LIBUKDEBUG_TRACEPOINTS`.
	assert.equal(dependencyText(printd), 'LIBUKDEBUG');
	assert.equal(dependencyText(byName.get('LIBUKDEBUG_TRACE_BUFFER_SIZE')![0]!), 'LIBUKDEBUG && LIBUKDEBUG_TRACEPOINTS');
	assert.equal(byName.get('LIBUKDEBUG_TRACE_BUFFER_SIZE')![0]!.type, 'int');
	const top = byName.get('LIBUKDEBUG')![0]!;
	assert.equal(top.kind, 'menuconfig');
	assert.equal(dependencyText(top), 'HAVE_LIBC || LIBNOLIBC');
	assert.deepEqual(top.selects.map((s) => s.value), ['LIBUKLIBID']);
	// The first choice: members, its default, and its `depends on` passed to them.
	const choice = f.choices[0]!;
	assert.equal(choice.prompt?.value, 'Kernel message level');
	assert.deepEqual(choice.members, ['LIBUKDEBUG_PRINTK_INFO', 'LIBUKDEBUG_PRINTK_WARN', 'LIBUKDEBUG_PRINTK_ERR', 'LIBUKDEBUG_PRINTK_CRIT']);
	assert.deepEqual(choice.defaults.map((d) => exprText(d.value)), ['LIBUKDEBUG_PRINTK_ERR']);
	const info = byName.get('LIBUKDEBUG_PRINTK_INFO')![0]!;
	assert.equal(info.choice, 0);
	assert.equal(dependencyText(info), 'LIBUKDEBUG && LIBUKDEBUG_PRINTK');
	assert.equal(printd.choice, undefined);
});

test('plat/Config.uk of RELEASE-0.17.0: range, default … if, select … if', () => {
	const f = parseKconfig(read('RELEASE-0.17.0', 'plat/Config.uk'), 'plat/Config.uk');
	assert.deepEqual(f.problems, []);
	const byName = definitionsByName(f.definitions);
	const max = byName.get('UKPLAT_LCPU_MAXCOUNT')![0]!;
	assert.equal(max.type, 'int');
	assert.deepEqual(max.ranges.map((r) => [exprText(r.low), exprText(r.high), r.if]), [['1', '256', undefined]]);
	const smp = byName.get('HAVE_SMP')![0]!;
	assert.deepEqual(smp.defaults.map((d) => [exprText(d.value), d.if && exprText(d.if)]), [['y', 'UKPLAT_LCPU_MAXCOUNT > 1']]);
	assert.deepEqual(smp.selects.map((s) => [s.value, s.if && exprText(s.if)]), [
		['LIBUKINTCTLR_APIC', 'ARCH_X86_64 && UKPLAT_LCPU_MAXCOUNT > 1'],
		['UKPLAT_ACPI', 'ARCH_X86_64'],
	]);
});

test('the top Config.uk: the generated menus are source requests, the Build Options choice is read', () => {
	const f = parseKconfig(read('RELEASE-0.17.0', 'Config.uk'), 'Config.uk');
	assert.deepEqual(f.problems, []);
	assert.ok(f.mainmenu?.startsWith('Unikraft/'));
	assert.equal(f.sources.filter((s) => s.path.includes('config-submenu.sh')).length, 4);
	const app = f.sources.find((s) => s.path.includes('app.uk'))!;
	assert.deepEqual(app.inherited.map(exprText), ['!NO_APP']);
	const opt = f.choices.find((c) => c.prompt?.value === 'Optimization level')!;
	assert.deepEqual(opt.members, ['OPTIMIZE_NONE', 'OPTIMIZE_PERF', 'OPTIMIZE_SIZE']);
	// def_bool with a $(shell,…) macro is a default, read as one word.
	const noApp = definitionsByName(f.definitions).get('NO_APP')![0]!;
	assert.equal(noApp.type, 'bool');
	assert.match(exprText(noApp.defaults[0]!.value), /^\$\(shell,test /);
});

test('whole trees: the generated menus are found as the scripts find them', () => {
	const t17 = readTree(SHARED, spec('RELEASE-0.17.0'));
	assert.deepEqual(t17.problems, []);
	const s17 = definitionsByName(t17.definitions);
	assert.ok(s17.size >= 600, `${s17.size} options in RELEASE-0.17.0`);
	for (const name of ['PLAT_KVM', 'PLAT_XEN', 'LIBUKRANDOM', 'LIBUKDEBUG_PRINTD', 'OPTIMIZE_NONE', 'ARCH_X86_64', 'LIBVIRTIO_BUS', 'LIBPOSIX_PROCESS']) assert.ok(s17.has(name), name);
	assert.ok(!s17.has('LIBUKSWRAND'), 'ukswrand became ukrandom in 0.17.0');
	assert.ok(!s17.has('PLAT_LINUXU'), 'linuxu is gone in 0.17.0');
	assert.equal(s17.get('PLAT_KVM')![0]!.position.file, join(treeDir(SHARED, spec('RELEASE-0.17.0')), 'plat/kvm/Config.uk'));
	// Every Config.uk of the tree is read (drivers/virtio's twice: both the drivers menu and its own submenu source it).
	assert.equal(new Set(t17.files).size, 98);

	const t163 = definitionsByName(readTree(SHARED, spec('RELEASE-0.16.3')).definitions);
	assert.ok(t163.has('LIBUKSWRAND') && t163.has('PLAT_LINUXU'));
	assert.ok(!t163.has('LIBUKRANDOM'));

	// RELEASE-0.10.0: the older script (uk_build_configure.sh) and its Makefile folder lists.
	const t10 = readTree(SHARED, spec('RELEASE-0.10.0'));
	assert.deepEqual(t10.problems, []);
	const s10 = definitionsByName(t10.definitions);
	assert.ok(s10.size >= 300, `${s10.size} options in RELEASE-0.10.0`);
	for (const name of ['PLAT_KVM', 'PLAT_LINUXU', 'PLAT_XEN', 'LIBUKSWRAND', 'LIBVFSCORE', 'HAVE_LIBC']) assert.ok(s10.has(name), name);
});

test('external libraries, the application and exclusions reach the generated menus', () => {
	const base = treeDir(SHARED, spec('RELEASE-0.17.0'));
	const musl = join(SHARED, 'sources', 'unikraft', 'lib-musl', 'fd1abc92');
	const elf = join(SHARED, 'sources', 'unikraft', 'app-elfloader', 'e4f70146');
	const t = readKconfigTree({ root: join(base, 'Config.uk'), host: nodeHost, variables: unikraftVariables(base, nodeHost, { libraries: [musl], app: elf, excludes: [join(base, 'lib', 'ukdebug')] }) });
	const s = definitionsByName(t.definitions);
	assert.ok(s.has('LIBMUSL'), 'the library from -c');
	assert.ok([...s.keys()].some((n) => n.startsWith('APPELFLOADER')), 'the application from -l');
	assert.ok(!s.has('LIBUKDEBUG_PRINTD'), 'lib/ukdebug excluded with -e');
	// The application's entries stand under `if !NO_APP`.
	const app = t.definitions.find((d) => d.name.startsWith('APPELFLOADER'))!;
	assert.equal(exprText(app.inherited[0]!), '!NO_APP');
});

test('bounds and broken input: problems as data, never a throw', () => {
	const inputs = [
		'config\n',
		'config FOO\n\tbool "x\n',
		'if A && (B\nconfig X\n\tbool\n',
		'endif\nendmenu\nendchoice\n',
		'config X\n\tdefault y if\n\tdepends on && B\n\trange 1\n\tselect\n',
		'choice\nconfig A\n\tbool "a"\n',
		'menu "m"\n\tdepends on A\n'.repeat(300),
		'config X\n\tdepends on ' + '('.repeat(5000) + 'A' + ')'.repeat(5000) + '\n',
		'config X\n\tdepends on ' + Array.from({ length: 20000 }, (_, i) => `A${i}`).join(' && ') + '\n',
		'\u0000\u0001 "$(( \\\n',
		'source "$(UNKNOWN)/Config.uk"\nsource "$(shell,rm -rf /)"\n',
		'help\n  text\nfoo bar\n',
	];
	for (const text of inputs) {
		const f = parseKconfig(text, 'x');
		assert.ok(Array.isArray(f.problems));
		for (const p of f.problems) assert.ok(p.position.offset >= 0 && p.position.offset <= text.length, p.message);
	}
	assert.ok(parseKconfig(inputs[1]!, 'x').problems.some((p) => p.message.includes('Unterminated')));
	assert.ok(parseKconfig(inputs[2]!, 'x').problems.some((p) => p.message.includes('if not closed')));
	assert.ok(parseKconfig(inputs[6]!, 'x').problems.some((p) => p.message.includes('nested more than')));
	assert.ok(parseKconfig(inputs[7]!, 'x').problems.some((p) => p.message.includes('nested more than')));
	assert.equal(parseKconfig(inputs[8]!, 'x').definitions[0]!.dependsOn.length, 1, 'a long && chain is one expression');
	// Tokens: the budget stops the file.
	assert.ok(parseKconfig('config A\n'.repeat(1000), 'x', { maxTokens: 100 }).problems.some((p) => p.message.includes('Too many tokens')));

	// A tree that sources itself, one that sources too deep, a host that throws, unknown commands.
	const files: Record<string, string> = {
		'/t/Config.uk': 'source "/t/a.uk"\nsource "$(shell,echo hi)"\nsource "$(NOPE)/x"\nosource "/t/missing.uk"\nsource "/t/missing.uk"\nsource "/t/throws.uk"\n',
		'/t/a.uk': 'config A\n\tbool\nsource "/t/Config.uk"\nsource "/t/deep0.uk"\n',
		...Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`/t/deep${i}.uk`, `config D${i}\n\tbool\nsource "/t/deep${i + 1}.uk"\n`])),
	};
	const host: KconfigHost = {
		readFile: (p) => {
			if (p === '/t/throws.uk') throw new Error('boom');
			return files[p];
		},
		listDir: () => {
			throw new Error('boom');
		},
	};
	const t = readKconfigTree({ root: '/t/Config.uk', host, limits: { maxSourceDepth: 10 } });
	const messages = t.problems.map((p) => p.message).join('\n');
	assert.match(messages, /sources itself/);
	assert.match(messages, /nested more than 10 deep/);
	assert.match(messages, /echo is not run/);
	assert.match(messages, /NOPE not known/);
	assert.match(messages, /missing\.uk cannot be read/);
	assert.match(messages, /throws\.uk cannot be read/);
	assert.equal(t.problems.filter((p) => p.message.includes('missing.uk')).length, 1, 'osource of a missing file is no problem');
	assert.ok(definitionsByName(t.definitions).has('A') && definitionsByName(t.definitions).has('D5'));
	const few = readKconfigTree({ root: '/t/Config.uk', host, limits: { maxFiles: 4 } });
	assert.ok(few.files.length <= 4 && few.problems.some((p) => p.message.includes('More than 4 files')));
});

test('definitions keep Kconfig order across source lines', () => {
	const files: Record<string, string> = { '/r/Config.uk': 'config A\n\tbool\nsource "b.uk"\nconfig C\n\tbool\n', '/r/b.uk': 'config B\n\tbool\n' };
	const t = readKconfigTree({ root: '/r/Config.uk', host: { readFile: (p) => files[p], listDir: () => [] } });
	assert.deepEqual(t.definitions.map((d) => d.name), ['A', 'B', 'C']);
	assert.deepEqual(t.problems, []);
});
