// SPDX-License-Identifier: Apache-2.0
// Debugging a QEMU target with GDB, the answer to "linuxu for debugging" where a release has
// no linuxu: `kraft run --symbolic`, the QEMU command
// that waits for GDB, and a launch configuration that attaches to it. Pure: the adapter turns
// these into tasks and writes the configuration only when the user asks.
//
// No `kraft build --dbg`: Unikraft's build always writes the `.dbg` image beside the stripped
// one (docs: "The build system always creates two image files"), and kraftkit f02a5331 reads
// the flag nowhere in `kraft build` (internal/cli/kraft/build: only declared).
// Why QEMU is started directly: `kraft run` has no flag that gives QEMU a GDB stub (kraftkit
// f02a5331 internal/cli/kraft/run/run.go: its flags are listed there; `--symbolic` only picks
// the unstripped image). So the command is the one Unikraft's debugging guide gives, with
// what kraft's QEMU driver passes for the architecture:
// - unikraft/docs 36736952 content/docs/internals/debugging.mdx and content/guides/debugging.mdx:
//   start the image without `.dbg` in QEMU with `-s` (GDB on tcp::1234) and `-S` (paused),
//   point GDB at the `.dbg` image, use hardware breakpoints;
// - kraftkit f02a5331 machine/qemu/v1alpha1.go: qemu-system-x86_64 / qemu-system-aarch64;
//   x86_64 under KVM `-enable-kvm` with the host CPU, emulated the qemu64 CPU with pdpe1gb,
//   rdrand and rdseed on (QEMU ≥ 8) and vmx, svm off; arm64 the `virt` machine and the `max` CPU;
// - kraftkit f02a5331 unikraft/unikraft.go, unikraft/target/target.go, unikraft/target/transform.go,
//   unikraft/plat/transform.go: images are `.unikraft/build/<name>_<plat>-<arch>` and `….dbg`,
//   `<name>` the target's name or else the project's, the platform by its canonical name;
// - kraftkit f02a5331 internal/cli/kraft/run/run.go: `kraft run` gives 64Mi unless `-M`; a catalog
//   runtime gets the memory its README runs it with (kraft-commands.ts, `memory`).
import type { Analysis } from './analysis';
import type { HostFacts } from './host';
import { kraftCommands, kraftInvocation, type KraftCommands, type KraftInvocation, type KraftTargetCommands, type KraftVersion } from './kraft-commands';
import { lastEntry, stringValue } from './yaml-nodes';

/** The GDB stub `-s` opens (docs: shorthand for `-gdb tcp::1234`). */
export const GDB_PORT = 1234;

export interface QemuDebugSetup {
	/** `qemu/x86_64`, or `name (qemu/x86_64)`, as the task list names the target. */
	readonly label: string;
	readonly architecture: 'x86_64' | 'arm64';
	/** The image QEMU boots and the one GDB reads, relative to the Kraftfile's folder. */
	readonly kernel: string;
	readonly symbols: string;
	/** `kraft run --symbolic …`: the unstripped image, for symbols in a crash's output. */
	readonly runSymbolic: KraftInvocation;
	/** QEMU started paused, with the GDB stub (`-s -S`): an argument list. */
	readonly qemu: { readonly command: string; readonly args: readonly string[]; readonly emulated: boolean };
	/** The GDB to use: `gdb-multiarch` for an architecture that is not the host's. */
	readonly gdb: string;
	/** The steps by hand, for people without a C/C++ debugger extension. */
	readonly steps: readonly string[];
}

export type QemuDebugResult = { readonly ok: true; readonly setup: QemuDebugSetup } | { readonly ok: false; readonly reason: string };

/** The folder kraft builds into: `outdir` when the Kraftfile sets one, else `.unikraft/build`. */
function buildDir(a: Analysis): string {
	const entry = a.model.top.entries ? lastEntry(a.model.top.entries, 'outdir') : undefined;
	const dir = stringValue(entry?.value)?.trim();
	return dir ? dir.replace(/\/+$/, '') : '.unikraft/build';
}

/**
 * How to debug target `index` of the Kraftfile on QEMU with GDB, or why not: a platform other
 * than QEMU, an architecture QEMU's driver in kraft does not start here, or no name to find
 * the image by (kraft itself fails then: "target name not set").
 */
export function qemuDebugSetup(a: Analysis, index: number, host: HostFacts | undefined, version: KraftVersion | undefined): QemuDebugResult {
	const commands = kraftCommands(a, host, version);
	const t = commands.targets.find((c) => c.index === index);
	if (!t) return { ok: false, reason: 'this target has no platform and architecture kraft knows by name' };
	return setupFor(a, commands, t, host);
}

/** The targets that can be debugged on QEMU with GDB, from the commands already made for them. */
export function qemuDebugSetups(a: Analysis, commands: KraftCommands, host: HostFacts | undefined): { readonly index: number; readonly setup: QemuDebugSetup }[] {
	const out: { index: number; setup: QemuDebugSetup }[] = [];
	for (const t of commands.targets) {
		const r = setupFor(a, commands, t, host);
		if (r.ok) out.push({ index: t.index, setup: r.setup });
	}
	return out;
}

function setupFor(a: Analysis, commands: KraftCommands, t: KraftTargetCommands, host: HostFacts | undefined): QemuDebugResult {
	if (t.platform !== 'qemu') return { ok: false, reason: `GDB attaches to QEMU's stub; this target runs on ${t.platform}` };
	const arch = t.architecture;
	if (arch !== 'x86_64' && arch !== 'arm64') return { ok: false, reason: `kraft starts QEMU for x86_64 and arm64 only, not ${arch}` };
	const name = t.name ?? a.model.projectName?.trim();
	if (!name) return { ok: false, reason: 'neither the target nor the project has a name, so the image has none (kraft: target name not set)' };
	const kernel = `${buildDir(a)}/${name}_${t.platform}-${arch}`;
	// KVM only for the host's own architecture, where the host facts say it is usable.
	const emulated = !(host?.kvm === true && host.arch === arch);
	// kraft's default, or what the catalog runs the runtime with; QEMU writes sizes without `i`.
	const qemuArgs: string[] = ['-s', '-S', '-nographic', '-m', (commands.memory ?? '64M').replace(/i$/, '')];
	if (arch === 'x86_64') qemuArgs.push(...(emulated ? ['-cpu', 'qemu64,+pdpe1gb,+rdrand,+rdseed,-vmx,-svm'] : ['-enable-kvm', '-cpu', 'host,+x2apic,-pmu']));
	else qemuArgs.push('-machine', 'virt', '-cpu', 'max');
	qemuArgs.push('-kernel', kernel);
	const qemu = { command: arch === 'x86_64' ? 'qemu-system-x86_64' : 'qemu-system-aarch64', args: qemuArgs, emulated };
	const foreign = host?.arch !== undefined && host.arch !== arch;
	const gdb = foreign ? 'gdb-multiarch' : 'gdb';
	const steps = [
		`Build: \`kraft build ${t.select.join(' ')}\` (Unikraft always writes \`${kernel}.dbg\` beside the image; a debug information level above 0 in kconfig gives it line numbers).`,
		`Start QEMU paused, with the GDB stub on port ${GDB_PORT}: \`${qemu.command} ${qemuArgs.join(' ')}\`.`,
		`Attach GDB to it with the symbols: \`${gdb} --eval-command="target remote :${GDB_PORT}" ${kernel}.dbg\`.`,
		'Set breakpoints with `hbreak` (hardware breakpoints), then `continue`.',
	];
	const runSymbolic = kraftInvocation(['run', ...commands.noPrompt, '--symbolic', ...(t.run.emulated ? ['-W'] : []), ...t.select]);
	return { ok: true, setup: { label: t.label, architecture: arch, kernel, symbols: `${kernel}.dbg`, runSymbolic, qemu, gdb, steps } };
}

/**
 * The name of the task that starts QEMU for GDB; VS Code lists it, and a launch
 * configuration's `preLaunchTask` names it, as `kraft: <name>`. `where` tells Kraftfiles
 * in different folders apart (` (app)`).
 */
export function qemuTaskName(setup: QemuDebugSetup, where: string): string {
	return `QEMU waiting for GDB ${setup.label}${where}`;
}

/**
 * A launch configuration of the C/C++ extension's `cppdbg` type (ms-vscode.cpptools) that
 * attaches GDB to the stub after `preLaunchTask` started QEMU. `folder` is the Kraftfile's
 * folder as the configuration should write it (`${workspaceFolder}/app`).
 */
export function gdbLaunchConfiguration(setup: QemuDebugSetup, folder: string, preLaunchTask: string): Record<string, unknown> {
	return {
		name: `Unikraft: GDB on QEMU, ${setup.label}`,
		type: 'cppdbg',
		request: 'launch',
		program: `${folder}/${setup.symbols}`,
		cwd: folder,
		MIMode: 'gdb',
		miDebuggerPath: setup.gdb,
		miDebuggerServerAddress: `localhost:${GDB_PORT}`,
		stopAtEntry: false,
		hardwareBreakpoints: { require: true },
		preLaunchTask,
	};
}
