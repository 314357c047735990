// SPDX-License-Identifier: Apache-2.0
// The platform support view: same facts as the diagnostics, locked down by a CSP, with the
// host's situation marked. The matrix is core data (src/core/support-table.ts); the HTML is
// the VS Code adapter's (src/vscode/support-view-html.ts, which imports no `vscode`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LOCAL_RUN } from '../../src/data/local-run';
import { PLATFORMS } from '../../src/data/platforms';
import { STACKS } from '../../src/data/virtualization';
import { analyze } from '../../src/core/analyze';
import { exactRelease } from '../../src/core/release';
import { supportMatrix } from '../../src/core/support-table';
import { renderSupportView } from '../../src/vscode/support-view-html';

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

test('pictures are shown when the adapter passes them, with the words of src/data', () => {
	const html = renderSupportView({ ...base, release: exactRelease([0, 21, 0]), pictureUri: (file) => `vscode-resource:/media/${file}` });
	assert.match(html, /<img src="vscode-resource:\/media\/type1-hypervisor.svg" alt="Hardware, a Type 1 hypervisor/);
	assert.match(html, /<img src="vscode-resource:\/media\/type2-hypervisor.svg" alt="Hardware, a host operating system/);
	assert.doesNotMatch(renderSupportView({ ...base, release: exactRelease([0, 21, 0]) }), /<img/);
});

test('the hypervisor and "runs with" columns come from src/data, one row per platform', () => {
	const html = renderSupportView({ ...base, release: exactRelease([0, 21, 0]) });
	for (const p of PLATFORMS) {
		const row = new RegExp(`<tr><th scope="row"><code>${p.id}</code>.*?</tr>`).exec(html)?.[0] ?? '';
		const cells = [...row.matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
		assert.equal(cells[0], STACKS.find((s) => s.kind === p.hypervisor)!.title, p.id);
		assert.equal(cells[1], LOCAL_RUN.find((l) => l.localRun === p.localRun)!.label.replace(/`/g, ''), p.id);
	}
});

test('the matrix as data: a row per platform, a cell per architecture, the host only in supported cells', () => {
	const host = { arch: 'x86_64', kvm: false, os: 'linux' } as const;
	const m = supportMatrix(exactRelease([0, 21, 0]), host);
	assert.deepEqual(m.architectures, ['x86_64', 'arm64', 'arm']);
	assert.deepEqual(m.rows.map((r) => r.platform.id), PLATFORMS.map((p) => p.id));
	const at = (p: string, a: string) => m.rows.find((r) => r.platform.id === p)!.cells.find((c) => c.arch === a)!;
	assert.deepEqual(at('qemu', 'x86_64').verdict, { kind: 'one', support: { status: 'supported' } });
	assert.equal(at('qemu', 'x86_64').run?.code, 'emulated-target');
	assert.equal(at('fc', 'x86_64').run?.code, 'not-runnable-here');
	assert.deepEqual(at('linuxu', 'x86_64').verdict, { kind: 'one', support: { status: 'removed', removedIn: 'v0.17.0' } });
	assert.equal(at('linuxu', 'x86_64').run, undefined);
	assert.equal(supportMatrix(exactRelease([0, 21, 0])).rows.flatMap((r) => r.cells).some((c) => c.run), false);
});

test('a release in effect that means several releases: a cell where they differ is mixed, and shown as ?', () => {
	const release = analyze('spec: v0.6\nunikraft: v0.16\n').release;
	assert.ok(release.releases.length > 1, 'v0.16 means every v0.16.x');
	const xenArm64 = supportMatrix(release).rows.find((r) => r.platform.id === 'xen')!.cells.find((c) => c.arch === 'arm64')!;
	assert.deepEqual(xenArm64.verdict, { kind: 'mixed', unknown: false });
	assert.equal(cellText(renderSupportView({ ...base, release }), 'xen', 1), '?');
});
