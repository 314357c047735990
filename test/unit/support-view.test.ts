// SPDX-License-Identifier: Apache-2.0
// The platform support view: same facts as the diagnostics, locked down by a CSP, with the
// host's situation marked.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exactRelease } from '../../src/core/release';
import { renderSupportView } from '../../src/core/support-view';

const base = { releaseNote: 'test', cspSource: 'vscode-resource:', nonce: 'N0nce' } as const;

/** The text of the cell for platform `p`, architecture column `i` (0 x86_64, 1 arm64, 2 arm). */
function cellText(html: string, p: string, i: number): string {
	const row = new RegExp(`<tr><th scope="row"><code>${p}</code>.*?</tr>`).exec(html)?.[0] ?? '';
	const cells = [...row.matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim());
	return cells[2 + i] ?? `no cell ${p}/${i}`;
}

test('locked down: no scripts, images and styles only from the extension and the nonce', () => {
	const html = renderSupportView({ ...base, release: exactRelease([0, 21, 0]) });
	assert.match(html, /default-src 'none'; img-src vscode-resource:; style-src 'nonce-N0nce';/);
	assert.doesNotMatch(html, /<script/);
	assert.match(html, /<style nonce="N0nce">/);
});

test('v0.21.0: qemu/arm does not build, xen/arm is doubtful, linuxu removed, Hyperlight only on a branch', () => {
	const html = renderSupportView({ ...base, release: exactRelease([0, 21, 0]) });
	assert.equal(cellText(html, 'qemu', 0), '✔');
	assert.equal(cellText(html, 'qemu', 2), '✘');
	assert.equal(cellText(html, 'xen', 2), '!');
	assert.equal(cellText(html, 'linuxu', 0), '✘ removed in v0.17.0');
	assert.equal(cellText(html, 'hyperlight', 0), '✘ only on plat-hyperlight');
	assert.equal(cellText(html, 'kraftcloud', 1), '!');
	assert.match(html, /<code>kvm<\/code>/);
});

test('v0.16.3: linuxu and xen/arm are there', () => {
	const html = renderSupportView({ ...base, release: exactRelease([0, 16, 3]) });
	assert.equal(cellText(html, 'linuxu', 2), '✔');
	assert.equal(cellText(html, 'xen', 2), '✔');
});

test('v0.16.1: no Xen on arm64 yet', () => {
	const html = renderSupportView({ ...base, release: exactRelease([0, 16, 1]) });
	assert.equal(cellText(html, 'xen', 1), '✘ from v0.16.2');
});

test('the host is marked: its column, and how each target would run here', () => {
	const html = renderSupportView({ ...base, release: exactRelease([0, 21, 0]), host: { arch: 'x86_64', kvm: false, os: 'linux' } });
	assert.match(html, /x86_64 <span class="you">this host<\/span>/);
	assert.match(html, /This host: x86_64 on Linux, no usable \/dev\/kvm\./);
	assert.equal(cellText(html, 'qemu', 0), '✔ emulated');
	assert.equal(cellText(html, 'fc', 0), '✔ not here');
	assert.equal(cellText(html, 'qemu', 1), '✔ emulated');
});

test('text from data is escaped', () => {
	const html = renderSupportView({ ...base, release: exactRelease([0, 21, 0]), releaseNote: '<img src=x onerror=alert(1)>' });
	assert.doesNotMatch(html, /<img src=x/);
	assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
});

test('pictures are shown when the adapter passes them', () => {
	const html = renderSupportView({ ...base, release: exactRelease([0, 21, 0]), pictures: { type1: 'vscode-resource:/t1.svg', type2: 'vscode-resource:/t2.svg' } });
	assert.match(html, /<img src="vscode-resource:\/t1.svg" alt="Unikraft on a Type 1 hypervisor">/);
});
