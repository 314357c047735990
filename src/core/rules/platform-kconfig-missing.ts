// SPDX-License-Identifier: Apache-2.0
// Diagnostic: platform-kconfig-missing (warning). A target on a platform `kraft` sets no
// Kconfig option for (`hyperlight`: no `CONFIG_PLAT_HYPERLIGHT` in kraftkit's
// `unikraft/plat/platform.go`, 2024 and 2026), in a build from source (`unikraft:`), where
// no `kconfig` the target sees turns that option on. Unikraft then selects no platform and
// the build stops for lack of one; every official Hyperlight Kraftfile sets it by hand.
// A warning, not an error: newer `kraft` may set it, and its source after 2026 is not known.
// A file with a `runtime` and no `unikraft` builds nothing from source and is not checked.
import { kconfigBlocks } from '../kconfig';
import { lastEntry } from '../yaml-nodes';
import type { Rule } from './rule';

export const platformKconfigMissing: Rule = {
	codes: ['platform-kconfig-missing'],
	check({ parsed, model, report }) {
		const top = model.top.entries;
		if (!top || !lastEntry(top, 'unikraft')) return;
		const blocks = kconfigBlocks(parsed, model);
		for (const t of model.targets) {
			const p = t.platform?.found;
			const byHand = p?.kind === 'platform' ? p.row.kconfigByHand : undefined;
			if (!byHand || !t.platform) continue;
			// The core's and the libraries' kconfig apply to every target; a target's own, to it.
			const seen = blocks.some((b) => (b.scope !== 'target' || b.target === t) && b.options.some((o) => o.name === byHand.option && o.on));
			if (seen) continue;
			report({
				code: 'platform-kconfig-missing',
				severity: 'warning',
				message: `\`kraft\` sets no \`${byHand.option}\` for \`${t.platform.text}\` (its source has no case for it), and no \`kconfig\` here turns it on: Unikraft would select no platform, and the build stops for lack of one. Add \`${byHand.option}: 'y'\` under \`unikraft: kconfig:\`, as the official examples do.`,
				span: t.platform.span,
			});
		}
	},
};
