// SPDX-License-Identifier: Apache-2.0
// Diagnostic: unknown-platform (error). A platform no Unikraft release knows (names are
// case-sensitive: `QEMU` is unknown). `kraft` passes the name on unchanged, sets no
// `CONFIG_PLAT_*`, and Unikraft's build stops with QUOTES.noTargetPlatform. Suggests the closest names.
// Diagnostic: platform-alias (information). `kvm`, `firecracker`, `hl`: valid in a
// Kraftfile; `kraft` rewrites them to `qemu`, `fc`, `hyperlight`, the names in build paths.
// `kraft` 2024 (kraftkit f02a5331) rejected aliases in `--plat`, an enum of fc, qemu and xen
// (and `kraft build --plat` filtered on the canonical name, kraftkit#657); v0.12.15
// (machine/platform/platform.go@0dd007ca) accepts them. The canonical name works everywhere.
// Diagnostic: planned-platform (error). `hyperv`, `vmware`: documented as planned only.
// Diagnostic: cloud-provider (error). `aws`, `gcp`, `digitalocean`, `azure`: destinations
// for images, not Kraftfile platforms.
import { lookupPlatform, platformsIn, PLATFORM_NAMES } from '../support-matrix';
import { targetsReading } from '../model';
import { closest } from '../suggest';
import type { Rule } from './rule';
import { code, invisibleNote, orList } from '../words';
import { q, QUOTES } from '../../data/quotes';

export const platformName: Rule = {
	codes: ['unknown-platform', 'platform-alias', 'planned-platform', 'cloud-provider'],
	check({ model, release, report }) {
		for (const t of model.targets) {
			const p = t.platform;
			if (!p || p.text === '' || p.text.includes('${')) continue;
			const found = p.found;
			const replace = (text: string) => (p.exact ? [{ span: p.span, text }] : []);
			const data = () => ({ kind: 'target-name', half: 'platform', written: p.text, targets: targetsReading(model, p.span) }) as const;
			if (found.kind === 'platform') {
				if (found.alias) {
					report({
						code: 'platform-alias',
						severity: 'information',
						message: `\`${p.text}\` is an alias of \`${found.row.id}\`: valid here, and \`kraft\` reads it as \`${found.row.id}\`, the name in build paths. \`kraft\` 2024 did not accept \`${p.text}\` in \`--plat\` (v0.12.15 does); write \`${found.row.id}\` to use one name everywhere.`,
						span: p.span,
						suggestions: replace(found.row.id),
						data: data(),
					});
				}
				continue;
			}
			if (found.kind === 'other') {
				const planned = found.row.kind === 'planned';
				report({
					code: planned ? 'planned-platform' : 'cloud-provider',
					severity: 'error',
					message: planned
						? `${found.row.title} is planned for Unikraft but no release supports it yet: the build stops with ${q(QUOTES.noTargetPlatform)}. ${found.row.instead}`
						: `${found.row.title} (\`${p.text}\`) is a cloud to deploy to, not a Kraftfile platform: the build stops with ${q(QUOTES.noTargetPlatform)}. ${found.row.instead}`,
					span: p.span,
					suggestions: replace('qemu'),
					data: data(),
				});
				continue;
			}
			const names = [...new Set([...platformsIn(release).map((r) => r.id), ...PLATFORM_NAMES])];
			const near = canonicalNames(closest(p.text, names));
			const known = platformsIn(release).map((r) => r.id);
			report({
				code: 'unknown-platform',
				severity: 'error',
				message: `${code(p.text)} is not a Unikraft platform: \`kraft\` passes it on unchanged and the build stops with ${q(QUOTES.noTargetPlatform)}.${invisibleNote(p.text)} ${near.length ? `Did you mean ${meant(near)}?` : `Platforms: ${orList(known)}.`}`,
				span: p.span,
				suggestions: near.flatMap((n) => replace(n.id)),
				data: data(),
			});
		}
	},
};

/** A suggested platform: the name a fix writes, and the aliases of it that were close too. */
interface Meant {
	readonly id: string;
	readonly aliases: readonly string[];
}

/**
 * The close names as the names a fix writes (`firecracker` → `fc`, the canonical name,
 * see fixes/suggested-name.ts), once each, in order, keeping the alias that was close.
 */
function canonicalNames(near: readonly string[]): Meant[] {
	const out: { id: string; aliases: string[] }[] = [];
	for (const n of near) {
		const found = lookupPlatform(n);
		const id = found.kind === 'platform' ? found.row.id : n;
		const seen = out.find((m) => m.id === id);
		const entry = seen ?? { id, aliases: [] };
		if (!seen) out.push(entry);
		if (n !== id) entry.aliases.push(n);
	}
	return out;
}

/** `fc` (also spelled `firecracker`) or `qemu`: what the fix writes first, the alias that matched after. */
function meant(near: readonly Meant[]): string {
	const words = near.map((m) => (m.aliases.length ? `${code(m.id)} (also spelled ${orList(m.aliases)})` : code(m.id)));
	return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
