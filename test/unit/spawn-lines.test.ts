// SPDX-License-Identifier: Apache-2.0
// Starting a task's program (src/node/spawn-lines.ts): lines in order, a question without a
// line end shown once it waits, input handed on, a program that is not there, and Ctrl+C.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spawnLines, PARTIAL_AFTER_MS } from '../../src/node/spawn-lines';

interface Seen {
	readonly events: string[];
	readonly exit: Promise<{ code: number | null; reason?: string }>;
	readonly proc: ReturnType<typeof spawnLines>;
}

function run(command: string, args: string[]): Seen {
	const events: string[] = [];
	let proc!: ReturnType<typeof spawnLines>;
	const exit = new Promise<{ code: number | null; reason?: string }>((resolve) => {
		proc = spawnLines(command, args, {
			cwd: process.cwd(),
			env: { SPAWN_LINES_TEST: 'yes' },
			onLine: (line, stream) => events.push(`${stream}: ${line}`),
			onPartial: (text, stream) => events.push(`${stream} partial: ${text}`),
			onExit: (code, reason) => resolve({ code, ...(reason ? { reason } : {}) }),
		});
	});
	return { events, exit, proc };
}

test('lines of both streams, the environment added, the exit code', async () => {
	const r = run('sh', ['-c', 'echo one; echo "two $SPAWN_LINES_TEST" >&2; printf "no end"; exit 3']);
	assert.deepEqual(await r.exit, { code: 3 });
	assert.deepEqual(r.events.sort(), ['stderr: two yes', 'stdout: no end', 'stdout: one']);
});

test('a question without a line end is shown once it waits; the answer typed reaches the program', async () => {
	const r = run('sh', ['-c', 'printf "configure again? "; read answer; echo "got $answer"']);
	await new Promise((resolve) => setTimeout(resolve, PARTIAL_AFTER_MS * 3));
	assert.deepEqual(r.events, ['stdout partial: configure again? ']);
	r.proc.write('yes\n');
	assert.deepEqual(await r.exit, { code: 0 });
	assert.deepEqual(r.events, ['stdout partial: configure again? ', 'stdout: got yes']);
});

test('a program that is not there, and one stopped', async () => {
	const missing = run('/nonexistent/kraft', ['build']);
	assert.deepEqual(await missing.exit, { code: null, reason: '/nonexistent/kraft was not found' });
	const slow = run('sh', ['-c', 'sleep 30']);
	slow.proc.kill();
	const end = await slow.exit;
	assert.equal(end.code, null);
	assert.equal(end.reason, 'stopped by SIGTERM');
	slow.proc.write('ignored after the end\n');
});
