// SPDX-License-Identifier: Apache-2.0
// Web checks: the same .vsix in a second code-server whose user settings put the extension
// in the web worker extension host (`remote.extensionKind`: `web`), so it runs its
// `browser` entry (dist/web/extension.js) in a browser worker with no Node API, as on
// vscode.dev and github.dev. scripts/e2e/run.mjs starts that instance on
// `workspace/main` after the other checks, and runs these on its page.
import assert from 'node:assert/strict';
import { focusRunningExtension, hoverOver, openFromExplorer, runCommand } from './checks.mjs';

const DEADLINE_MS = 15_000;
export const EXTENSION_ID = 'kraftfile-tools.kraftfile';
/** User settings of the web instance: run the extension in the web worker extension host. */
export const WEB_SETTINGS = { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] }, 'kraftfile.hostHints': false };

export const WEB_CHECKS = [
	{
		name: 'web worker host: a squiggle on a Kraftfile, and its hover message',
		async run(page) {
			// A workbench that has just started (and a busy machine) draws the Explorer late.
			await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: 60_000 });
			const opened = Date.now();
			await openFromExplorer(page, ['names', 'Kraftfile']);
			const squiggle = page.locator('.monaco-editor .squiggly-error').first();
			await squiggle.waitFor({ state: 'visible', timeout: 30_000 });
			const shownMs = Date.now() - opened;
			await hoverOver(page, squiggle);
			const hover = page.locator('.monaco-hover').filter({ hasText: 'qemux' }).first();
			await hover.waitFor({ state: 'visible', timeout: DEADLINE_MS });
			const text = (await hover.innerText()).replace(/\s+/g, ' ');
			assert.match(text, /`?qemux`? is not a Unikraft platform/);
			assert.match(text, /unknown-platform/);
			await page.mouse.move(0, 0);
			// No host facts on the web: the host status item (arch · KVM) is not there.
			assert.equal(await page.locator('.statusbar-item').filter({ hasText: /· (KVM|no KVM)/ }).count(), 0, 'a host status item on the web');
			return { webOpenToSquiggleMs: shownMs };
		},
	},
	{
		name: 'web worker host: hover a platform and read what it is',
		async run(page) {
			await openFromExplorer(page, ['hover', 'Kraftfile']);
			const token = page.locator('.monaco-editor .view-line span span').filter({ hasText: /^qemu/ }).first();
			await token.waitFor({ state: 'visible', timeout: DEADLINE_MS });
			const box = await token.boundingBox();
			assert.ok(box, 'the token has no box on screen');
			const hover = page.locator('.monaco-hover').filter({ hasText: 'Type 1 (bare-metal) hypervisor' }).first();
			// As a person would: move onto the name again if no hover came (VS Code asks once per move).
			const deadline = Date.now() + DEADLINE_MS * 2;
			for (;;) {
				await page.mouse.move(box.x + 6, box.y + box.height / 2);
				if (await hover.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false)) break;
				assert.ok(Date.now() < deadline, 'no hover on the platform');
				await page.mouse.move(0, 0);
			}
			const text = (await hover.innerText()).replace(/\s+/g, ' ');
			// No host facts on the web: the hover says nothing about how it runs on this machine.
			assert.doesNotMatch(text, /on this machine|this host/i, text);
			await page.mouse.move(0, 0);
		},
	},
	{
		name: 'web worker host: Running Extensions says the extension runs in the web worker',
		async run(page) {
			// Proof that the checks above ran in the browser worker, not in code-server's Node host.
			const label = await runningExtensionRow(page);
			assert.match(label, /web worker/, `Running Extensions shows: ${label}`);
			await page.keyboard.press('Escape');
			await runCommand(page, 'View: Close All Editors');
		},
	},
];

/** The text of the extension's row in Developer: Show Running Extensions (name, where it runs, activation). */
export async function runningExtensionRow(page) {
	const row = await focusRunningExtension(page);
	return (await row.innerText()).replace(/\s+/g, ' ');
}
