// SPDX-License-Identifier: Apache-2.0
// A project folder with kraft's source layout (src/data/kconfig-layout.ts), assembled at
// test time from the upstream files under ../shared/sources: Unikraft's core in
// .unikraft/unikraft (its Config.uk files and a version.mk naming the release, written
// here), libraries in .unikraft/libs/<name>, the Kraftfile and an optional app Config.uk.
// Nothing upstream is copied into the project: the folder lives under the OS's temp dir.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED } from './paths';

export const LIBRARY_SOURCES: Record<string, string> = {
	musl: 'unikraft/lib-musl/fd1abc92',
	lwip: 'unikraft/lib-lwip/7c1859a7',
	elfloader: 'unikraft/app-elfloader/e4f70146',
};

export interface KraftWorkspace {
	/** The core's release folder under ../shared/sources/unikraft/unikraft (`RELEASE-0.17.0`); none: no core. */
	readonly core?: string;
	/** The version version.mk names (default: from `core`). */
	readonly version?: string;
	readonly libraries?: readonly string[];
	readonly kraftfile: string;
	readonly appConfig?: string;
}

/** Makes the folder (under `into`, or a new temp folder) and returns its path. */
export function kraftWorkspace(w: KraftWorkspace, into?: string): string {
	const dir = into ?? mkdtempSync(join(tmpdir(), 'kraft-ws-'));
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'Kraftfile'), w.kraftfile);
	if (w.appConfig !== undefined) writeFileSync(join(dir, 'Config.uk'), w.appConfig);
	if (w.core) {
		const to = join(dir, '.unikraft', 'unikraft');
		cpSync(join(SHARED, 'sources', 'unikraft', 'unikraft', w.core), to, { recursive: true });
		const v = (w.version ?? w.core.replace(/^RELEASE-/, '')).split('.');
		writeFileSync(join(to, 'version.mk'), `UK_VERSION = ${v[0]}\nUK_SUBVERSION = ${v[1]}\nUK_EXTRAVERSION = ${v[2] ?? 0}\n`);
	}
	for (const name of w.libraries ?? []) {
		const from = join(SHARED, 'sources', LIBRARY_SOURCES[name]!);
		const to = join(dir, '.unikraft', 'libs', name);
		mkdirSync(to, { recursive: true });
		for (const f of readdirSync(from)) if (statSync(join(from, f)).isFile() || f !== '.git') cpSync(join(from, f), join(to, f), { recursive: true });
	}
	return dir;
}
