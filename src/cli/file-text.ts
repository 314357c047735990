// SPDX-License-Identifier: Apache-2.0
// Reading and writing a Kraftfile's bytes so that `--fix` changes only what the fixes
// change: the encoding (UTF-8, or UTF-16 with its byte order mark), a UTF-8 byte order
// mark and the line endings stay as they were, and so does the file itself (its inode:
// owner, group, mode, hard links). Bytes that are not UTF-8 are not decoded at all, since
// decoding would turn them into U+FFFD and a write would then lose them.
import { closeSync, constants, fstatSync, fsyncSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import { LineIndex } from '../core';
import { readBounded } from './read-file';

/** A file's text, without its byte order mark, and how to write it back the same way. */
export interface FileText {
	readonly text: string;
	readonly encoding: 'utf8' | 'utf16le' | 'utf16be';
	readonly bom: boolean;
}

/** Bytes that are not UTF-8 (nor UTF-16 with a byte order mark): where the first bad byte is. */
export interface NotUtf8 {
	readonly notUtf8: { readonly offset: number; readonly line: number; readonly byte: number };
	/** The bytes decoded with U+FFFD for the bad ones: only to tell binary data from text. */
	readonly lossy: string;
}

// `fatal`: a bad byte throws instead of becoming U+FFFD. `ignoreBOM`: a byte order mark
// is not dropped (`decodeFile` has set the first one aside; a second one is text).
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a file's bytes: a UTF-16 byte order mark selects UTF-16, anything else must be
 * UTF-8 (with or without its byte order mark); other bytes give a `NotUtf8`.
 */
export function decodeFile(bytes: Buffer): FileText | NotUtf8 {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: bytes.subarray(2).toString('utf16le'), encoding: 'utf16le', bom: true };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: swap16(bytes.subarray(2)).toString('utf16le'), encoding: 'utf16be', bom: true };
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	const start = bom ? 3 : 0;
	try {
		return { text: UTF8.decode(bytes.subarray(start)), encoding: 'utf8', bom };
	} catch {
		const lossy = bytes.subarray(start).toString('utf8');
		const offset = firstBadByte(bytes, start, lossy);
		const before = bytes.subarray(0, offset).toString('latin1');
		return { notUtf8: { offset, line: new LineIndex(before).positionAt(before.length).line + 1, byte: bytes[offset] ?? 0 }, lossy };
	}
}

/** The offset of the first byte that is not UTF-8: where `lossy` has its first U+FFFD that the bytes do not spell. */
function firstBadByte(bytes: Buffer, start: number, lossy: string): number {
	let offset = start;
	for (const ch of lossy) {
		const cp = ch.codePointAt(0)!;
		if (cp === 0xfffd && !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return offset;
		offset += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
	}
	return offset;
}

/** Encodes `text` as `like` was: same encoding, byte order mark if it had one. */
export function encodeFile(text: string, like: Pick<FileText, 'encoding' | 'bom'>): Buffer {
	switch (like.encoding) {
		case 'utf16le':
			return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
		case 'utf16be':
			return Buffer.concat([Buffer.from([0xfe, 0xff]), swap16(Buffer.from(text, 'utf16le'))]);
		case 'utf8':
			return Buffer.concat([like.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
	}
}

/**
 * Writes `after` over the file at `path` in place, provided it still holds `before` (the
 * bytes it was read with), so that an edit made meanwhile is not clobbered. A symbolic
 * link is followed: the link stays and its target changes. Throws an `Error` saying why
 * it did not write.
 *
 * In place, not a temporary file renamed over it: a rename makes a new inode, which
 * breaks hard links, loses the owner and group unless run by root (and ACLs, extended
 * attributes), and needs a writable directory. The price is atomicity: a crash in the
 * middle of the write can leave the file half written. The window is small (one write,
 * from the first byte that changes, of a file of a few KB, then `fsync`), and a backup
 * file would bring back what the rename costs (a writable directory, a stray file);
 * Kraftfiles live in version control, which is their backup.
 */
export function writeInPlace(path: string, before: Buffer, after: Buffer): void {
	const fd = openSync(path, constants.O_RDWR | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
	try {
		if (!fstatSync(fd).isFile()) throw new Error('it is no longer a regular file');
		// Compared byte for byte, not by size and time, which a quick edit can leave equal.
		// (An edit between this read and the write below still wins the race: POSIX has no
		// mandatory lock to stop it, and the window is that of a few system calls.)
		const now = readBounded(fd);
		if (!('bytes' in now) || !now.bytes.equals(before)) throw new Error('it changed since it was read, so it is left as it is');
		let at = 0;
		while (at < before.length && at < after.length && before[at] === after[at]) at++;
		while (at < after.length) at += writeSync(fd, after, at, after.length - at, at);
		ftruncateSync(fd, after.length);
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

function swap16(b: Buffer): Buffer {
	const out = Buffer.from(b);
	for (let i = 0; i + 1 < out.length; i += 2) [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
	return out;
}
