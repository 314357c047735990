// SPDX-License-Identifier: Apache-2.0
// Diagnostic: linuxu-debug-only (information). A `linuxu` target, in a release that still
// has `linuxu`, in a Kraftfile that is not a debug build (no debug option turned on, no
// target named for debugging; see debug-build.ts). The seed (the unikraft.org
// Virtualization page, in its wording of the time): as a Linux user-space application,
// everything Unikraft does goes through the Linux kernel's system calls, which severely
// limits its performance, so the mode is for development and debugging only. Its fix switches
// the target to `qemu` (`xen` for `arm`, where QEMU has no KVM platform). From v0.17.0 on
// the target is a `platform-removed` error instead, so this says nothing there.
import { archOf, debugSignals, hasLinuxu, isLinuxuTarget, vmPlatformFor } from '../debug-build';
import type { KraftfileModel, TargetModel } from '../model';
import type { DiagnosticData } from '../types';
import type { Rule } from './rule';

export const linuxuDebugOnly: Rule = {
	codes: ['linuxu-debug-only'],
	check({ parsed, model, release, report }) {
		if (!hasLinuxu(release)) return;
		const linuxu = model.targets.filter(isLinuxuTarget);
		if (linuxu.length === 0 || debugSignals(parsed, model).length > 0) return;
		for (const t of linuxu) {
			const arch = archOf(t);
			const vm = arch ? vmPlatformFor(arch, release) : undefined;
			const instead = vm && arch ? ` Build \`${vm.id}/${arch}\` for anything else.` : '';
			report({
				code: 'linuxu-debug-only',
				severity: 'information',
				message: `\`linuxu\` runs the unikernel as a Linux user-space process: that severely limits its performance, as everything goes through Linux system calls, and it is meant only for development and debugging. Nothing in this file makes it a debug build (no debug option in a \`kconfig\`, no target named for debugging).${instead}`,
				span: t.platform!.span,
				data: linuxuData(model, t),
			});
		}
	},
};

/**
 * The target a fix switches: the first one written in place (not through an alias) that
 * reads this `linuxu` (a `<<` merge can share it with the target it comes from).
 */
function linuxuData(model: KraftfileModel, t: TargetModel): DiagnosticData {
	const own = model.targets.find((x) => x.platform?.span.start === t.platform!.span.start && isLinuxuTarget(x) && !x.viaAlias);
	return own ? { kind: 'linuxu-debug-only', target: own.index } : { kind: 'linuxu-debug-only' };
}
