// SPDX-License-Identifier: Apache-2.0
// schemas/kraftfile.schema.json: generated from src/data and never stale, and it does what
// a Red Hat YAML (yaml-language-server) user gets from it: real Kraftfiles pass, mistakes
// are reported where they are.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseSpecVersion, SPEC_VERSION_PATTERN } from '../../src/core/spec';
import { createPeer } from '../../scripts/bench/peer';
import { renderKraftfileSchema } from '../../scripts/schema/build-schema';
import { ROOT, SHARED } from './support/paths';

const schemaFile = join(ROOT, 'schemas', 'kraftfile.schema.json');
const peer = createPeer(ROOT);

/** The schema's findings on a text (yaml-language-server's own YAML errors left out), as `line: message`. */
async function schemaFindings(text: string): Promise<string[]> {
	const ds = await peer.validate(text);
	return ds
		.filter((d) => d.source?.startsWith('yaml-schema'))
		.sort((a, b) => a.range.start.line - b.range.start.line)
		.map((d) => `${d.range.start.line}: ${d.message}`);
}

test('the committed schema is what `npm run schema` generates from src/data now', () => {
	assert.equal(readFileSync(schemaFile, 'utf8'), renderKraftfileSchema(), 'schemas/kraftfile.schema.json is stale: run npm run schema');
});

// The schema and the core share SPEC_VERSION_PATTERN; the core also trims the value first.
test('the spec pattern accepts what the core reads as a version, and nothing else', () => {
	const pattern = new RegExp(SPEC_VERSION_PATTERN);
	for (const s of ['v0.6', '0.6', '0.5.0', 'v0.7', 'v1.2.3-rc.1', 'v0.6+meta', 'stable', 'v0', '0.6.', 'v0.6 ', 'x0.6', '']) {
		assert.equal(pattern.test(s), s === s.trim() && parseSpecVersion(s) !== undefined, JSON.stringify(s));
	}
});

const files = (dir: string): string[] =>
	readdirSync(dir).flatMap((n) => {
		const p = join(dir, n);
		return statSync(p).isDirectory() ? files(p) : n === 'README.md' ? [] : [p];
	});

for (const folder of ['unikraft-catalog', 'unikraft-apps']) {
	test(`${folder}: every Kraftfile that has content is valid against the schema`, async () => {
		const all = files(join(SHARED, 'corpus', folder));
		// An empty file has no document to validate (the extension reports nothing for it either).
		const withContent = all.filter((f) => readFileSync(f, 'utf8').trim() !== '');
		assert.equal(all.length - withContent.length, folder === 'unikraft-catalog' ? 2 : 0);
		const findings: string[] = [];
		for (const f of withContent) for (const d of await schemaFindings(readFileSync(f, 'utf8'))) findings.push(`${f}:${d}`);
		assert.deepEqual(findings, []);
	});
}

test('targets in every form, and the mistakes the schema can tell', async () => {
	const text = [
		'spec: v0.6',
		'name: app',
		'targets:',
		'  - qemu/x86_64',
		'  - kvm/arm64',
		'  - platform: firecracker/x86_64',
		'  - { plat: xen, arch: arm64, name: xen-arm }',
		'  - plat: ${PLAT}',
		'    arch: x86_64',
		'  - qemu/amd64',
		'  - plat: fc',
		'  - architecture: x86_64',
		'  - { plat: QEMU, arch: x86_64 }',
		'platfrom: qemu',
		'x-notes: extensions are fine',
		'unikraft:',
		'  verison: stable',
		'libraries:',
		'  lwip:',
		'    kconfig:',
		'      - CONFIG_LWIP_TCP=y',
		'      - CONFIG_LWIP_UDP',
		'',
	].join('\n');
	assert.deepEqual(await schemaFindings(text), [
		'9: A target is `plat/arch`: a platform (qemu, fc, xen, kraftcloud, linuxu, hyperlight, kvm, firecracker, hl) and an architecture (x86_64, arm64, arm), e.g. `qemu/x86_64`.',
		'10: Missing property "architecture".',
		'11: Missing property "platform".',
		'12: Value is not accepted. Valid values: "qemu", "fc", "xen", "kraftcloud", "linuxu", "hyperlight", "kvm", "firecracker", "hl".',
		'13: Property platfrom is not allowed.',
		'16: Property verison is not allowed.',
		'21: A Kconfig option in a list is `CONFIG_NAME=value`.',
	]);
});

test('spec: a YAML number is not a version, and the old Python keys say what to do instead', async () => {
	assert.deepEqual(await schemaFindings('spec: 0.6\nname: app\n'), ['0: Incorrect type. Expected "string".']);
	assert.deepEqual(await schemaFindings('specification: v0.6\nplatforms:\n  kvm: true\n'), [
		'1: `platforms` belongs to the old Python `kraft`; today’s `kraft` ignores it. List the builds under `targets:` as `plat/arch` entries (e.g. `- qemu/x86_64`).',
	]);
	assert.deepEqual(await schemaFindings('name: app\ntargets: []\n'), ['0: Missing property "spec".']);
});
