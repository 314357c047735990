// SPDX-License-Identifier: Apache-2.0
// Diagnostic: unsupported-target. A known platform on an architecture it does not support
// in the release in effect (`qemu/arm`: error, PLAT_KVM has QUOTES.kvmDependsOn), or a platform that release does not have yet (error). `kraftcloud/arm64`
// builds, but Unikraft Cloud runs x86_64 images (warning).
// Diagnostic: platform-removed (error). `linuxu` when the release in effect is v0.17.0 or
// later: the platform was retired (unikraft@e3db708d) and the build stops with
// QUOTES.noTargetPlatform.
// Diagnostic: known-issue (information). A supported pair with open upstream problems
// (`fc/arm64`).
// All facts come from the support matrix in src/data/platforms.ts.
import type { ArchId } from '../../data/architectures';
import { LATEST_RELEASE } from '../../data/releases';
import { compareRelease, describeRelease, formatRelease, parseRelease, releaseName } from '../release';
import { architecturesFor, lookupArchitecture, lookupPlatform, platformsFor, supportOf } from '../support';
import type { TargetModel } from '../model';
import type { Span } from '../types';
import type { Rule } from './rule';
import { orList } from './rule';
import { q, QUOTES } from '../../data/quotes';

export const targetSupport: Rule = {
	codes: ['unsupported-target', 'platform-removed', 'known-issue'],
	check({ model, release, report }) {
		for (const t of model.targets) {
			if (!t.platform || !t.architecture) continue;
			const p = lookupPlatform(t.platform.text);
			const a = lookupArchitecture(t.architecture.text);
			if (p.kind !== 'platform' || a.kind !== 'architecture') continue;
			const platform = p.row;
			const arch: ArchId = a.row.id;
			const support = supportOf(platform, arch, release.version);
			const written = `${t.platform.text}/${t.architecture.text}`;
			const inRelease = describeRelease(release);
			switch (support.status) {
				case 'supported':
					if (support.caveat) report({ code: 'known-issue', severity: 'information', message: `${written}: ${support.caveat}`, span: pairSpan(t) });
					break;
				case 'removed': {
					// What builds for the same architecture in this release: local runners first.
					const all = platformsFor(arch, release.version).filter((r) => r.hypervisor === 'type-1');
					const others = [...all.filter((r) => r.localRun === 'yes'), ...all.filter((r) => r.localRun !== 'yes')].map((r) => `${r.id}/${arch}`);
					const instead = others.length
						? `Build ${orList(others)} instead${others[0]!.startsWith('qemu/') ? ' (debug it with `kraft build --dbg` and `kraft run --symbolic`)' : ''}`
						: `No platform builds ${arch} in ${releaseName(release)}: build for \`x86_64\` or \`arm64\` instead`;
					report({
						code: 'platform-removed',
						severity: 'error',
						message: `\`${platform.id}\` was removed in Unikraft ${support.removedIn}, and this file is checked against ${inRelease}: the build stops with ${q(QUOTES.noTargetPlatform)}. ${instead}, or pin \`unikraft: v0.16.3\` to keep \`${platform.id}\`.`,
						span: t.platform.span,
						suggestions: t.platform.exact && others.length ? [{ span: t.platform.span, text: others[0]!.split('/')[0]! }] : [],
					});
					break;
				}
				case 'not-yet': {
					const unreleased = compareRelease(parseRelease(support.since)!, LATEST_RELEASE) > 0;
					const what = platform.since && formatRelease(parseRelease(platform.since)!) === support.since ? `\`${platform.id}\`` : `\`${platform.id}\` on ${arch}`;
					report({
						code: 'unsupported-target',
						severity: 'error',
						message: unreleased
							? `${what} is only on Unikraft’s \`staging\` branch, in no release yet, and this file is checked against ${inRelease}. Build with \`unikraft: staging\`, or use another platform.`
							: `${what} arrived in Unikraft ${support.since}, and this file is checked against ${inRelease}, which does not have it. Use \`unikraft: ${support.since}\` or later, or another target.`,
						span: t.form === 'shorthand' ? pairSpan(t) : t.platform.span,
					});
					break;
				}
				case 'unsupported': {
					const archs = architecturesFor(platform, release.version);
					const plats = platformsFor(arch, release.version).map((r) => r.id);
					const instead = [...archs.map((x) => `${platform.id}/${x}`), ...plats.map((x) => `${x}/${arch}`)];
					report({
						code: 'unsupported-target',
						severity: support.severity,
						message: `${written}: ${support.why} ${instead.length ? `Supported in ${releaseName(release)}: ${orList(instead)}.` : ''}`.trim(),
						span: t.form === 'shorthand' ? pairSpan(t) : t.architecture.span,
					});
					break;
				}
			}
		}
	},
};

/** The `plat/arch` text of a shorthand target, or the architecture of a map target. */
function pairSpan(t: TargetModel): Span {
	if (t.form === 'shorthand' && t.platform && t.architecture) return { start: t.platform.span.start, end: t.architecture.span.end };
	return t.architecture!.span;
}
