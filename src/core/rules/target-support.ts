// SPDX-License-Identifier: Apache-2.0
// Diagnostic: unsupported-target. A known platform on an architecture it does not support
// in every release the file may mean (`qemu/arm`: error, `PLAT_KVM` depends on x86_64 or
// arm64 in every release), a platform or pair those releases do not have yet (error), or a
// platform no release has (`hyperlight` against a release: error; against `stable`, a
// branch or an unknown Unikraft: not an error). `kraftcloud/arm64` builds, but Unikraft
// Cloud runs x86_64 images (warning). Where the releases the file may mean disagree
// (`unikraft: 0.16` with `xen/arm64`): information, naming where it does not build.
// Diagnostic: platform-removed (error). `linuxu` when every release the file may mean is
// v0.17.0 or later: the platform was retired (unikraft@e3db708d) and the build stops with
// QUOTES.noTargetPlatform.
// Diagnostic: known-issue (information). A supported pair with open upstream problems
// (`fc/arm64`), or whose support is doubtful (`xen/arm` from v0.21.0).
// All facts come from the support matrix in src/data/platforms.ts; which releases the file
// may mean, from src/core/release.ts.
import type { ArchId } from '../../data/architectures';
import type { PlatformRow } from '../../data/platforms';
import { describeRelease, formatRelease, parseRelease, releaseName, type ReleaseInEffect } from '../release';
import { architecturesFor, platformsFor, supportIn, type Support } from '../support-matrix';
import { targetsReading, type TargetModel } from '../model';
import type { Diagnostic, Span } from '../types';
import type { Rule } from './rule';
import { orList } from '../words';
import { q, QUOTES } from '../../data/quotes';

export const targetSupport: Rule = {
	codes: ['unsupported-target', 'platform-removed', 'known-issue'],
	check({ model, release, report }) {
		for (const t of model.targets) {
			if (!t.platform || !t.architecture) continue;
			const p = t.platform.found;
			const a = t.architecture.found;
			if (p.kind !== 'platform' || a.kind !== 'architecture') continue;
			const verdict = supportIn(p.row, a.row.id, release);
			const d = verdict.all ? certain(t, p.row, a.row.id, verdict.all, release) : uncertain(t, p.row, a.row.id, verdict.each, release);
			if (d) report({ ...d, data: { kind: 'target-support', targets: targetsReading(model, d.span) } });
		}
	},
};

/** The pair has one verdict in every release the file may mean. */
function certain(t: TargetModel, platform: PlatformRow, arch: ArchId, support: Support, release: ReleaseInEffect): Diagnostic | undefined {
	const written = `${t.platform!.text}/${t.architecture!.text}`;
	const inRelease = describeRelease(release);
	switch (support.status) {
		case 'supported':
			return support.caveat ? { code: 'known-issue', severity: 'information', message: `${written}: ${support.caveat}`, span: pairSpan(t) } : undefined;
		case 'unknown':
			return undefined;
		case 'removed': {
			// What builds for the same architecture in this release: local runners first.
			const all = platformsFor(arch, release).filter((r) => r.hypervisor === 'type-1');
			const others = [...all.filter((r) => r.localRun === 'yes'), ...all.filter((r) => r.localRun !== 'yes')].map((r) => `${r.id}/${arch}`);
			const instead = others.length
				? `Build ${orList(others)} instead${others[0]!.startsWith('qemu/') ? ' (debug it with `kraft build --dbg` and `kraft run --symbolic`)' : ''}`
				: `No platform builds ${arch} in ${releaseName(release)}: build for \`x86_64\` or \`arm64\` instead`;
			return {
				code: 'platform-removed',
				severity: 'error',
				message: `\`${platform.id}\` was removed in Unikraft ${support.removedIn}, and this file is checked against ${inRelease}: the build stops with ${q(QUOTES.noTargetPlatform)}. ${instead}, or pin \`unikraft: v0.16.3\` to keep \`${platform.id}\`.`,
				span: t.platform!.span,
				suggestions: t.platform!.exact && others.length ? [{ span: t.platform!.span, text: others[0]!.split('/')[0]! }] : [],
			};
		}
		case 'branch-only':
			return {
				code: 'unsupported-target',
				severity: 'error',
				message: `\`${platform.id}\` is in no Unikraft release, and this file is checked against ${inRelease}: the build stops for lack of a target platform. Build from the branch that has it (${support.branches.map((b) => `\`unikraft: { version: ${b} }\``).join(', ')}), as the official examples do, or use a prebuilt runtime (\`runtime:\`), or another platform.`,
				span: t.form === 'shorthand' ? pairSpan(t) : t.platform!.span,
			};
		case 'not-yet': {
			const what = platform.since && formatRelease(parseRelease(platform.since)!) === support.since ? `\`${platform.id}\`` : `\`${platform.id}\` on ${arch}`;
			return {
				code: 'unsupported-target',
				severity: 'error',
				message: `${what} arrived in Unikraft ${support.since}, and this file is checked against ${inRelease}, which does not have it. Use \`unikraft: ${support.since}\` or later, or another target.`,
				span: t.form === 'shorthand' ? pairSpan(t) : t.platform!.span,
			};
		}
		case 'unsupported': {
			const archs = architecturesFor(platform, release);
			const plats = platformsFor(arch, release).map((r) => r.id);
			const instead = [...archs.map((x) => `${platform.id}/${x}`), ...plats.map((x) => `${x}/${arch}`)];
			return {
				code: 'unsupported-target',
				severity: support.severity,
				message: `${written}: ${support.why} ${instead.length ? `Supported in ${releaseName(release)}: ${orList(instead)}.` : ''}`.trim(),
				span: t.form === 'shorthand' ? pairSpan(t) : t.architecture!.span,
			};
		}
	}
}

/**
 * The releases the file may mean disagree (`unikraft: 0.16`, `stable`, a branch): no error,
 * but an information note naming where it does not build. Nothing when the file names no
 * Unikraft at all (a runtime's, a commit's): there every release is possible, and nothing
 * release-dependent is said.
 */
function uncertain(t: TargetModel, platform: PlatformRow, arch: ArchId, each: ReturnType<typeof supportIn>['each'], release: ReleaseInEffect): Diagnostic | undefined {
	if (release.unknown) return undefined;
	const failing = each.filter((e) => e.release && e.support.status !== 'supported' && e.support.status !== 'unknown');
	if (failing.length === 0) return undefined;
	const where = failing.map((e) => formatRelease(e.release!));
	const pair = `\`${platform.id}/${arch}\``;
	const why = failing[failing.length - 1]!.support;
	const reason = why.status === 'branch-only' ? `it is in no release, only on the branch ${why.branches.map((b) => `\`${b}\``).join(', ')}` : why.status === 'not-yet' ? `it arrived in ${why.since}` : why.status === 'removed' ? `it was removed in ${why.removedIn}` : 'it does not build there';
	return {
		code: 'unsupported-target',
		severity: 'information',
		message: `${pair} does not build in ${where.join(', ')} (${reason}), and this file is checked against ${describeRelease(release)}, which may mean ${where.length === 1 ? 'that release' : 'one of them'}. Pin a release that has it to be sure.`,
		span: t.form === 'shorthand' ? pairSpan(t) : t.platform!.span,
	};
}

/** The `plat/arch` text of a shorthand target, or the architecture of a map target. */
function pairSpan(t: TargetModel): Span {
	if (t.form === 'shorthand' && t.platform && t.architecture) return { start: t.platform.span.start, end: t.architecture.span.end };
	return t.architecture!.span;
}
