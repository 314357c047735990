// SPDX-License-Identifier: Apache-2.0
// Fixes for the codes of rules/architecture-name.ts: write the architecture name the rule
// suggests (see suggested-name.ts, shared with platform-name.ts).
import type { FixProvider } from './fix';
import { suggestedNameFixes } from './suggested-name';

export const architectureNameFixes: FixProvider = {
	codes: ['unknown-architecture', 'architecture-alias'],
	fixes: suggestedNameFixes,
};
