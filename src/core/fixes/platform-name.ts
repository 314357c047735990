// SPDX-License-Identifier: Apache-2.0
// Fixes for the codes of rules/platform-name.ts: write the platform name the rule
// suggests (see suggested-name.ts, shared with architecture-name.ts).
import type { FixProvider } from './fix';
import { suggestedNameFixes } from './suggested-name';

export const platformNameFixes: FixProvider = {
	codes: ['unknown-platform', 'platform-alias', 'planned-platform', 'cloud-provider'],
	fixes: suggestedNameFixes,
};
