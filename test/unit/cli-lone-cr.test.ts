// SPDX-License-Identifier: Apache-2.0
// Old Mac line endings: a lone `\r` ends a line, for YAML as for editors. The `yaml`
// lexer breaks lines only at `\n`, so such a file used to get a false `yaml-syntax`
// on every line; now it gets exactly its own mistakes, and `--fix` keeps its `\r`s.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from '../../src/cli/cli';

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
	const out: string[] = [];
	const err: string[] = [];
	const code = await main(argv, (s) => out.push(s), (s) => err.push(s));
	return { code, out, err };
}

function temp(content: string): string {
	const file = join(mkdtempSync(join(tmpdir(), 'kraftfile-cr-')), 'Kraftfile');
	writeFileSync(file, content);
	return file;
}

test('lone-CR line endings: exactly the real mistake, at its line, and no yaml-syntax', async () => {
	const file = temp('spec: v0.6\rname: app\rtargets:\r  - qemu/x86_64\r  - qemu/arm\r');
	const r = await run(['--format', 'json', file]);
	assert.equal(r.code, 1);
	const [report] = JSON.parse(r.out.join('\n'));
	assert.deepEqual(
		report.diagnostics.map((d: { code: string; range: unknown }) => [d.code, d.range]),
		[['unsupported-target', { start: { line: 4, character: 4 }, end: { line: 4, character: 12 } }]],
	);
});

test('--fix on a lone-CR file writes lone CRs, and only the fixes', async () => {
	const file = temp('name: app\r# a comment\rtargets:\r  - kvm/x86_64\r  - qemu/arm\r');
	const r = await run(['--fix', file]);
	assert.equal(r.code, 1, 'qemu/arm is still an error');
	assert.deepEqual(r.out.map((l) => l.split(': ')[1]), ['error unsupported-target']);
	assert.equal(readFileSync(file, 'utf8'), 'spec: v0.6\rname: app\r# a comment\rtargets:\r  - qemu/x86_64\r  - qemu/arm\r');
});
