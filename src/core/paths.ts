// SPDX-License-Identifier: Apache-2.0
// What a path or URL written in a Kraftfile is: a web URL, a path relative to the
// Kraftfile's folder, or something else (an absolute path, a Git SSH address, an image).
// Pure string work: no file is looked at.
import { KRAFT_CREATED_DIR } from '../data/named-files';
import { workspacePath } from './workspace';

/** An `https://` URL (nothing else is linked as a URL: no `git@`, no `ssh://`). */
export function webUrl(value: string): string | undefined {
	const v = value.trim();
	if (!/^https:\/\/[^\s/?#]+/i.test(v) || /[\s\u0000-\u001f"<>\\^`{|}]/.test(v)) return undefined;
	return v;
}

/**
 * `value` as a relative POSIX path from the Kraftfile's folder, `..` kept (a link may
 * leave the folder, a check may not); `.` for the folder itself. `undefined` for an
 * absolute path, a URL or any `scheme:`, a Git address (`git@host:repo`), a NUL, or an
 * empty value.
 */
export function relativePath(value: string): string | undefined {
	// A colon before the first slash: a scheme (`https:`), a drive (`C:`) or a Git address (`git@host:org/repo`).
	if (value === '' || value.includes('\u0000') || /^([\\/]|~)/.test(value) || /^[^\\/]*:/.test(value) || value.includes('://')) return undefined;
	const parts: string[] = [];
	for (const part of value.split(/[\\/]/)) {
		if (part === '' || part === '.') continue;
		if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
		else parts.push(part);
	}
	return parts.length ? parts.join('/') : '.';
}

/** True for a path `kraft` itself creates in the project folder (under `.unikraft/`). */
export function kraftCreates(value: string): boolean {
	const p = workspacePath(value);
	return p !== undefined && (p === KRAFT_CREATED_DIR || p.startsWith(`${KRAFT_CREATED_DIR}/`));
}

// The grammar of an image reference (distribution/reference): an optional registry host,
// lowercase path components, an optional tag and an optional digest.
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const HOST = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)';
const IMAGE = new RegExp(`^${HOST}?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,})?$`);

/**
 * True when `value` reads as an OCI image name (`nginx`, `unikraft.org/base:latest`):
 * `kraft` tries a root file system value that is no file as an image, so such a value
 * may be meant as one. `./rootfs`, `Dockerfile` (upper case) and `rootfs/` are not.
 */
export function mayBeImage(value: string): boolean {
	return value.length <= 255 && IMAGE.test(value);
}
