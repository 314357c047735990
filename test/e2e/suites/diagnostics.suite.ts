// SPDX-License-Identifier: Apache-2.0
// The main diagnostic codes, with their exact ranges and the text under them, as VS Code
// shows them for fixture files of test/e2e/workspace.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, test } from './framework';
import { codeOf, fixture, openWithDiagnostics, renderAll } from './helpers';

interface Case {
	readonly file: string;
	readonly expected: readonly string[];
	/** How the first diagnostic's message begins. */
	readonly message: string;
}

const CASES: readonly Case[] = [
	{ file: 'main/names/Kraftfile', expected: ['5:4-5:9 error unknown-platform "qemux"'], message: '`qemux` is not a Unikraft platform' },
	{ file: 'main/names/kraft-yaml/kraft.yaml', expected: ['4:4-4:12 error unsupported-target "qemu/arm"'], message: 'qemu/arm: ' },
	{ file: 'main/names/kraft-yml/kraft.yml', expected: ['5:4-5:10 error platform-removed "linuxu"'], message: '`linuxu` was removed in Unikraft v0.17.0' },
	{ file: 'main/names/Kraftfile-yaml/Kraftfile.yaml', expected: ['5:18-5:23 error architecture-alias "amd64"'], message: '`amd64` is not an architecture name' },
	{ file: 'main/names/Kraftfile-yml/Kraftfile.yml', expected: ['0:6-0:12 error invalid-spec "latest"'], message: '`latest` is not a version' },
	{ file: 'main/syntax/Kraftfile', expected: ['1:6-1:7 error yaml-syntax "h"'], message: 'YAML: Nested mappings are not allowed' },
];

suite('diagnostics', () => {
	for (const c of CASES) {
		const code = c.expected[0]!.split(' ')[2];
		test(`${code} in ${c.file}`, async () => {
			const { document, diagnostics } = await openWithDiagnostics(fixture(c.file));
			assert.deepEqual(renderAll(diagnostics, document), [...c.expected].sort());
			assert.ok(diagnostics[0]!.message.startsWith(c.message), `message: ${diagnostics[0]!.message}`);
		});
	}

	test('CRLF line endings: ranges on the right lines and columns', async () => {
		const { document, diagnostics } = await openWithDiagnostics(fixture('main/crlf/Kraftfile'));
		assert.equal(document.eol, vscode.EndOfLine.CRLF, 'the fixture lost its CRLF line endings (see .gitattributes)');
		assert.deepEqual(renderAll(diagnostics, document), ['4:4-4:9 error unknown-platform "qemux"', '5:7-5:14 error architecture-alias "aarch64"']);
	});

	test('each diagnostic links its code to the README shipped in the extension', async () => {
		const {
			diagnostics: [d],
		} = await openWithDiagnostics(fixture('main/names/Kraftfile'));
		assert.ok(d && typeof d.code === 'object', 'the code has no link');
		assert.equal(codeOf(d), 'unknown-platform');
		assert.equal(d.code.target.fragment, 'unknown-platform');
		assert.match(d.code.target.path, /\/readme\.md$/i);
		const stat = await vscode.workspace.fs.stat(d.code.target.with({ fragment: '' }));
		assert.equal(stat.type, vscode.FileType.File);
	});
});
