// SPDX-License-Identifier: Apache-2.0
// Fixes of a `linuxu` target in a Kraftfile that is not a debug build (see
// rules/linuxu-debug-only.ts), none preferred: they change what is built. Switch the
// target to `qemu` (`xen` for `arm`), or remove it where that target is already built,
// as target-support.ts does for platform-removed.
import { archOf } from '../debug-build';
import type { FixProvider } from './fix';
import { replaceRemoved } from './target-support';

export const linuxuDebugOnlyFixes: FixProvider = {
	codes: ['linuxu-debug-only'],
	fixes(ctx, d) {
		const t = d.data?.kind === 'linuxu-debug-only' && d.data.target !== undefined ? ctx.analysis.model.targets[d.data.target] : undefined;
		const arch = t && archOf(t);
		return t && arch ? replaceRemoved(ctx, d, t, arch, 'Switch this target to') : [];
	},
};
