// SPDX-License-Identifier: Apache-2.0
// Diagnostic: missing-path (warning; information when the path is there one folder up). Only with workspace facts, and only while
// `options.pathChecks` is not false. A root file system, a ROM or a Dockerfile the
// Kraftfile names, relative to its folder, where a stat finds nothing: `kraft build`
// fails there (src/data/named-files.ts, with the KraftKit sources). A warning, not an
// error: the editor sees the folder as it is now, and a step run before `kraft` (a
// Makefile, a script) may still make the file; and `kraft` reads paths from the folder it
// runs in, which is another one when `-K` names the Kraftfile from there (PATHS_FROM).
// Not reported: paths under `.unikraft/`, which kraft creates itself (its build output,
// as in `rootfs: .unikraft/build/initramfs-x86_64.cpio`); a value that reads as an image
// name (`kraft` tries it as one when no file is there) unless an explicit `type` says it
// is a file; a volume source (`kraft run` creates a missing one); a component `source`;
// absolute paths and paths out of the folder (never asked about); anything whose stat
// was not answered.
import { namedFileRule, PATHS_FROM } from '../../data/named-files';
import type { NamedFile } from '../named-files';
import { namedFiles } from '../named-files';
import { kraftCreates, mayBeImage } from '../paths';
import { statAt, workspacePath, type WorkspaceRequest } from '../workspace';
import type { Rule, RuleContext } from './rule';

/** The `type` values of the v0.7 long form that name a local file or folder. */
const LOCAL_TYPES = new Set(['dir', 'file', 'tarball', 'cpio', 'erofs', 'dockerfile']);

/** The named files `kraft` needs to be there, as the `WorkspaceFs` paths to stat. */
function checked(ctx: Pick<RuleContext, 'parsed' | 'model' | 'options'>): { file: NamedFile; path: string }[] {
	if (ctx.options.pathChecks === false) return [];
	const out: { file: NamedFile; path: string }[] = [];
	for (const file of namedFiles(ctx.parsed, ctx.model)) {
		if (!namedFileRule(file.role).mustExist) continue;
		const path = workspacePath(file.value);
		if (path === undefined || path === '.' || kraftCreates(file.value)) continue;
		if (file.type !== undefined ? !LOCAL_TYPES.has(file.type) : file.role !== 'dockerfile' && mayBeImage(file.value)) continue;
		out.push({ file, path });
	}
	return out;
}

export const missingPath: Rule = {
	codes: ['missing-path'],
	// Also one folder up: where `kraft build -K <folder>/Kraftfile` runs, as the catalog's tests do.
	requests: (ctx) => checked(ctx).flatMap(({ path }): WorkspaceRequest[] => [{ kind: 'stat', path }, { kind: 'stat', path: `../${path}` }]),
	check(ctx) {
		const facts = ctx.options.workspace;
		if (!facts) return;
		for (const { file, path } of checked(ctx)) {
			// `null`: known not to be there; `undefined` (not asked, or the host could not tell): say nothing.
			if (statAt(facts, path) !== null) continue;
			const what = file.role === 'rootfs' ? 'root file system' : file.role === 'rom' ? 'ROM' : 'Dockerfile';
			if (statAt(facts, `../${path}`)) {
				// Then the file is meant for `kraft` run from the folder above (`-K`): advice only.
				ctx.report({
					code: 'missing-path',
					severity: 'information',
					message: `\`${path}\` is not in this Kraftfile's folder but in the one above it: \`kraft\` finds it when run from there (\`kraft build -K <this folder>/${facts.fileName ?? 'Kraftfile'}\`, as the catalog's tests do), and fails when run here.`,
					span: file.span,
					data: { kind: 'missing-path', role: file.role, path, above: true },
				});
				continue;
			}
			ctx.report({
				code: 'missing-path',
				severity: 'warning',
				message:
					`Nothing is at \`${path}\` in this Kraftfile's folder: ${namedFileRule(file.role).whenMissing}. ` +
					`Create the ${what} there or correct the path. (Paths are read from ${PATHS_FROM}; a step run before \`kraft\` may also make it.)`,
				span: file.span,
				data: { kind: 'missing-path', role: file.role, path },
			});
		}
	},
};
