// SPDX-License-Identifier: Apache-2.0
// `kraft version` through src/node/kraft-probe.ts, with the stand-in kraft of the e2e tests,
// a missing program and programs that are not kraft; and the host facts override.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { hostFactsOverride } from '../../src/node/detect-host';
import { probeKraft } from '../../src/node/kraft-probe';
import { ROOT } from './support/paths';

const STANDIN = join(ROOT, 'test/e2e/kraft-standin/kraft');

test('the stand-in kraft: found, its version parsed, called as `kraft version` with KRAFTKIT_NO_PROMPT', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'kraft-probe-'));
	const log = join(dir, 'calls.log');
	process.env.KRAFT_STANDIN_LOG = log;
	try {
		const probe = await probeKraft(STANDIN);
		assert.equal(probe.found, true);
		assert.deepEqual(probe.found && probe.version, { text: '0.12.14', numbers: [0, 12, 14] });
		assert.match(readFileSync(log, 'utf8'), /^version\n--end-- cwd=.* no_prompt=true log_type= program=kraft\n$/);
	} finally {
		delete process.env.KRAFT_STANDIN_LOG;
		rmSync(dir, { recursive: true, force: true });
	}
});

test('a missing kraft, a failing program, one that says nothing', async () => {
	const missing = await probeKraft(join(ROOT, 'no-such-kraft'));
	assert.deepEqual(missing, { found: false, command: join(ROOT, 'no-such-kraft'), reason: 'not found' });
	const failing = await probeKraft('false');
	assert.equal(failing.found, false);
	assert.match(!failing.found ? failing.reason : '', /failed/);
	const quiet = await probeKraft('true');
	assert.deepEqual(quiet, { found: true, command: 'true', output: '' });
});

test('host facts override: known words only', () => {
	assert.deepEqual(hostFactsOverride('arch=arm64,kvm=false,os=linux,xen=true'), { arch: 'arm64', kvm: false, os: 'linux', xenHost: true });
	assert.deepEqual(hostFactsOverride(' kvm = true '), { kvm: true });
	for (const bad of [undefined, '', 'arch=amd64', 'kvm=1', 'os=plan9', '=,==,arch'] as const) assert.deepEqual(hostFactsOverride(bad), {}, String(bad));
});
