// SPDX-License-Identifier: Apache-2.0
// Reading a file's bytes without trusting what the path names: a FIFO with no writer
// would block `readFileSync` forever, and `/dev/zero` would be read until memory runs
// out. Only regular files are read (and standard input), never more than `MAX_BYTES`.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { LIMITS } from '../core/limits';

/**
 * The most bytes read from one file. A text the core checks has at most
 * `LIMITS.maxLength` UTF-16 code units, which is at most 3 bytes each in UTF-8 (2 in
 * UTF-16), plus a byte order mark: a file longer than this is too large whatever it
 * holds, so it is refused without being read.
 */
export const MAX_BYTES = 3 * LIMITS.maxLength + 3;

/** The bytes read, or why there are none: the message is for the user. */
export type ReadResult = { readonly bytes: Buffer } | { readonly refused: 'not-regular' | 'too-large'; readonly message: string };

// O_NONBLOCK: if the path turns into a FIFO between the stat and the open, the open
// does not wait for a writer. O_NOCTTY: a terminal never becomes our controlling one.
// (Both are POSIX; Windows has neither, and no FIFOs to open by path.)
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * Reads the regular file at `path` (following symbolic links) with a bound. Anything
 * else is refused before it is opened, since merely opening some devices has effects.
 * Throws the `fs` error (`ENOENT`, `EACCES`, …) for a path that cannot be read at all.
 */
export function readRegularFile(path: string): ReadResult {
	const refusal = refuse(statSync(path));
	if (refusal) return refusal;
	const fd = openSync(path, OPEN_FLAGS);
	try {
		// Again on what was opened: the path may have changed since the stat.
		return refuse(fstatSync(fd)) ?? readBounded(fd);
	} finally {
		closeSync(fd);
	}
}

/** Reads standard input up to `MAX_BYTES` (one more tells that it is too large). */
export function readStdin(): ReadResult {
	return readBounded(0);
}

/** Reads `fd` from where it is to its end, or refuses once it has more than `MAX_BYTES`. */
export function readBounded(fd: number): ReadResult {
	const buffer = Buffer.alloc(MAX_BYTES + 1);
	let length = 0;
	while (length < buffer.length) {
		let n: number;
		try {
			n = readSync(fd, buffer, length, buffer.length - length, null);
		} catch (e) {
			// Standard input can be a non-blocking pipe or terminal: wait a little for data.
			if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
			continue;
		}
		if (n === 0) return { bytes: buffer.subarray(0, length) };
		length += n;
	}
	return { refused: 'too-large', message: `it is too large: more than ${count(MAX_BYTES)} bytes, ${CHECKED}` };
}

const CHECKED = `and at most ${count(LIMITS.maxLength)} characters are checked`;

/** Why a file with these stats is not read, or `undefined` for a regular file of a sane size. */
function refuse(stats: Stats): ReadResult | undefined {
	if (!stats.isFile()) return { refused: 'not-regular', message: `not a regular file: it is ${kindOf(stats)}` };
	if (stats.size > MAX_BYTES) return { refused: 'too-large', message: `it is too large: ${count(stats.size)} bytes (more than ${count(MAX_BYTES)}), ${CHECKED}` };
	return undefined;
}

function kindOf(stats: Stats): string {
	if (stats.isDirectory()) return 'a directory';
	if (stats.isFIFO()) return 'a FIFO';
	if (stats.isCharacterDevice()) return 'a character device';
	if (stats.isBlockDevice()) return 'a block device';
	if (stats.isSocket()) return 'a socket';
	return 'not a file';
}

/** `262144` → `262,144`. */
export function count(n: number): string {
	return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
