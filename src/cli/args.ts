// SPDX-License-Identifier: Apache-2.0
import { parseRelease } from '../core';

export interface CliOptions {
	readonly format: 'text' | 'json';
	readonly unikraftRelease?: string;
	readonly files: readonly string[];
}

export const USAGE = `Usage: kraftfile-lint [--format text|json] [--unikraft-release V] FILE...

Checks Kraftfiles (Unikraft) for targets that cannot build, and other mistakes.

Options:
  --format text|json       output format (default: text)
  --unikraft-release V     Unikraft release to check against when a Kraftfile's
                           \`unikraft\` names none (e.g. v0.16.3; default: latest)
  -h, --help               show this help

Exit status: 1 if any error was reported, 0 otherwise, 2 for a usage error or a file
that cannot be read.`;

/** Parses the command line; throws an `Error` with a message for the user on misuse. */
export function parseArgs(argv: readonly string[]): CliOptions | 'help' {
	let format: 'text' | 'json' = 'text';
	let unikraftRelease: string | undefined;
	const files: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i]!;
		const value = (name: string): string => {
			const eq = a.indexOf('=');
			if (eq >= 0) return a.slice(eq + 1);
			const v = argv[++i];
			if (v === undefined) throw new Error(`${name} needs a value`);
			return v;
		};
		if (a === '-h' || a === '--help') return 'help';
		else if (a === '--format' || a.startsWith('--format=')) {
			const v = value('--format');
			if (v !== 'text' && v !== 'json') throw new Error(`--format must be text or json, not '${v}'`);
			format = v;
		} else if (a === '--unikraft-release' || a.startsWith('--unikraft-release=')) {
			const v = value('--unikraft-release');
			if (!parseRelease(v)) throw new Error(`--unikraft-release must be a release such as v0.16.3, not '${v}'`);
			unikraftRelease = v;
		} else if (a === '--') files.push(...argv.slice(i + 1)), (i = argv.length);
		else if (a.startsWith('-') && a !== '-') throw new Error(`unknown option '${a}'`);
		else files.push(a);
	}
	if (files.length === 0) throw new Error('no Kraftfile given');
	return { format, files, ...(unikraftRelease ? { unikraftRelease } : {}) };
}
