// SPDX-License-Identifier: Apache-2.0
// The kraft command lines offered for a Kraftfile's targets, and `kraft version` parsing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze, kraftCommands, parseKraftVersion, type HostFacts, type KraftVersion } from '../../src/core';

const ROOT = join(__dirname, '..', '..', '..');
const X86_KVM: HostFacts = { arch: 'x86_64', kvm: true, os: 'linux' };
const X86_NOKVM: HostFacts = { arch: 'x86_64', kvm: false, os: 'linux' };
const V012: KraftVersion = { text: '0.12.14', numbers: [0, 12, 14] };

/** `host` and `version` default to an x86_64 Linux host with KVM and kraft 0.12.14; `null` means unknown. */
function commands(targets: string, host: HostFacts | null = X86_KVM, version: KraftVersion | null = V012, extra = '') {
	const text = `spec: v0.6\nname: app\nunikraft: stable\n${extra}targets:\n${targets}`;
	return { text, result: kraftCommands(analyze(text, {}), host ?? undefined, version ?? undefined) };
}

test('kraft version: the stored sample, a v-prefixed pre-release, a source build, noise', () => {
	const sample = readFileSync(join(ROOT, 'test/fixtures/kraft/version.txt'), 'utf8');
	assert.deepEqual(parseKraftVersion(sample), { text: '0.12.14', numbers: [0, 12, 14] });
	assert.deepEqual(parseKraftVersion('kraft v0.11.6-rc1 (abc) go1.23.4 2025-01-01\n'), { text: 'v0.11.6-rc1', numbers: [0, 11, 6] });
	assert.deepEqual(parseKraftVersion('kraft No version provided (No commit provided) go1.22.1 No build timestamp provided\n'), { text: 'No version provided' });
	assert.deepEqual(parseKraftVersion(' W  something\r\nkraft 0.9.2 (f02a5331) go1.22 2024-10-21\r\n'), { text: '0.9.2', numbers: [0, 9, 2] });
	for (const bad of ['', 'kraft', 'bash: kraft: command not found', 'kraftwerk 1.0.0 (x) go', '\u0000\u0001']) assert.equal(parseKraftVersion(bad), undefined, bad);
});

test('build and run with canonical names, never the alias written', () => {
	const { result } = commands('  - kvm/x86_64\n  - platform: firecracker\n    architecture: x86_64\n');
	assert.deepEqual(
		result.targets.map((t) => [t.label, t.build.args, t.run.args]),
		[
			['qemu/x86_64', ['build', '--no-prompt', '--plat', 'qemu', '--arch', 'x86_64'], ['run', '--no-prompt', '--plat', 'qemu', '--arch', 'x86_64']],
			['fc/x86_64', ['build', '--no-prompt', '--plat', 'fc', '--arch', 'x86_64'], ['run', '--no-prompt', '--plat', 'fc', '--arch', 'x86_64']],
		],
	);
	assert.equal(result.targets[0]!.build.display, 'kraft build --no-prompt --plat qemu --arch x86_64');
	assert.deepEqual(result.targets[0]!.build.env, { KRAFTKIT_NO_PROMPT: 'true' });
});

test('a named target adds --target; the span is its first line', () => {
	const { text, result } = commands('  - name: dbg\n    plat: qemu\n    arch: arm64\n');
	const t = result.targets[0]!;
	assert.equal(t.label, 'dbg (qemu/arm64)');
	assert.deepEqual(t.build.args, ['build', '--no-prompt', '--plat', 'qemu', '--arch', 'arm64', '--target', 'dbg']);
	assert.equal(text.slice(t.span.start, t.span.end), 'name: dbg');
});

test('-W exactly when the host makes the target emulated', () => {
	assert.deepEqual(commands('  - qemu/arm64\n').result.targets[0]!.run.args, ['run', '--no-prompt', '-W', '--plat', 'qemu', '--arch', 'arm64']);
	assert.equal(commands('  - qemu/x86_64\n').result.targets[0]!.run.emulated, false);
	assert.deepEqual(commands('  - qemu/x86_64\n', X86_NOKVM).result.targets[0]!.run.args, ['run', '--no-prompt', '-W', '--plat', 'qemu', '--arch', 'x86_64']);
	// No host facts (the web): never -W.
	assert.deepEqual(commands('  - qemu/arm64\n', null).result.targets[0]!.run.args, ['run', '--no-prompt', '--plat', 'qemu', '--arch', 'arm64']);
	// Firecracker cannot emulate: no -W (kraft says why it cannot start).
	assert.equal(commands('  - fc/arm64\n').result.targets[0]!.run.args.includes('-W'), false);
});

test('kraftcloud deploys instead of running', () => {
	const t = commands('  - kraftcloud/x86_64\n').result.targets[0]!;
	assert.deepEqual(t.run.args, ['cloud', 'deploy', '--no-prompt']);
	assert.equal(t.run.kind, 'deploy');
	assert.deepEqual(t.build.args, ['build', '--no-prompt', '--plat', 'kraftcloud', '--arch', 'x86_64']);
});

test('--no-prompt only for a kraft known to have it; the environment variable always', () => {
	for (const v of [null, { text: '0.3.0', numbers: [0, 3, 0] } as KraftVersion, { text: 'No version provided' }]) {
		const t = commands('  - qemu/x86_64\n', X86_KVM, v).result.targets[0]!;
		assert.deepEqual(t.build.args, ['build', '--plat', 'qemu', '--arch', 'x86_64'], JSON.stringify(v));
		assert.deepEqual(t.build.env, { KRAFTKIT_NO_PROMPT: 'true' });
	}
	assert.ok(commands('  - qemu/x86_64\n', X86_KVM, { text: '0.4.0', numbers: [0, 4, 0] }).result.targets[0]!.build.args.includes('--no-prompt'));
	assert.ok(commands('  - qemu/x86_64\n', X86_KVM, { text: '0.9.2', numbers: [0, 9, 2] }).result.targets[0]!.build.args.includes('--no-prompt'));
	assert.ok(commands('  - qemu/x86_64\n', X86_KVM, { text: '1.0.0', numbers: [1, 0, 0] }).result.targets[0]!.build.args.includes('--no-prompt'));
});

test('unknown platforms and architectures, misnomers, broken files: no command', () => {
	assert.deepEqual(commands('  - qemuu/x86_64\n  - qemu/amd64\n  - qemu/\n  - 42\n').result.targets, []);
	for (const text of ['', ':\n  - [', 'targets: 3', '\uFEFFtargets:\n\t- qemu/x86_64']) assert.doesNotThrow(() => kraftCommands(analyze(text, {}), X86_KVM, V012));
});

test('runtime: its key offers the first target again, or kraft build/run as they are', () => {
	const { text, result } = commands('  - qemu/arm64\n', X86_KVM, V012, 'runtime: base:latest\n');
	assert.equal(text.slice(result.runtime!.span.start, result.runtime!.span.end), 'runtime');
	assert.equal(result.runtime!.target, 0);
	assert.deepEqual(result.runtime!.run.args, ['run', '--no-prompt', '-W', '--plat', 'qemu', '--arch', 'arm64']);
	assert.equal(commands('  - qemu/x86_64\n').result.runtime, undefined);
	const alone = kraftCommands(analyze('spec: v0.6\nruntime: base:latest\n', {}), X86_KVM, V012).runtime!;
	assert.deepEqual([alone.build.args, alone.run.args, alone.target], [['build', '--no-prompt'], ['run', '--no-prompt'], undefined]);
});

test('a catalog runtime run with the memory its README gives (-M), kraft\'s default otherwise', () => {
	const run = (runtime: string, targets = '  - qemu/x86_64\n') => kraftCommands(analyze(`spec: v0.6\nruntime: ${runtime}\n${targets ? `targets:\n${targets}` : ''}`, {}), X86_KVM, V012);
	// library/node/21/README.md at 667ac92e: kraft run --rm -M 512M … unikraft.org/node:21
	assert.deepEqual(run('node:21').targets[0]!.run.args, ['run', '--no-prompt', '-M', '512M', '--plat', 'qemu', '--arch', 'x86_64']);
	assert.deepEqual(run('unikraft.org/python:3.12', '').runtime!.run.args, ['run', '--no-prompt', '-M', '256M']);
	// The build never gets it; a runtime whose README gives none, or one outside the catalog, gets kraft's default.
	assert.deepEqual(run('node:21').targets[0]!.build.args, ['build', '--no-prompt', '--plat', 'qemu', '--arch', 'x86_64']);
	for (const r of ['base:latest', 'nginx:1.25', 'example.com/node:21', 'node:99', "''"]) assert.ok(!run(r).targets[0]!.run.args.includes('-M'), r);
});

test('the platform hover of a target ends with the commands of the kraft found here, before its sources', async () => {
	const { hoverAt } = await import('../../src/core');
	const text = 'spec: v0.6\nname: app\nunikraft: stable\ntargets:\n  - qemu/arm64\n  - name: cloud\n    platform: kraftcloud\n    architecture: x86_64\n';
	const at = (needle: string) => text.indexOf(needle) + 1;
	const a = analyze(text, { host: X86_KVM });
	const md = hoverAt(a, at('qemu'), { host: X86_KVM, kraft: V012 })!.markdown;
	const parts = md.split('\n\n');
	assert.equal(parts[parts.length - 2], '**With kraft 0.12.14 here:** `kraft build --no-prompt --plat qemu --arch arm64`, then `kraft run --no-prompt -W --plat qemu --arch arm64`.');
	assert.match(parts[parts.length - 1]!, /^Sources: /);
	// An older kraft: no --no-prompt flag.
	assert.ok(hoverAt(a, at('qemu'), { host: X86_KVM, kraft: { text: '0.3.0', numbers: [0, 3, 0] } })!.markdown.includes('`kraft build --plat qemu --arch arm64`'));
	assert.ok(hoverAt(a, at('kraftcloud'), { host: X86_KVM, kraft: V012 })!.markdown.includes('then `kraft cloud deploy --no-prompt`'));
	// Without a kraft (the web, an untrusted workspace, none found): nothing about it.
	assert.ok(!hoverAt(a, at('qemu'), { host: X86_KVM })!.markdown.includes('With kraft'));
	// Not on the architecture.
	assert.ok(!hoverAt(a, at('arm64'), { host: X86_KVM, kraft: V012 })!.markdown.includes('With kraft'));
});
