// SPDX-License-Identifier: Apache-2.0
// Hover through VS Code's own command (`vscode.executeHoverProvider`): a platform, an alias,
// an architecture, a key and a runtime, each with the range it explains. The texts come from the
// support matrix (src/data); these check that they reach the editor, for the release in effect.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, test } from './framework';
import { fixture, openWithDiagnostics } from './helpers';

interface Case {
	readonly name: string;
	readonly file: string;
	readonly at: [line: number, character: number];
	readonly range: string;
	readonly contains: readonly string[];
}

const CASES: readonly Case[] = [
	{ name: 'a platform', file: 'main/names/kraft-yaml/kraft.yaml', at: [4, 5], range: '4:4-4:8', contains: ['**`qemu`** — QEMU with KVM', '**In Unikraft `stable` (v0.21.0 or a newer release)', '- `arm`: does not build'] },
	// The `pinned` folder checks against v0.16.3: the hover says what that release does.
	{ name: 'a platform alias, in the release of its folder', file: 'pinned/Kraftfile', at: [5, 5], range: '5:4-5:7', contains: ['`kvm` is an alias of `qemu`', '**In Unikraft v0.16.3'] },
	{ name: 'an architecture', file: 'main/names/Kraftfile', at: [4, 11], range: '4:9-4:15', contains: ['**`x86_64`** — x86 64-bit', 'never `amd64`'] },
	{ name: 'a key', file: 'main/names/Kraftfile', at: [0, 1], range: '0:0-0:4', contains: ['**`spec`** · top level', 'specification version'] },
	// A catalog runtime: what it is, where the catalog publishes it (with its revision), and,
	// since the editor knows the host, how `kraft run` would start the published target here.
	{
		name: 'a runtime',
		file: 'main/runtime/Kraftfile',
		at: [2, 12],
		range: '2:9-2:19',
		contains: [
			'**`nginx:1.25`** — a runtime of the Unikraft catalog: `unikraft.org/nginx:1.25`',
			'Published for `fc/x86_64` and `qemu/x86_64` (unikraft/catalog 667ac92e, 2025-12-13). Not for `qemu/arm64`.',
			'**On this machine** (',
			'**Unikraft:** built from `staging`',
		],
	},
];

suite('hover', () => {
	for (const c of CASES) {
		test(`on ${c.name}`, async () => {
			const { document } = await openWithDiagnostics(fixture(c.file));
			const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(...c.at));
			assert.equal(hovers.length, 1, `expected one hover, got ${hovers.length}`);
			const hover = hovers[0]!;
			assert.ok(hover.range, 'the hover has no range');
			const { start, end } = hover.range;
			assert.equal(`${start.line}:${start.character}-${end.line}:${end.character}`, c.range);
			const text = hover.contents.map((m) => (typeof m === 'string' ? m : m.value)).join('\n');
			for (const part of c.contains) assert.ok(text.includes(part), `the hover lacks ${JSON.stringify(part)}:\n${text}`);
		});
	}

	test('the first screen answers: what it is, whether it builds, whether it runs here, in at most three lines', async () => {
		const { document } = await openWithDiagnostics(fixture('main/names/kraft-yaml/kraft.yaml'));
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(4, 5));
		const text = hovers[0]!.contents.map((m) => (typeof m === 'string' ? m : m.value)).join('\n');
		const lead = text.split('\n\n')[0]!.split('\\\n');
		assert.ok(lead.length >= 2 && lead.length <= 3, lead.join('\n'));
		assert.equal(lead[0], '**`qemu`** — QEMU with KVM · Type 1 (bare-metal) hypervisor');
		assert.equal(lead[1], '**In Unikraft `stable` (v0.21.0 or a newer release):** builds for `x86_64` and `arm64`; not for `arm`.');
		// The picture comes after the answer.
		const picture = text.search(/!\[|\[Picture: /);
		assert.ok(picture > text.indexOf('\n\n'), `no picture after the first screen:\n${text}`);
	});

	test('nothing on a value it has nothing to say about', async () => {
		const { document } = await openWithDiagnostics(fixture('pinned/Kraftfile'));
		// Inside `helloworld` of `name: helloworld`.
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(1, 9));
		assert.deepEqual(hovers, []);
	});
});
