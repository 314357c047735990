// SPDX-License-Identifier: Apache-2.0
// Fixes of a debug build (see rules/debug-build.ts), none preferred: they change what is
// built, so only the user picks them.
// - release with `linuxu`: `Add a linuxu target for debugging` on the host's
//   architecture (else the target's, else the first target's, else x86_64), in the style
//   of the other targets; `Switch this target to linuxu` for the target the option or
//   name belongs to, or for each target when the option is global.
// - release without `linuxu`: never `linuxu`; `Add a qemu target for debugging` (a
//   refactor: the hint stays true) when no `qemu` target builds that architecture; the
//   diagnostic names the `kraft` flags and the GDB stub, which are not edits of this file.
import type { ArchId } from '../../data/architectures';
import { archOf, hasLinuxu, isLinuxuTarget, LINUXU, vmPlatformFor } from '../debug-build';
import type { TargetModel } from '../model';
import { platformRow, supportInEffect } from '../support-matrix';
import type { Diagnostic } from '../types';
import type { Fix, FixContext, FixProvider, TextEdit } from './fix';
import { addTarget, setPlatform } from './targets';

export const debugBuildFixes: FixProvider = {
	codes: ['debug-build'],
	fixes(ctx, d) {
		const { analysis } = ctx;
		if (d.data?.kind !== 'debug-build') return [];
		const own = d.data.target === undefined ? undefined : analysis.model.targets[d.data.target];
		return hasLinuxu(analysis.release) ? linuxuFixes(ctx, d, own) : qemuFixes(ctx, d, own);
	},
};

function linuxuFixes(ctx: FixContext, d: Diagnostic, own: TargetModel | undefined): Fix[] {
	const release = ctx.analysis.release;
	const targets = ctx.analysis.model.targets;
	const fits = (a: ArchId | undefined): a is ArchId => a !== undefined && supportInEffect(LINUXU, a, release).status === 'supported';
	const arch = [ctx.host?.arch, own && archOf(own), targets[0] && archOf(targets[0]), 'x86_64' as const].find(fits);
	const out: Fix[] = [];
	if (arch) push(out, d, `Add a linuxu target for debugging (\`linuxu/${arch}\`)`, addTarget(ctx.analysis, 'linuxu', arch, ctx.eol));
	for (const t of own ? [own] : targets) {
		const a = archOf(t);
		// A target without a platform (an error of its own) has nothing to switch; its title would throw.
		if (!t.platform || !fits(a) || isLinuxuTarget(t)) continue;
		const title = own ? 'Switch this target to linuxu' : `Switch \`${t.platform!.text}/${t.architecture!.text}\` to linuxu`;
		push(out, d, title, setPlatform(ctx.analysis, t, 'linuxu'));
	}
	return out;
}

function qemuFixes(ctx: FixContext, d: Diagnostic, own: TargetModel | undefined): Fix[] {
	const release = ctx.analysis.release;
	const targets = ctx.analysis.model.targets;
	const qemu = platformRow('qemu');
	const fits = (a: ArchId | undefined): a is ArchId => a !== undefined && supportInEffect(qemu, a, release).status === 'supported';
	const arch = [ctx.host?.arch, own && archOf(own), targets[0] && archOf(targets[0]), 'x86_64' as const].find(fits);
	if (!arch || vmPlatformFor(arch, release) !== qemu) return [];
	if (targets.some((t) => archOf(t) === arch && platformOf(t) === 'qemu')) return [];
	// A refactor, not a repair: the hint (what debugging looks like here) stays true after it.
	const out: Fix[] = [];
	push(out, d, `Add a qemu target for debugging (\`qemu/${arch}\`)`, addTarget(ctx.analysis, 'qemu', arch, ctx.eol), 'refactor');
	return out;
}

function platformOf(t: TargetModel): string | undefined {
	const p = t.platform?.found;
	return p?.kind === 'platform' ? p.row.id : undefined;
}

function push(out: Fix[], d: Diagnostic, title: string, edit: TextEdit | undefined, kind: Fix['kind'] = 'quickfix'): void {
	if (edit) out.push({ title, kind, preferred: false, edits: [edit], diagnosticCode: d.code });
}
