// SPDX-License-Identifier: Apache-2.0
// The run settings (rules/settings.ts, rules/cloud-label.ts): what each quick fix writes,
// and the cases where no fix can go (through an alias, where the text is elsewhere).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/core';
import { goKind, goText } from '../../src/core/go-yaml';
import { parseKraftfile } from '../../src/core/parse';
import { applyFix, titles } from './support/fixes';

const V06 = 'spec: v0.6\nruntime: base:latest\n';
const V07 = 'spec: v0.7\nruntime: base:latest\n';

test('cmd: a number or a YAML 1.1 boolean in the list is quoted as written', () => {
	assert.equal(applyFix(`${V06}cmd: ["/server", 8080]\n`, 'invalid-setting', 'Quote it: `"8080"`').text, `${V06}cmd: ["/server", "8080"]\n`);
	assert.equal(applyFix(`${V07}cmd:\n  - /server\n  - off\n`, 'invalid-setting', 'Quote it: `"off"`').text, `${V07}cmd:\n  - /server\n  - "off"\n`);
	// An empty item or a map has no clear repair.
	assert.deepEqual(titles(`${V06}cmd:\n  - /server\n  -\n`, 'invalid-setting'), []);
});

test('env: a Compose-style item becomes KEY=value; the line break and CRLF stay', () => {
	const text = `${V06}env:\n  - DEBUG: "1"\n  - PORT: 8080 \n`;
	const once = applyFix(text, 'invalid-setting', 'Write `DEBUG=1`').text;
	assert.equal(once, `${V06}env:\n  - DEBUG=1\n  - PORT: 8080 \n`);
	assert.equal(applyFix(once, 'invalid-setting', 'Write `PORT=8080`').text, `${V06}env:\n  - DEBUG=1\n  - PORT=8080 \n`);
	const crlf = `${V06}env:\n  - HOME: /\n`.replace(/\n/g, '\r\n');
	assert.equal(applyFix(crlf, 'invalid-setting', 'Write `HOME=/`').text, `${V06}env:\n  - HOME=/\n`.replace(/\n/g, '\r\n'));
	// A value that would not read back plain is written quoted.
	assert.equal(applyFix(`${V06}env:\n  - MSG: "a: b"\n`, 'invalid-setting', 'Write `"MSG=a: b"`').text, `${V06}env:\n  - "MSG=a: b"\n`);
});

test('volumes: :ro becomes the long form, :rw is dropped, readOnly is renamed, "true" unquoted', () => {
	assert.equal(
		applyFix(`${V06}volumes:\n  - ./data:/data:ro\n`, 'invalid-setting', 'Write the long form with `readonly: true`').text,
		`${V06}volumes:\n  - { source: ./data, destination: /data, readonly: true }\n`,
	);
	assert.equal(applyFix(`${V06}volumes:\n  - ./data:/data:rw\n`, 'invalid-setting', 'Write `./data:/data`').text, `${V06}volumes:\n  - ./data:/data\n`);
	const long = `${V06}volumes:\n  - source: ./s\n    destination: /d\n    readOnly: true\n`;
	assert.equal(applyFix(long, 'misread-setting', 'Rename to `readonly`').text, long.replace('readOnly', 'readonly'));
	// Both spellings: renaming would set the key twice, so there is no fix.
	assert.deepEqual(titles(`${long}    readonly: false\n`, 'misread-setting'), []);
	assert.equal(applyFix(`${V06}volumes:\n  - source: ./s\n    readonly: "true"\n`, 'invalid-setting', 'Write `true` without quotes').text, `${V06}volumes:\n  - source: ./s\n    readonly: true\n`);
	// Spec v0.7 reads `readOnly` (Go's encoding/json matches names ignoring case) and `:ro` as the mode.
	const v07 = analyze(`${V07}volumes:\n  - ./data:/data:ro\n  - source: ./s\n    readOnly: true\n`, {});
	assert.deepEqual(v07.diagnostics.map((d) => d.code), []);
});

test('labels: a plain on is quoted; a v0.7 number is quoted; a misspelt cloud label is renamed, not preferred', () => {
	const on = `${V06}labels:\n  cloud.unikraft.v1.instances/scale_to_zero.policy: on\n`;
	assert.equal(applyFix(on, 'misread-setting', 'Quote it: `"on"`').text, on.replace(': on', ': "on"'));
	assert.deepEqual(
		analyze(on, {}).diagnostics.map((d) => d.code),
		['misread-setting'],
		'the policy reads `true`, which cloud-label does not report a second time',
	);
	const num = `${V07}labels:\n  port: 8080\n`;
	assert.equal(analyze(num, {}).diagnostics[0]?.severity, 'information');
	assert.equal(applyFix(num, 'misread-setting', 'Quote it: `"8080"`').text, num.replace('8080', '"8080"'));
	assert.deepEqual(analyze(`${V06}labels:\n  port: 8080\n`, {}).diagnostics, []);
	const typo = `${V06}labels:\n  cloud.unikraft.v1.instances/scale_to_zero.stateful: "true"\n  cloud.unikraft.v1.instances/scale_to_zero.polcy: "on"\n`;
	assert.deepEqual(titles(typo, 'cloud-label'), ['Rename to `cloud.unikraft.v1.instances/scale_to_zero.policy`']);
});

test('through an alias the finding stands, without a fix', () => {
	const text = `${V06}x-cmd: &c ["/server", 8080]\ncmd: *c\n`;
	const a = analyze(text, {});
	const d = a.diagnostics.find((x) => x.code === 'invalid-setting');
	assert.ok(d && d.data?.kind === 'setting' && d.data.at === undefined);
	assert.deepEqual(titles(text, 'invalid-setting'), []);
});

test('goKind and goText read plain scalars as YAML 1.1 does', () => {
	const doc = parseKraftfile('a: on\nb: "on"\nc: No\nd: 1.10\ne: 8080\nf: TRUE\n').doc!;
	const v = (k: string) => doc.get(k, true) as never;
	assert.deepEqual(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => goKind(v(k))), ['bool', 'string', 'bool', 'number', 'number', 'bool']);
	assert.deepEqual(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => goText(v(k))), ['true', 'on', 'false', '1.1', '8080', 'true']);
});
