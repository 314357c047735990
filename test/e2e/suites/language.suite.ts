// SPDX-License-Identifier: Apache-2.0
// The five file names a Kraftfile goes by all get the `kraftfile` language; other YAML
// files keep theirs.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, test } from './framework';
import { fixture, LANGUAGE_ID } from './helpers';

const NAMES = ['Kraftfile', 'kraft.yaml', 'kraft.yml', 'Kraftfile.yaml', 'Kraftfile.yml'];

/** Each name in a folder of its own (`kraft` refuses a folder with two: multiple-kraftfiles). */
function pathOf(name: string): string {
	return name === 'Kraftfile' ? 'main/names/Kraftfile' : `main/names/${name.replace('.', '-')}/${name}`;
}

suite('language', () => {
	for (const name of NAMES) {
		test(`${name} is a ${LANGUAGE_ID} document`, async () => {
			const document = await vscode.workspace.openTextDocument(fixture(pathOf(name)));
			assert.equal(document.languageId, LANGUAGE_ID);
		});
	}

	test('another YAML file stays yaml', async () => {
		const document = await vscode.workspace.openTextDocument(fixture('main/names/other.yaml'));
		assert.equal(document.languageId, 'yaml');
	});
});
