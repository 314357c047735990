// SPDX-License-Identifier: Apache-2.0
// Files the CLI did not check, and why. Each makes it exit 2, as an unreadable file does:
// a file nobody checked must not let CI pass as if it had been.
import { LIMITS, type IgnoredReason } from '../core';
import type { NotUtf8 } from './file-text';
import { count } from './read-file';

/** The `skipped` of a JSON report: why the file has no diagnostics. */
export type SkipReason = 'unreadable' | 'not-regular' | 'too-large' | 'not-utf8' | IgnoredReason;

/** Why the core did not check a text, for the user. */
export function ignoredMessage(reason: IgnoredReason, length: number): string {
	switch (reason) {
		case 'binary':
			return 'it looks like a binary file, not a Kraftfile';
		case 'too-deep':
			return `its YAML nests more than ${LIMITS.maxDepth} levels deep (Kraftfiles nest a few levels)`;
		case 'too-complex':
			return `its maps have more than ${count(LIMITS.maxWork)} entries once aliases and \`<<\` merges are expanded (Kraftfiles have a few dozen)`;
		case 'too-large':
			return `it is too large: ${count(length)} characters, and at most ${count(LIMITS.maxLength)} are checked`;
	}
}

/** Why bytes that are not UTF-8 are not checked, and what to do about it. */
export function notUtf8Message({ offset, line, byte }: NotUtf8['notUtf8']): string {
	return `it is not UTF-8: the byte 0x${byte.toString(16).padStart(2, '0')} at offset ${offset} (line ${line}) cannot be decoded; save it as UTF-8 (or as UTF-16 with a byte order mark)`;
}
