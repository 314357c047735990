// SPDX-License-Identifier: Apache-2.0
// `npm run runtimes -- <catalog git dir>`: writes src/data/runtimes.ts, the runtimes the
// Unikraft catalog publishes, from a local clone of github.com/unikraft/catalog (a bare
// git directory is enough: the snapshot is read with `git`, never checked out).
//
// Why the workflows and not only the Kraftfiles: a runtime is what the catalog's CI pushes
// to the registry. Each `.github/workflows/library-*.yaml` builds one `library/…` folder
// (`workdir`), for the platform/architecture pairs of its matrix, and pushes it under the
// name of its `output` (`oci://index.unikraft.io/unikraft.org/<name>:<tag>`). A folder with
// a Kraftfile but no workflow (library/node/19 at 667ac92e) is not published, so it is not
// a runtime. The Kraftfile gives the Unikraft version the runtime is built from, and its
// `targets` are checked against the matrix: if they ever differ, the script stops, since
// then which one is right needs a person to look.
//
// CI does not run this (it needs the snapshot, and the project reads no network); the
// test in test/unit/runtimes-data.test.ts checks what it wrote.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const gitDir = process.argv[2];
const rev = process.argv[3] ?? 'HEAD';
if (!gitDir) {
	console.error('usage: npm run runtimes -- <unikraft/catalog git dir> [revision]');
	process.exit(2);
}

const git = (...args: string[]): string => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

const sha = git('rev-parse', `${rev}^{commit}`).trim();
// The committer date, in the committer's own calendar day (what GitHub shows).
const date = git('log', '-1', '--format=%cI', sha).trim().slice(0, 10);
const files = git('ls-tree', '-r', '--name-only', sha).split('\n').filter(Boolean);
const show = (path: string): string => git('show', `${sha}:${path}`);

interface Target {
	platform: string;
	architecture: string;
}
interface Row {
	name: string;
	tags: string[];
	targets: Target[];
	unikraft?: string;
	path: string;
	workflow: string;
	/** `-M` of the README's `kraft run` of the published image, and the README. */
	memory?: { value: string; readme: string };
}

/**
 * The memory the runtime's README runs the published image with: the first `kraft run` line
 * that names `unikraft.org/<name>` and gives `-M`/`--memory`. Only a size kraft reads
 * (K/Ki, M/Mi, G/Gi, kraftkit internal/cli/kraft/run/run.go).
 */
function memoryOf(path: string, name: string): Row['memory'] {
	const readme = `${path}/README.md`;
	if (!files.includes(readme)) return undefined;
	for (const line of show(readme).split('\n')) {
		if (!/^\s*(sudo\s+)?kraft run\b/.test(line) || !line.includes(`unikraft.org/${name}`)) continue;
		const m = /\s(?:-M|--memory)[=\s]+(\d+(?:[KMG]i?)?)(?=\s|$)/.exec(line);
		if (m) return { value: m[1]!, readme };
	}
	return undefined;
}

const OUTPUT = /^oci:\/\/index\.unikraft\.io\/unikraft\.org\/([a-z0-9][a-z0-9._-]*):([A-Za-z0-9_][A-Za-z0-9._-]*)$/;
const byTarget = (a: Target, b: Target) => cmp(a.platform, b.platform) || cmp(a.architecture, b.architecture);
function cmp(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
const str = (v: unknown): string | undefined => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);

const problems: string[] = [];
const byPath = new Map<string, Row>();
const workflows = files.filter((f) => /^\.github\/workflows\/library-[^/]+\.ya?ml$/.test(f)).sort();
for (const workflow of workflows) {
	const doc = parse(show(workflow), { uniqueKeys: false }) as Record<string, unknown>;
	const jobs = (doc.jobs ?? {}) as Record<string, Record<string, unknown>>;
	const build = jobs.build;
	const include = ((build?.strategy as Record<string, unknown> | undefined)?.matrix as Record<string, unknown> | undefined)?.include;
	const steps = (build?.steps ?? []) as Record<string, unknown>[];
	const kraft = steps.find((s) => typeof s.uses === 'string' && s.uses.startsWith('unikraft/kraftkit'));
	const withs = (kraft?.with ?? {}) as Record<string, unknown>;
	const workdir = str(withs.workdir);
	const output = str(withs.output)?.match(OUTPUT);
	if (!Array.isArray(include) || !workdir || !output) {
		problems.push(`${workflow}: no matrix, workdir or unikraft.org output`);
		continue;
	}
	const targets = include
		.map((m: Record<string, unknown>) => ({ platform: str(m.plat) ?? '', architecture: str(m.arch) ?? '' }))
		.sort(byTarget);
	const kraftfile = `${workdir}/Kraftfile`;
	if (!files.includes(kraftfile)) {
		problems.push(`${workflow}: ${kraftfile} is not in the snapshot`);
		continue;
	}
	const k = (parse(show(kraftfile), { uniqueKeys: false }) ?? {}) as Record<string, unknown>;
	const uk = k.unikraft;
	// Every runtime Kraftfile of 667ac92e writes the map form; a string is kept as written.
	const unikraft = typeof uk === 'string' ? uk : str((uk as Record<string, unknown> | null)?.version);
	const declared = (Array.isArray(k.targets) ? k.targets : [])
		.map((t: unknown) => {
			if (typeof t === 'string') {
				const [platform = '', architecture = ''] = t.split('/');
				return { platform, architecture };
			}
			const m = (t ?? {}) as Record<string, unknown>;
			return { platform: str(m.platform ?? m.plat) ?? '', architecture: str(m.architecture ?? m.arch) ?? '' };
		})
		.sort(byTarget);
	if (JSON.stringify(declared) !== JSON.stringify(targets)) {
		problems.push(`${workflow}: matrix ${JSON.stringify(targets)} differs from ${kraftfile} targets ${JSON.stringify(declared)}`);
	}
	const [, name = '', tag = ''] = output;
	const seen = byPath.get(workdir);
	if (seen) {
		if (seen.name !== name || JSON.stringify(seen.targets) !== JSON.stringify(targets)) problems.push(`${workflow}: ${workdir} already published differently by ${seen.workflow}`);
		else if (!seen.tags.includes(tag)) seen.tags.push(tag);
		continue;
	}
	const memory = memoryOf(workdir, name);
	byPath.set(workdir, { name, tags: [tag], targets, ...(unikraft ? { unikraft } : {}), path: workdir, workflow, ...(memory ? { memory } : {}) });
}

const rows = [...byPath.values()].sort((a, b) => cmp(a.name, b.name) || cmp(a.path, b.path));
for (const r of rows) r.tags.sort(cmp);
const published = new Set(rows.map((r) => `${r.path}/Kraftfile`));
const unpublished = files.filter((f) => /^library\/.+\/Kraftfile$/.test(f) && !published.has(f)).sort();
const names = new Map<string, string>();
for (const r of rows) {
	for (const t of r.tags) {
		const key = `${r.name}:${t}`;
		if (names.has(key)) problems.push(`${key} is published by both ${names.get(key)} and ${r.path}`);
		names.set(key, r.path);
	}
}
if (problems.length > 0) {
	console.error(problems.join('\n'));
	process.exit(1);
}

const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const pairs = (ts: Target[]) => ts.map((t) => `${t.platform}/${t.architecture}`).join(', ');
const lines = rows.map((r) => {
	const targets = r.targets.map((t) => `t(${q(t.platform)}, ${q(t.architecture)})`).join(', ');
	const kNote = r.unikraft ? `builds from Unikraft ${r.unikraft}; targets ${pairs(r.targets)}` : `targets ${pairs(r.targets)}`;
	const wNote = `pushes unikraft.org/${r.name}:${r.tags.join(', ')} for ${pairs(r.targets)}`;
	return [
		'\t{',
		`\t\tname: ${q(r.name)}, tags: [${r.tags.map(q).join(', ')}], targets: [${targets}],${r.unikraft ? ` unikraft: ${q(r.unikraft)},` : ''}${r.memory ? ` memory: ${q(r.memory.value)},` : ''} path: ${q(r.path)},`,
		`\t\tsources: [at(${q(`${r.path}/Kraftfile`)}, ${q(kNote)}), at(${q(r.workflow)}, ${q(wNote)})${r.memory ? `, at(${q(r.memory.readme)}, ${q(`runs unikraft.org/${r.name} with kraft run -M ${r.memory.value}`)})` : ''}],`,
		'\t},',
	].join('\n');
});

const text = `// SPDX-License-Identifier: Apache-2.0
// GENERATED by scripts/runtimes/generate.ts from unikraft/catalog at ${sha} (${date}). Do not edit by hand.
// To regenerate: use a clone of github.com/unikraft/catalog (a bare one will do), then
//   npm run runtimes -- <its git dir> [revision]
// CI does not run the script; test/unit/runtimes-data.test.ts checks its output.
import { ghFile, type Source, type Sources } from './source';

/** The catalog snapshot every row was read from. */
export const CATALOG_RUNTIMES_REVISION = { sha: ${q(sha)}, date: ${q(date)} } as const;

/** A platform/architecture pair, written as the catalog writes it (\`fc\` is kraft's alias of Firecracker). */
export interface CatalogTarget {
	readonly platform: string;
	readonly architecture: string;
}

/**
 * A runtime the catalog publishes at \`unikraft.org/<name>:<tag>\`: the \`library/…\` folder
 * a workflow builds, the targets of that workflow's matrix (the same as the Kraftfile's
 * \`targets\`, which the generator checks), and the Unikraft version its Kraftfile pins.
 * Registries can hold more than this: other tags, other targets, images pushed since.
 */
export interface CatalogRuntime {
	readonly name: string;
	readonly tags: readonly string[];
	readonly targets: readonly CatalogTarget[];
	/** \`unikraft.version\` of the runtime's Kraftfile (a branch such as \`staging\`, or a tag). */
	readonly unikraft?: string;
	/**
	 * The memory its README runs the published image with (\`kraft run -M 512M\`), where it
	 * gives one: more than kraft's default of 64Mi, which such a runtime may not boot in.
	 */
	readonly memory?: string;
	/** The folder in unikraft/catalog. */
	readonly path: string;
	readonly sources: Sources;
}

const at = (path: string, note: string): Source => ghFile('unikraft/catalog', CATALOG_RUNTIMES_REVISION.sha, path, note);
const t = (platform: string, architecture: string): CatalogTarget => ({ platform, architecture });

/**
 * Sorted by name, then path. Kraftfiles of this snapshot no workflow publishes, so not here:
 * ${unpublished.length === 0 ? 'none' : unpublished.join(', ')}.
 */
export const CATALOG_RUNTIMES: readonly CatalogRuntime[] = [
${lines.join('\n')}
];
`;

const file = join(process.cwd(), 'src', 'data', 'runtimes.ts');
writeFileSync(file, text);
const tagCount = rows.reduce((n, r) => n + r.tags.length, 0);
const targetCount = rows.reduce((n, r) => n + r.targets.length, 0);
console.log(`wrote ${file}: ${rows.length} runtimes, ${tagCount} tags, ${targetCount} targets, from unikraft/catalog ${sha} (${date})`);
