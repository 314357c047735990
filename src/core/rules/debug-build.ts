// SPDX-License-Identifier: Apache-2.0
// Diagnostic: debug-build (hint). The Kraftfile is a debug build: a `kconfig` (under
// `unikraft`, a library or a target) turns on a debug option of
// src/data/debug-options.ts (`CONFIG_LIBUKDEBUG_PRINTD: 'y'`, `- CONFIG_OPTIMIZE_NONE=y`),
// or a target's `name` says `debug`/`dbg`. Reported on each such option or name.
// - Where the release in effect still has `linuxu` (before v0.17.0) and no target uses it:
//   says that `linuxu` runs the unikernel as a Linux user-space process, meant for
//   development and debugging (the seed: the unikraft.org Virtualization page), and its quick
//   fixes add a `linuxu` target or switch a target to `linuxu`.
// - From v0.17.0 on, where `linuxu` is gone: says so and since when, and names what works
//   instead, debugging on QEMU (`kraft build --dbg`, `kraft run --symbolic`, `-W`, the GDB
//   stub); its fixes never add `linuxu`.
// One code for both, not two: it is the same finding (this is a debug build) and the
// release only changes the advice, as it changes the advice of `platform-removed`. A
// hint, never more: a debug build is not a mistake.
// Sources: src/data/debug-options.ts; unikraft/unikraft@e3db708d (linuxu retired).
import { DEBUG_TOOLS } from '../../data/debug-options';
import { debugSignals, hasLinuxu, isLinuxuTarget, LINUXU, type DebugSignal } from '../debug-build';
import { describeRelease, formatRelease, parseRelease, type ReleaseInEffect } from '../release';
import type { Rule } from './rule';

export const debugBuild: Rule = {
	codes: ['debug-build'],
	check({ parsed, model, release, report }) {
		const signals = debugSignals(parsed, model);
		if (signals.length === 0) return;
		const withLinuxu = hasLinuxu(release);
		// A build that already has a linuxu target needs no advice to add one.
		if (withLinuxu && model.targets.some(isLinuxuTarget)) return;
		for (const s of signals) {
			const own = s.kind === 'name' ? s.target : s.block.target;
			report({ code: 'debug-build', severity: 'hint', message: withLinuxu ? linuxuAdvice(s, release) : qemuAdvice(s, release), span: s.span, data: own ? { kind: 'debug-build', target: own.index } : { kind: 'debug-build' } });
		}
	},
};

function why(s: DebugSignal): string {
	return s.kind === 'option' ? `This is a debug build: \`${s.option.name}\` turns on ${s.option.summary}.` : `This target is named for debugging (\`${s.name}\`).`;
}

function linuxuAdvice(s: DebugSignal, release: ReleaseInEffect): string {
	return `${why(s)} ${describeRelease(release)} still has \`linuxu\`, which runs the unikernel as a Linux user-space process: slow, as everything goes through Linux system calls, but meant for development and debugging. ${s.kind === 'name' ? 'Switch this target to `linuxu`, or add a `linuxu` target,' : 'Add a `linuxu` target'} to debug with it.`;
}

function qemuAdvice(s: DebugSignal, release: ReleaseInEffect): string {
	const removed = formatRelease(parseRelease(LINUXU.removedIn!)!);
	const tools = DEBUG_TOOLS.filter((t) => !(s.kind === 'option' && t.text === s.option.name)).map((t) => `\`${t.text}\` ${t.summary}`);
	return `${why(s)} \`linuxu\`, the Linux user-space platform once meant for debugging, was removed in Unikraft ${removed}, and this file is checked against ${describeRelease(release)}. Debug on QEMU instead: ${tools.slice(0, -1).join(', ')} and ${tools[tools.length - 1]}.`;
}
