// SPDX-License-Identifier: Apache-2.0
import { REV } from './revisions';
import { docsPage, ghFile, ghThread, quotedFile, withQuote, type Sources } from './source';
import { QUOTES } from './quotes';

/**
 * A Kconfig option that, turned on (`y`), makes a build a debug build: it prints debug
 * messages, traces, stops for a debugger or compiles without optimisation. Options that
 * are on by default (`CONFIG_LIBUKDEBUG_ENABLE_ASSERT`, `CONFIG_DEBUG_SYMBOLS_LVL3`) or
 * only decorate messages (`_PRINT_TIME`, `_ANSI_COLOR`) do not count.
 */
export interface DebugOptionRow {
	/** The full Kconfig name as a Kraftfile writes it, with `CONFIG_`. */
	readonly name: string;
	/** What turning it on does, in a few words. */
	readonly summary: string;
	/** Architectures the option exists for, when not all (`depends on ARCH_…`). */
	readonly architectures?: readonly ('x86_64' | 'arm64' | 'arm')[];
	/** Set for options of `lib/ukprint`, which replaced the printing options of `lib/ukdebug`. */
	readonly since?: string;
	readonly sources: Sources;
}

const ukdebug = ghFile('unikraft/unikraft', REV.unikraft, 'lib/ukdebug/Config.uk');
const ukprint = ghFile('unikraft/unikraft', 'b0d366ba', 'lib/ukprint/Config.uk', 'LIBUKPRINT_KLVL_DEBUG/_INFO/_WARN/_ERR (default)/_CRIT');
const ukprintPr = ghThread('unikraft/unikraft', 'pull', 1527, 'lib/ukprint: Introduce libukprint');
const shim = ghFile('unikraft/unikraft', REV.unikraft, 'lib/syscall_shim/Config.uk');
const coreConfig = quotedFile(QUOTES.buildOptionsMenu, 'the optimisation choice');
const debuggingDoc = docsPage('/docs/internals/debugging', 'unikraft.org: Debugging');

export const DEBUG_OPTIONS: readonly DebugOptionRow[] = [
	{ name: 'CONFIG_LIBUKDEBUG_PRINTD', summary: 'debug messages (`uk_printd`) everywhere', sources: [ukdebug, debuggingDoc] },
	{ name: 'CONFIG_LIBUKDEBUG_PRINTK_INFO', summary: 'kernel messages of every level, down to info', sources: [ukdebug] },
	{ name: 'CONFIG_LIBUKDEBUG_TRACEPOINTS', summary: 'tracepoints, recorded in a trace buffer', sources: [ukdebug, debuggingDoc] },
	{ name: 'CONFIG_LIBUKDEBUG_ALL_TRACEPOINTS', summary: 'every tracepoint at once', sources: [ukdebug] },
	{ name: 'CONFIG_LIBUKDEBUG_GDBSTUB', summary: 'the GDB stub, for GDB over a serial console', architectures: ['x86_64', 'arm64'], sources: [ukdebug] },
	{ name: 'CONFIG_LIBUKPRINT_KLVL_DEBUG', summary: 'kernel messages of every level, down to debug', since: '0.21.0', sources: [ukprint, ukprintPr] },
	{ name: 'CONFIG_LIBUKPRINT_KLVL_INFO', summary: 'kernel messages down to info', since: '0.21.0', sources: [ukprint, ukprintPr] },
	{ name: 'CONFIG_LIBSYSCALL_SHIM_DEBUG', summary: 'debug messages of the system call shim', sources: [shim] },
	{ name: 'CONFIG_LIBSYSCALL_SHIM_STRACE', summary: 'an strace-like log of every system call', sources: [shim] },
	{ name: 'CONFIG_OPTIMIZE_NONE', summary: 'no compiler optimisation (`-O0`)', sources: [coreConfig, debuggingDoc] },
	{ name: 'CONFIG_LIBUKSCHED_DEBUG', summary: 'debug messages of the scheduler', sources: [ghFile('unikraft/unikraft', REV.unikraft, 'lib/uksched/Config.uk')] },
	{ name: 'CONFIG_LIBPOSIX_PROCESS_DEBUG', summary: 'debug messages of the process library', sources: [ghFile('unikraft/unikraft', REV.unikraft, 'lib/posix-process/Config.uk')] },
	{ name: 'CONFIG_LIBPOSIX_FUTEX_DEBUG', summary: 'debug messages of the futex library', sources: [ghFile('unikraft/unikraft', REV.unikraft, 'lib/posix-futex/Config.uk')] },
	{ name: 'CONFIG_LIBUKFALLOCBUDDY_DEBUG', summary: 'debug checks of the buddy frame allocator', sources: [ghFile('unikraft/unikraft', REV.unikraft, 'lib/ukfallocbuddy/Config.uk')] },
];

/** How a target names the debug build: its `name` contains one of these (any case). */
export const DEBUG_NAME_PARTS: readonly string[] = ['debug', 'dbg'];

/** A way to debug a unikernel without `linuxu`, for releases that no longer have it. */
export interface DebugToolRow {
	readonly id: 'build-dbg' | 'run-symbolic' | 'run-emulated' | 'gdbstub';
	/** As the user writes it. */
	readonly text: string;
	readonly summary: string;
	readonly sources: Sources;
}

export const DEBUG_TOOLS: readonly DebugToolRow[] = [
	{
		id: 'build-dbg',
		text: 'kraft build --dbg',
		summary: 'builds the debuggable (symbolic) kernel image',
		sources: [withQuote(docsPage('/docs/cli/reference/kraft/build', 'kraft build reference', '`--dbg`'), QUOTES.buildDbg)],
	},
	{
		id: 'run-symbolic',
		text: 'kraft run --symbolic',
		summary: 'runs that image',
		sources: [withQuote(docsPage('/docs/cli/reference/kraft/run', 'kraft run reference', '`--symbolic`'), QUOTES.runSymbolic)],
	},
	{
		id: 'run-emulated',
		text: '-W',
		summary: 'runs it emulated where KVM is missing',
		sources: [
			docsPage('/docs/cli/reference/kraft/run', 'kraft run reference', '`-W, --disable-acceleration`'),
			withQuote(docsPage('/docs/faq', 'unikraft.org: FAQ'), QUOTES.faqUseW),
		],
	},
	{
		id: 'gdbstub',
		text: 'CONFIG_LIBUKDEBUG_GDBSTUB',
		summary: 'lets GDB attach over a serial console (x86_64 and arm64)',
		sources: [ukdebug, docsPage('/guides/debugging', 'unikraft.org: Debugging guide', 'QEMU/KVM, the `.dbg` image and `gdb`')],
	},
];
