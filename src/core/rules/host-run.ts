// SPDX-License-Identifier: Apache-2.0
// Only with host facts (the editor always has them; the CLI with --host or --host-arch).
// Diagnostic: emulated-target (information). `kraft run` would run this target emulated on
// this host: its architecture is not the host's (QEMU emulates it; pass `-W`, else kraft
// asks for KVM and fails: docs FAQ, QUOTES.faqNoKvmModule), or there is no
// usable KVM (kraft falls back to emulation, QUOTES.usingHardwareEmulation). Slower, but it runs.
// Diagnostic: not-runnable-here (information). `kraft run` cannot start it here at all:
// Firecracker needs Linux with KVM and the host's architecture (it cannot emulate), Xen
// images start only on a Xen host (dom0), `kraftcloud` is deployed, Hyperlight needs KVM/MSHV or WHP.
// Sources: unikraft/kraftkit machine/qemu/v1alpha1.go, machine/firecracker/v1alpha1.go,
// machine/platform/{detect.go,register_*.go}, internal/cli/kraft/run/run.go; docs faq.mdx.
import type { HostFacts } from '../host';
import { builds } from '../support-matrix';
import type { Rule } from './rule';

export const hostRun: Rule = {
	codes: ['emulated-target', 'not-runnable-here'],
	check({ model, release, options, report }) {
		const host = options.host;
		if (!host || options.hostHints === false) return;
		for (const t of model.targets) {
			if (!t.platform || !t.architecture) continue;
			const p = t.platform.found;
			const a = t.architecture.found;
			if (p.kind !== 'platform' || a.kind !== 'architecture') continue;
			// Only where it may build: a pair that fails in every release the file may mean has its error.
			if (!builds(p.row, a.row.id, release, 'maybe')) continue;
			const verdict = howItRuns(p.row.id, a.row.id, host);
			if (!verdict) continue;
			const span = t.form === 'shorthand' ? { start: t.platform.span.start, end: t.architecture.span.end } : t.platform.span;
			report({ code: verdict.code, severity: 'information', message: `${t.platform.text}/${t.architecture.text}: ${verdict.message}`, span });
		}
	},
};

type Verdict = { code: 'emulated-target' | 'not-runnable-here'; message: string } | undefined;

/** How `kraft run` would start `plat/arch` on `host`; `undefined` when natively, or unknown. */
export function howItRuns(plat: string, arch: string, host: HostFacts): Verdict {
	const hostName = host.arch ? `this ${host.arch} host` : 'this host';
	const foreign = host.arch !== undefined && host.arch !== arch;
	switch (plat) {
		case 'qemu':
			if (foreign) {
				return { code: 'emulated-target', message: `runs emulated on ${hostName} (QEMU emulates ${arch}; slower, no KVM). Run it with \`kraft run -W\`: without it \`kraft\` asks for KVM and fails.` };
			}
			if (host.kvm === false) {
				return {
					code: 'emulated-target',
					message: `runs emulated here: ${host.os === 'linux' ? 'there is no usable /dev/kvm (load the kvm module, or add yourself to the kvm group)' : `${host.os === 'darwin' ? 'macOS' : 'this OS'} has no KVM`}, so QEMU emulates the CPU (slower). \`kraft run -W\` says so explicitly.`,
				};
			}
			return undefined;
		case 'fc':
			if (host.os !== undefined && host.os !== 'linux') return { code: 'not-runnable-here', message: 'Firecracker runs only on Linux: build it here and run it on a Linux host with KVM, or use `qemu` to run locally.' };
			if (foreign) return { code: 'not-runnable-here', message: `Firecracker cannot emulate ${arch} on ${hostName}: run it on a ${arch} Linux host with KVM, or use \`qemu/${arch}\` with \`kraft run -W\` here.` };
			if (host.kvm === false) return { code: 'not-runnable-here', message: 'Firecracker needs KVM and there is no usable /dev/kvm here: enable KVM, or use `qemu` with `kraft run -W`.' };
			return undefined;
		case 'xen':
			if (host.xenHost) return undefined;
			return { code: 'not-runnable-here', message: '`kraft run` starts Xen images only on a Xen host (dom0), and this is none: build it here and boot it on a Xen host (`xl create`). To run locally, add a `qemu` target.' };
		case 'kraftcloud':
			return { code: 'not-runnable-here', message: 'Unikraft Cloud images are not run locally: deploy with `kraft cloud deploy`. To run locally, add a `qemu/x86_64` target.' };
		case 'hyperlight':
			if (host.os === 'darwin' || host.os === 'other') return { code: 'not-runnable-here', message: 'Hyperlight needs KVM or MSHV on Linux, or WHP on Windows.' };
			if (foreign) return { code: 'not-runnable-here', message: `Hyperlight cannot emulate ${arch} on ${hostName}.` };
			if (host.os === 'linux' && host.kvm === false) return { code: 'not-runnable-here', message: 'Hyperlight needs KVM (or MSHV) and there is no usable /dev/kvm here.' };
			return undefined;
		default:
			return undefined;
	}
}
