// SPDX-License-Identifier: Apache-2.0
// Debug builds: what makes one, the linuxu advice and actions where the release still has
// linuxu (v0.16.3), the QEMU advice and no linuxu where it does not (v0.17.0 on), and
// linuxu targets in builds that are not debug builds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/core';
import { debugSignals } from '../../src/core/debug-build';
import { DEBUG_OPTIONS } from '../../src/data/debug-options';
import { allFixes, applyFix, titles } from './support/fixes';

const OLD = 'spec: v0.6\nname: app\nunikraft:\n  version: v0.16.3\n';
const NEW = 'spec: v0.6\nname: app\nunikraft:\n  version: v0.17.0\n';

// Their sources are checked with every other table's (data.test.ts).
test('the debug options and tools are data, one row per name', () => {
	for (const row of DEBUG_OPTIONS) assert.match(row.name, /^CONFIG_[A-Z0-9_]+$/);
	assert.equal(new Set(DEBUG_OPTIONS.map((r) => r.name)).size, DEBUG_OPTIONS.length);
	for (const name of ['CONFIG_LIBUKDEBUG_PRINTD', 'CONFIG_LIBUKDEBUG_PRINTK_INFO', 'CONFIG_LIBUKDEBUG_TRACEPOINTS', 'CONFIG_LIBUKDEBUG_ALL_TRACEPOINTS', 'CONFIG_LIBUKDEBUG_GDBSTUB', 'CONFIG_LIBUKPRINT_KLVL_DEBUG', 'CONFIG_LIBUKPRINT_KLVL_INFO', 'CONFIG_LIBSYSCALL_SHIM_DEBUG', 'CONFIG_LIBSYSCALL_SHIM_STRACE', 'CONFIG_OPTIMIZE_NONE']) {
		assert.ok(DEBUG_OPTIONS.some((r) => r.name === name), name);
	}
});

function signals(text: string): string[] {
	const a = analyze(text);
	return debugSignals(a.parsed, a.model).map((s) => `${s.kind} ${text.slice(s.span.start, s.span.end)}`);
}

test('a kconfig that turns a debug option on makes a debug build: map and list form, unikraft, libraries, targets', () => {
	const text = `${OLD}  kconfig:\n    CONFIG_LIBUKDEBUG_PRINTD: 'y'\n    CONFIG_OPTIMIZE_NONE: y\n    CONFIG_LIBUKDEBUG_TRACEPOINTS: true\nlibraries:\n  musl:\n    kconfig:\n      - CONFIG_LIBSYSCALL_SHIM_STRACE=y\ntargets:\n  - platform: qemu\n    architecture: x86_64\n    kconfig:\n      CONFIG_LIBUKPRINT_KLVL_DEBUG: "y"\n`;
	assert.deepEqual(signals(text), [
		'option CONFIG_LIBUKDEBUG_PRINTD',
		'option CONFIG_OPTIMIZE_NONE',
		'option CONFIG_LIBUKDEBUG_TRACEPOINTS',
		'option CONFIG_LIBSYSCALL_SHIM_STRACE=y',
		'option CONFIG_LIBUKPRINT_KLVL_DEBUG',
	]);
});

test('options that are off, commented out, or not `y` to kraft do not count', () => {
	const text = `${OLD}  kconfig:\n    # CONFIG_LIBUKDEBUG_PRINTD: 'y'\n    CONFIG_LIBUKDEBUG_PRINTK_INFO: 'n'\n    CONFIG_LIBUKDEBUG_TRACEPOINTS: 'yes'\n    CONFIG_LIBUKDEBUG_ENABLE_ASSERT: 'y'\n    CONFIG_LIBUKDEBUG_ANSI_COLOR: 'y'\nlibraries:\n  lwip:\n    kconfig:\n      - CONFIG_LIBSYSCALL_SHIM_DEBUG="y"\n      - CONFIG_OPTIMIZE_NONE=n\ntargets:\n  - qemu/x86_64\n`;
	assert.deepEqual(signals(text), []);
	assert.deepEqual(analyze(text).diagnostics, []);
});

test('a target named for debugging makes a debug build; the project name does not', () => {
	assert.deepEqual(signals(`${OLD}targets:\n  - name: app-DBG\n    platform: qemu\n    architecture: x86_64\n  - kernel: debugger\n    platform: fc\n    architecture: x86_64\n`), ['name app-DBG', 'name debugger']);
	assert.deepEqual(signals('spec: v0.6\nname: debug-tools\ntargets:\n  - qemu/x86_64\n'), []);
});

test('v0.16.3: a hint that says what linuxu is for, never more than a hint', () => {
	const text = `${OLD}  kconfig:\n    CONFIG_LIBUKDEBUG_PRINTD: 'y'\ntargets:\n  - qemu/x86_64\n`;
	const [d, ...rest] = analyze(text).diagnostics;
	assert.deepEqual(rest, []);
	assert.equal(d?.code, 'debug-build');
	assert.equal(d?.severity, 'hint');
	assert.equal(text.slice(d!.span.start, d!.span.end), 'CONFIG_LIBUKDEBUG_PRINTD');
	assert.match(d!.message, /`CONFIG_LIBUKDEBUG_PRINTD` turns on debug messages/);
	assert.match(d!.message, /Unikraft v0\.16\.3 \(named by `unikraft`\) still has `linuxu`, which runs the unikernel as a Linux user-space process/);
	assert.match(d!.message, /meant for development and debugging/);
});

test('v0.16.3: add a linuxu target (host architecture first), or switch a target to linuxu', () => {
	const text = `${OLD}  kconfig:\n    CONFIG_LIBUKDEBUG_PRINTD: 'y'\ntargets:\n  - qemu/x86_64 # the VM\n  - fc/x86_64\n`;
	assert.deepEqual(titles(text, 'debug-build'), ['Add a linuxu target for debugging (`linuxu/x86_64`)', 'Switch `qemu/x86_64` to linuxu', 'Switch `fc/x86_64` to linuxu']);
	const tail = (t: string) => t.slice(t.indexOf('targets:'));
	assert.equal(tail(applyFix(text, 'debug-build', 'Add a linuxu target for debugging (`linuxu/x86_64`)').text), 'targets:\n  - qemu/x86_64 # the VM\n  - fc/x86_64\n  - linuxu/x86_64\n');
	assert.equal(tail(applyFix(text, 'debug-build', 'Add a linuxu target for debugging (`linuxu/arm64`)', {}, { arch: 'arm64' }).text), 'targets:\n  - qemu/x86_64 # the VM\n  - fc/x86_64\n  - linuxu/arm64\n');
	assert.equal(tail(applyFix(text, 'debug-build', 'Switch `fc/x86_64` to linuxu').text), 'targets:\n  - qemu/x86_64 # the VM\n  - linuxu/x86_64\n');
});

test('v0.16.3: the new target follows the file: map keys, CRLF, flow lists, quotes', () => {
	const map = 'spec: v0.6\r\nname: app\r\nunikraft: v0.16.3\r\ntargets:\r\n  - name: app-debug\r\n    plat: qemu\r\n    arch: arm64\r\n';
	assert.deepEqual(titles(map, 'debug-build'), ['Add a linuxu target for debugging (`linuxu/arm64`)', 'Switch this target to linuxu']);
	const tail = (t: string) => t.slice(t.indexOf('targets:'));
	assert.equal(tail(applyFix(map, 'debug-build', 'Add a linuxu target for debugging (`linuxu/arm64`)').text), 'targets:\r\n  - name: app-debug\r\n    plat: qemu\r\n    arch: arm64\r\n  - plat: linuxu\r\n    arch: arm64\r\n');
	assert.equal(tail(applyFix(map, 'debug-build', 'Switch this target to linuxu').text), 'targets:\r\n  - name: app-debug\r\n    plat: linuxu\r\n    arch: arm64\r\n');
	const flow = `${OLD}  kconfig: [CONFIG_OPTIMIZE_NONE=y]\ntargets: ['qemu/x86_64'] # one\n`;
	assert.equal(tail(applyFix(flow, 'debug-build', 'Add a linuxu target for debugging (`linuxu/x86_64`)').text), "targets: ['qemu/x86_64', 'linuxu/x86_64'] # one\n");
	const quoted = `${OLD}targets:\n  - 'qemu/x86_64'\n  - name: debug\n    platform: qemu/arm64\n`;
	assert.equal(tail(applyFix(quoted, 'debug-build', 'Add a linuxu target for debugging (`linuxu/arm64`)').text), "targets:\n  - 'qemu/x86_64'\n  - name: debug\n    platform: qemu/arm64\n  - platform: linuxu/arm64\n");
	const shorthand = `${OLD}  kconfig: [CONFIG_OPTIMIZE_NONE=y]\ntargets:\n  - "qemu/x86_64"\n`;
	assert.equal(tail(applyFix(shorthand, 'debug-build', 'Add a linuxu target for debugging (`linuxu/x86_64`)').text), 'targets:\n  - "qemu/x86_64"\n  - "linuxu/x86_64"\n');
});

test('v0.16.3: a debug build that already has a linuxu target gets no hint', () => {
	assert.deepEqual(analyze(`${OLD}targets:\n  - name: app-debug\n    platform: linuxu\n    architecture: x86_64\n  - qemu/x86_64\n`).diagnostics, []);
});

test('v0.17.0 on: the hint says linuxu is gone and since when, and names the QEMU way', () => {
	const text = `${NEW}  kconfig:\n    - CONFIG_LIBUKDEBUG_PRINTD=y\ntargets:\n  - fc/x86_64\n`;
	const d = analyze(text).diagnostics.find((x) => x.code === 'debug-build')!;
	assert.equal(d.severity, 'hint');
	assert.match(d.message, /`linuxu`.* was removed in Unikraft v0\.17\.0, and this file is checked against Unikraft v0\.17\.0 \(named by `unikraft`\)/);
	for (const tool of ['`kraft build --dbg`', '`kraft run --symbolic`', '`-W`', '`CONFIG_LIBUKDEBUG_GDBSTUB`']) assert.ok(d.message.includes(tool), tool);
	assert.deepEqual(titles(text, 'debug-build'), ['Add a qemu target for debugging (`qemu/x86_64`)']);
	const added = applyFix(text, 'debug-build', 'Add a qemu target for debugging (`qemu/x86_64`)');
	assert.equal(added.fix.kind, 'refactor');
	assert.equal(added.text, `${NEW}  kconfig:\n    - CONFIG_LIBUKDEBUG_PRINTD=y\ntargets:\n  - fc/x86_64\n  - qemu/x86_64\n`);
	assert.deepEqual(titles(`${NEW}targets:\n  - name: dbg\n    platform: qemu\n    architecture: x86_64\n`, 'debug-build'), []);
});

test('v0.17.0 on: no action ever writes linuxu, whatever names the release', () => {
	const body = "targets:\n  - name: app-debug\n    platform: qemu\n    architecture: x86_64\n  - fc/arm64\nlibraries:\n  musl:\n    kconfig:\n      CONFIG_LIBSYSCALL_SHIM_DEBUG: 'y'\n";
	const files: [string, { unikraftRelease?: string }][] = [
		[`${NEW}${body}`, {}],
		[`spec: v0.6\nname: app\nunikraft: stable\n${body}`, {}],
		[`spec: v0.6\nname: app\nunikraft: staging\n${body}`, {}],
		[`spec: v0.6\nname: app\n${body}`, { unikraftRelease: 'v0.18.0' }],
	];
	for (const [text, options] of files) {
		const fixes = allFixes(text, options, { arch: 'arm64' });
		assert.equal(analyze(text, options).diagnostics.filter((d) => d.code === 'debug-build').length, 2);
		for (const { fix } of fixes) for (const e of fix.edits) assert.doesNotMatch(e.newText, /linuxu/, fix.title);
	}
});

test('linuxu-debug-only: information on linuxu targets of a build that is not a debug build, switched to qemu', () => {
	const text = `${OLD}targets:\n  - linuxu/x86_64\n  - platform: linuxu\n    architecture: arm\n`;
	const ds = analyze(text).diagnostics;
	assert.deepEqual(ds.map((d) => [d.code, d.severity, text.slice(d.span.start, d.span.end)]), [
		['linuxu-debug-only', 'information', 'linuxu'],
		['linuxu-debug-only', 'information', 'linuxu'],
	]);
	assert.match(ds[0]!.message, /severely limits its performance.*meant only for development and debugging.*Build `qemu\/x86_64`/);
	assert.deepEqual(titles(text, 'linuxu-debug-only'), ['Switch this target to `qemu`']);
	assert.equal(applyFix(text, 'linuxu-debug-only', 'Switch this target to `qemu`').text, `${OLD}targets:\n  - qemu/x86_64\n  - platform: linuxu\n    architecture: arm\n`);
	// arm: QEMU has no KVM platform there; Xen builds it.
	assert.equal(applyFix(text, 'linuxu-debug-only', 'Switch this target to `xen`', {}, undefined, 1).text, `${OLD}targets:\n  - linuxu/x86_64\n  - platform: xen\n    architecture: arm\n`);
	const twin = `${OLD}targets:\n  - qemu/x86_64\n  - linuxu/x86_64\n`;
	assert.deepEqual(titles(twin, 'linuxu-debug-only'), ['Remove this target (`qemu/x86_64` is already there)']);
});

test('linuxu-debug-only: not in a debug build, not where linuxu is gone (that is platform-removed)', () => {
	assert.deepEqual(analyze(`${OLD}  kconfig:\n    CONFIG_LIBUKDEBUG_GDBSTUB: 'y'\ntargets:\n  - linuxu/x86_64\n`).diagnostics, []);
	assert.deepEqual(analyze(`${NEW}targets:\n  - linuxu/x86_64\n`).diagnostics.map((d) => d.code), ['platform-removed']);
});
