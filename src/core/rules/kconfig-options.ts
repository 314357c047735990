// SPDX-License-Identifier: Apache-2.0
// The Kconfig options a Kraftfile sets, against what is known of them (src/core/kconfig-facts.ts).
// Asks for the sources `kraft` fetched into the project (src/core/kconfig-workspace.ts),
// only for a Kraftfile that has kconfig.
import { hasKconfig } from '../kconfig-facts';
import { libraryNames, workspaceKconfig } from '../kconfig-workspace';
import type { Rule } from './rule';

export const kconfigOptions: Rule = {
	codes: [],
	requests(file) {
		if (!hasKconfig(file)) return [];
		return workspaceKconfig(file.options.workspace, libraryNames(file.parsed, file.model)).requests;
	},
	check() {},
};
