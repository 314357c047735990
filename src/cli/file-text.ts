// SPDX-License-Identifier: Apache-2.0
// Reading and writing a Kraftfile's bytes so that `--fix` changes only what the fixes
// change: the encoding (UTF-8, or UTF-16 with its byte order mark), a UTF-8 byte order
// mark and the line endings stay as they were, and the file is replaced atomically.
import { chmodSync, closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A file's text, without its byte order mark, and how to write it back the same way. */
export interface FileText {
	readonly text: string;
	readonly encoding: 'utf8' | 'utf16le' | 'utf16be';
	readonly bom: boolean;
}

/** Decodes a file's bytes: a UTF-16 byte order mark selects UTF-16, anything else is UTF-8. */
export function decodeFile(bytes: Buffer): FileText {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: bytes.subarray(2).toString('utf16le'), encoding: 'utf16le', bom: true };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: swap16(bytes.subarray(2)).toString('utf16le'), encoding: 'utf16be', bom: true };
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	return { text: bytes.subarray(bom ? 3 : 0).toString('utf8'), encoding: 'utf8', bom };
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
