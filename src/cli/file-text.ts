// SPDX-License-Identifier: Apache-2.0
// Reading and writing a Kraftfile's bytes so that `--fix` changes only what the fixes
// change: the encoding (UTF-8, or UTF-16 with its byte order mark), a UTF-8 byte order
// mark and the line endings stay as they were, and the file is replaced atomically.
// Bytes that are not UTF-8 are not decoded at all, since decoding would turn them into
// U+FFFD and a write would then lose them.
import { chmodSync, closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LineIndex } from '../core/text';

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
 * Replaces the file at `path` with `bytes` atomically: a temporary file in the same
 * directory, flushed, given the original's mode, then renamed over it. A symbolic link
 * is followed, so the link stays and its target changes.
 */
export function writeAtomically(path: string, bytes: Buffer): void {
	const target = realpathSync(path);
	const mode = statSync(target).mode & 0o7777;
	const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
	let fd: number | undefined;
	try {
		fd = openSync(temp, 'wx', mode);
		writeSync(fd, bytes);
		fsyncSync(fd);
		closeSync(fd);
		fd = undefined;
		chmodSync(temp, mode);
		renameSync(temp, target);
	} catch (e) {
		if (fd !== undefined) closeSync(fd);
		try {
			unlinkSync(temp);
		} catch {
			// Already gone (or never made): nothing to clean up.
		}
		throw e;
	}
}

function swap16(b: Buffer): Buffer {
	const out = Buffer.from(b);
	for (let i = 0; i + 1 < out.length; i += 2) [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
	return out;
}
