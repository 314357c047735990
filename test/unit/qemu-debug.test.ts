// SPDX-License-Identifier: Apache-2.0
// Debugging a QEMU target with GDB: the QEMU command, the image names, the launch
// configuration (src/core/qemu-debug.ts). No debug adapter can run here; the configuration
// itself is what is checked.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, gdbLaunchConfiguration, qemuDebugSetup, qemuTaskName, type HostFacts, type QemuDebugSetup } from '../../src/core';

const X86_KVM: HostFacts = { arch: 'x86_64', kvm: true, os: 'linux' };
const X86_NOKVM: HostFacts = { arch: 'x86_64', kvm: false, os: 'linux' };
const V012 = { text: '0.12.14', numbers: [0, 12, 14] } as const;

function setupOf(text: string, index: number, host: HostFacts | undefined = X86_KVM): QemuDebugSetup {
	const r = qemuDebugSetup(analyze(text, {}), index, host, V012);
	assert.ok(r.ok, r.ok ? '' : r.reason);
	return r.setup;
}

const APP = 'spec: v0.6\nname: helloworld\nunikraft: stable\ntargets:\n  - kvm/x86_64\n  - qemu/arm64\n  - name: dbg\n    platform: qemu\n    architecture: x86_64\n  - fc/x86_64\n';

test('x86_64 under KVM: the stripped image in QEMU, paused, GDB stub on 1234; GDB reads the .dbg image', () => {
	const s = setupOf(APP, 0);
	assert.equal(s.label, 'qemu/x86_64');
	// The alias `kvm` is written as kraft names the image: by the canonical platform.
	assert.equal(s.kernel, '.unikraft/build/helloworld_qemu-x86_64');
	assert.equal(s.symbols, '.unikraft/build/helloworld_qemu-x86_64.dbg');
	assert.deepEqual(s.qemu, { command: 'qemu-system-x86_64', args: ['-s', '-S', '-nographic', '-m', '64M', '-enable-kvm', '-cpu', 'host,+x2apic,-pmu', '-kernel', '.unikraft/build/helloworld_qemu-x86_64'], emulated: false });
	assert.equal(s.gdb, 'gdb');
	assert.deepEqual(s.runSymbolic.args, ['run', '--no-prompt', '--symbolic', '--plat', 'qemu', '--arch', 'x86_64']);
	assert.ok(s.steps.some((x) => x.includes('gdb --eval-command="target remote :1234" .unikraft/build/helloworld_qemu-x86_64.dbg')));
	assert.ok(s.steps.some((x) => x.includes('hbreak')));
});

test('emulated: x86_64 without KVM, arm64 on an x86_64 host (gdb-multiarch), a named target', () => {
	const noKvm = setupOf(APP, 0, X86_NOKVM);
	assert.equal(noKvm.qemu.emulated, true);
	assert.deepEqual(noKvm.qemu.args.slice(5, 7), ['-cpu', 'qemu64,+pdpe1gb,+rdrand,+rdseed,-vmx,-svm']);
	assert.ok(!noKvm.qemu.args.includes('-enable-kvm'));
	const arm = setupOf(APP, 1);
	assert.equal(arm.qemu.command, 'qemu-system-aarch64');
	assert.deepEqual(arm.qemu.args, ['-s', '-S', '-nographic', '-m', '64M', '-machine', 'virt', '-cpu', 'max', '-kernel', '.unikraft/build/helloworld_qemu-arm64']);
	assert.equal(arm.gdb, 'gdb-multiarch');
	assert.deepEqual(arm.runSymbolic.args, ['run', '--no-prompt', '--symbolic', '-W', '--plat', 'qemu', '--arch', 'arm64']);
	const named = setupOf(APP, 2);
	assert.equal(named.kernel, '.unikraft/build/dbg_qemu-x86_64');
	assert.deepEqual(named.runSymbolic.args.slice(-2), ['--target', 'dbg']);
	// Unknown host: emulation, the host GDB.
	const unknown = qemuDebugSetup(analyze(APP, {}), 0, undefined, V012);
	assert.equal(unknown.ok && unknown.setup.qemu.emulated, true);
});

test('outdir moves the images; without a name there is no image name, as kraft says', () => {
	assert.equal(setupOf('name: a\noutdir: out/\nunikraft: stable\ntargets:\n  - qemu/x86_64\n', 0).kernel, 'out/a_qemu-x86_64');
	const r = qemuDebugSetup(analyze('unikraft: stable\ntargets:\n  - qemu/x86_64\n', {}), 0, X86_KVM, V012);
	assert.equal(r.ok, false);
	assert.match(r.ok ? '' : r.reason, /target name not set/);
	const fc = qemuDebugSetup(analyze(APP, {}), 3, X86_KVM, V012);
	assert.equal(fc.ok, false);
	assert.match(fc.ok ? '' : fc.reason, /runs on fc/);
	const riscv = qemuDebugSetup(analyze('name: a\nunikraft: stable\ntargets:\n  - qemu/arm\n', {}), 0, X86_KVM, V012);
	assert.equal(riscv.ok, false);
	assert.equal(qemuDebugSetup(analyze('name: a\ntargets:\n  - qemu/nope\n', {}), 0, X86_KVM, V012).ok, false);
});

test('the launch configuration: cppdbg attaching to the stub, waiting for the QEMU task', () => {
	const s = setupOf(APP, 0);
	const task = `kraft: ${qemuTaskName(s, ' (app)')}`;
	assert.equal(task, 'kraft: QEMU waiting for GDB qemu/x86_64 (app)');
	assert.deepEqual(gdbLaunchConfiguration(s, '${workspaceFolder}/app', task), {
		name: 'Unikraft: GDB on QEMU, qemu/x86_64',
		type: 'cppdbg',
		request: 'launch',
		program: '${workspaceFolder}/app/.unikraft/build/helloworld_qemu-x86_64.dbg',
		cwd: '${workspaceFolder}/app',
		MIMode: 'gdb',
		miDebuggerPath: 'gdb',
		miDebuggerServerAddress: 'localhost:1234',
		stopAtEntry: false,
		hardwareBreakpoints: { require: true },
		preLaunchTask: 'kraft: QEMU waiting for GDB qemu/x86_64 (app)',
	});
});
