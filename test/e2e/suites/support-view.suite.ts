// SPDX-License-Identifier: Apache-2.0
// "Kraftfile: Show Platform Support" (issue 8): the command is contributed, opens one
// webview panel beside the editor, and reveals it again instead of opening a second one.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, test } from './framework';
import { DEADLINE_MS, fixture } from './helpers';

const TITLE = 'Unikraft Platform Support';

function supportTabs(): vscode.Tab[] {
	return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.label === TITLE && t.input instanceof vscode.TabInputWebview);
}

/** Resolves when `until()` holds, checking on every tab change; rejects after the deadline. */
function waitForTabs(until: () => boolean, what: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const check = (): void => {
			if (!until()) return;
			stop();
			resolve();
		};
		const subscription = vscode.window.tabGroups.onDidChangeTabs(check);
		const timer = setTimeout(() => {
			stop();
			reject(new Error(`${what} within ${DEADLINE_MS} ms; tabs: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)).join(', ')}`));
		}, DEADLINE_MS);
		const stop = (): void => {
			subscription.dispose();
			clearTimeout(timer);
		};
		queueMicrotask(check);
	});
}

suite('platform support view', () => {
	test('the command is contributed under the Kraftfile category', async () => {
		const commands = await vscode.commands.getCommands(true);
		assert.ok(commands.includes('kraftfile.showPlatformSupport'));
	});

	test('it opens one webview beside the Kraftfile, and reveals it again instead of a second', async () => {
		const document = await vscode.workspace.openTextDocument(fixture('main/names/kraft-yml/kraft.yml'));
		await vscode.window.showTextDocument(document);
		const opened = waitForTabs(() => supportTabs().length === 1, 'no platform support view opened');
		await vscode.commands.executeCommand('kraftfile.showPlatformSupport');
		await opened;
		await vscode.commands.executeCommand('kraftfile.showPlatformSupport');
		assert.equal(supportTabs().length, 1, 'a second view was opened');
		const closed = waitForTabs(() => supportTabs().length === 0, 'the view did not close');
		await vscode.window.tabGroups.close(supportTabs());
		await closed;
	});
});
