// SPDX-License-Identifier: Apache-2.0
// scripts/check-cycles.mjs, the part of `npm run lint` that ESLint's no-cycle cannot do:
// it must find a cycle made only of `import type`, name its files, and pass src/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './support/paths';

function check(dir: string): { status: number | null; out: string } {
	const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'check-cycles.mjs'), dir], { cwd: ROOT, encoding: 'utf8' });
	return { status: r.status, out: r.stdout + r.stderr };
}

function tree(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'kraftfile-cycles-'));
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	return dir;
}

test('a cycle of type-only imports fails, with both files named', () => {
	const dir = tree({ 'a.ts': "import type { B } from './b';\nexport interface A { b?: B }\n", 'b.ts': "import type { A } from './a';\nexport interface B { a?: A }\n", 'c.ts': "import type { A } from './a';\n" });
	try {
		const r = check(dir);
		assert.equal(r.status, 1, r.out);
		assert.match(r.out, /import cycle: .*a\.ts ↔ .*b\.ts/);
		assert.doesNotMatch(r.out, /c\.ts ↔|↔ .*c\.ts/);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('a re-export through an index counts, and a file without cycles passes', () => {
	const cyclic = tree({ 'index.ts': "export * from './x';\n", 'x.ts': "import { y } from '.';\nexport const x = 1;\n" });
	const acyclic = tree({ 'index.ts': "export * from './x';\n", 'x.ts': 'export const x = 1;\n' });
	try {
		assert.equal(check(cyclic).status, 1);
		assert.equal(check(acyclic).status, 0);
	} finally {
		rmSync(cyclic, { recursive: true, force: true });
		rmSync(acyclic, { recursive: true, force: true });
	}
});

test('src/ has no import cycle', () => {
	const r = check(join(ROOT, 'src'));
	assert.equal(r.status, 0, r.out);
	assert.match(r.out, /check-cycles: \d+ files, 0 cycles/);
});
