// SPDX-License-Identifier: Apache-2.0
import { parseRelease, type HostFacts } from '../core';
import { ARCHITECTURES, type ArchId } from '../data/architectures';

export interface CliOptions {
	readonly format: 'text' | 'json';
	readonly unikraftRelease?: string;
	/** Apply the preferred fixes to the files in place, then report what remains. */
	readonly fix?: boolean;
	/**
	 * Host hints (`emulated-target`, `not-runnable-here`): `detect` for this machine
	 * (`--host`), and facts given on the command line, which win over detected ones.
	 * Absent: no host hints, so the output does not depend on the machine.
	 */
	readonly host?: { readonly detect: boolean; readonly facts: HostFacts };
	/** Do not look at the files around each Kraftfile at all (`multiple-kraftfiles` and `missing-path` are off; nothing but the FILEs is read). */
	readonly noWorkspace?: boolean;
	/** Do not check the paths a Kraftfile names (`missing-path`); other workspace checks stay on. */
	readonly noPathChecks?: boolean;
	readonly files: readonly string[];
}

export const USAGE = `Usage: kraftfile-lint [--format text|json] [--unikraft-release V] [--fix] [--no-workspace] [--no-path-checks] [--host | --host-arch A [--kvm|--no-kvm] [--host-os OS]] FILE...

Checks Kraftfiles (Unikraft) for targets that cannot build, and other mistakes.

Options:
  --format text|json       output format (default: text)
  --unikraft-release V     Unikraft release to check against when a Kraftfile's
                           \`unikraft\` names none (e.g. v0.16.3; default: latest)
  --fix                    apply the fixes that are certainly right (JSON: those with
                           "preferred": true) to each FILE in place, changing only the
                           bytes they edit (owner, mode, hard links, line endings, byte
                           order mark and encoding kept); then report what is left.
                           Without --fix nothing is ever written.
  --no-workspace           check each FILE's text only, not the files around it
                           (a second Kraftfile in its folder, the rootfs it names);
                           nothing but the FILEs is read then
  --no-path-checks         do not check that the files a Kraftfile names (its rootfs,
                           ROMs, Dockerfile) are there (missing-path); the other checks
                           of the files around it still run. For Kraftfiles copied
                           without their folders
  --host                   also say which targets would run emulated, or not at all,
                           on this machine (its architecture, OS and /dev/kvm)
  --host-arch A            the same for a host of architecture A (x86_64, arm64, arm);
  --kvm, --no-kvm          with KVM usable or not; --host-os linux|darwin|windows
                           (explicit facts win over --host's detection)
  -h, --help               show this help

Exit status: 1 if any error was reported (with --fix: any error left), 0 otherwise,
2 for a usage error or a file that cannot be read, was not checked (too large, binary,
not UTF-8, not a regular file) or, with --fix, could not be written.`;

/** Parses the command line; throws an `Error` with a message for the user on misuse. */
export function parseArgs(argv: readonly string[]): CliOptions | 'help' {
	let format: 'text' | 'json' = 'text';
	let unikraftRelease: string | undefined;
	let fix = false;
	let noWorkspace = false;
	let noPathChecks = false;
	let detect = false;
	const facts: { arch?: ArchId; kvm?: boolean; os?: HostFacts['os'] } = {};
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
		} else if (a === '--fix') fix = true;
		else if (a === '--no-workspace') noWorkspace = true;
		else if (a === '--no-path-checks') noPathChecks = true;
		else if (a === '--host') detect = true;
		else if (a === '--kvm' || a === '--no-kvm') facts.kvm = a === '--kvm';
		else if (a === '--host-arch' || a.startsWith('--host-arch=')) {
			const v = value('--host-arch');
			const arch = ARCHITECTURES.find((x) => x.id === v)?.id;
			if (!arch) throw new Error(`--host-arch must be one of ${ARCHITECTURES.map((x) => x.id).join(', ')}, not '${v}'`);
			facts.arch = arch;
		} else if (a === '--host-os' || a.startsWith('--host-os=')) {
			const v = value('--host-os');
			if (v !== 'linux' && v !== 'darwin' && v !== 'windows') throw new Error(`--host-os must be linux, darwin or windows, not '${v}'`);
			facts.os = v;
		} else if (a === '--') {
			files.push(...argv.slice(i + 1));
			break;
		} else if (a.startsWith('-') && a !== '-') throw new Error(`unknown option '${a}'`);
		else files.push(a);
	}
	if (files.length === 0) throw new Error('no Kraftfile given');
	if (fix && files.includes('-')) throw new Error('--fix writes files in place, so it cannot fix standard input (-)');
	const host = detect || Object.keys(facts).length > 0 ? { host: { detect, facts } } : {};
	return { format, files, ...(unikraftRelease ? { unikraftRelease } : {}), ...(fix ? { fix } : {}), ...(noWorkspace ? { noWorkspace } : {}), ...(noPathChecks ? { noPathChecks } : {}), ...host };
}
