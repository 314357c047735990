#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
// Builds the language server package: bundles src/server into one file with no runtime
// dependency, stages it with packages/language-server/package.json (its version set to
// the extension's), the README and the LICENSE, and runs `npm pack` there. The tarball
// goes to dist/ (or `--out <dir>`); its path is the last line printed.
// Usage: node scripts/pack-server.mjs [--out <dir>]
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { serverBuildOptions } from './server-bundle.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const at = process.argv.indexOf('--out');
const out = resolve(at > 0 && process.argv[at + 1] ? process.argv[at + 1] : join(ROOT, 'dist'));
const stage = join(out, 'kraftfile-language-server');

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
process.chdir(ROOT);
await esbuild.build(serverBuildOptions({ outfile: join(stage, 'server.js'), production: true }));
const manifest = JSON.parse(readFileSync(join(ROOT, 'packages/language-server/package.json'), 'utf8'));
manifest.version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
copyFileSync(join(ROOT, 'README.md'), join(stage, 'README.md'));
copyFileSync(join(ROOT, 'LICENSE'), join(stage, 'LICENSE'));
copyFileSync(join(ROOT, 'src/data/kconfig-index.json'), join(stage, 'kconfig-index.json'));

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const r = spawnSync(npm, ['pack', '--json', '--pack-destination', out], { cwd: stage, encoding: 'utf8' });
if (r.status !== 0) {
	process.stderr.write(r.stderr || String(r.error));
	process.exit(1);
}
const [packed] = JSON.parse(r.stdout);
rmSync(stage, { recursive: true, force: true });
console.log(`${packed.files.map((f) => `${f.path} ${f.size} B`).join('\n')}\n${join(out, packed.filename)}`);
