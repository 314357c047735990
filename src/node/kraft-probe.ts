// SPDX-License-Identifier: Apache-2.0
// Runs `kraft version` to learn whether kraft is there and which version it is. The only
// process the extension ever starts on its own, and only in a trusted workspace (the caller,
// src/vscode/kraft.ts, checks): an argument list, no shell, a timeout, a bounded output.
import { execFile } from 'node:child_process';
import { parseKraftVersion, type KraftVersion } from '../core';

export type KraftProbe =
	| { readonly found: true; readonly command: string; readonly version?: KraftVersion; readonly output: string }
	| { readonly found: false; readonly command: string; readonly reason: string };

export const PROBE_TIMEOUT_MS = 10_000;

/** `command` is the `kraftfile.kraftPath` setting, or `kraft` (looked up on `PATH` by the OS). */
export function probeKraft(command: string): Promise<KraftProbe> {
	return new Promise((resolve) => {
		try {
			execFile(command, ['version'], { timeout: PROBE_TIMEOUT_MS, maxBuffer: 64 * 1024, shell: false, windowsHide: true, env: { ...process.env, KRAFTKIT_NO_PROMPT: 'true' } }, (error, stdout, stderr) => {
				const output = `${stdout}`;
				const code = (error as NodeJS.ErrnoException | null)?.code;
				if (code === 'ENOENT' || code === 'EACCES' || code === 'ENOTDIR') {
					resolve({ found: false, command, reason: code === 'ENOENT' ? 'not found' : `cannot be started (${code})` });
					return;
				}
				const version = parseKraftVersion(output) ?? parseKraftVersion(`${stderr}`);
				if (error && !version) {
					resolve({ found: false, command, reason: error.killed ? `\`${command} version\` did not answer within ${PROBE_TIMEOUT_MS / 1000} s` : `\`${command} version\` failed: ${error.message.split('\n')[0]}` });
					return;
				}
				resolve({ found: true, command, ...(version ? { version } : {}), output });
			});
		} catch (e) {
			resolve({ found: false, command, reason: e instanceof Error ? e.message : String(e) });
		}
	});
}
