// SPDX-License-Identifier: Apache-2.0
// Browser checks of the code actions, as a person uses them: Ctrl+. on a problem, pick the
// fix, save, and the file on disk holds the fixed text; and the linuxu debugging action
// offered on a debug build for a release that still has linuxu.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openFromExplorer } from './checks.mjs';

const DEADLINE_MS = 15_000;

export const QUICK_FIX_CHECKS = [
	{
		name: 'Ctrl+. on a problem, apply the fix, save: the file on disk is fixed',
		async run(page, ctx) {
			const file = join(ctx.workspaceDir, 'main/fix/Kraftfile');
			const before = readFileSync(file, 'utf8');
			assert.ok(before.includes('  - qemu/amd64\n'), before);
			await openFromExplorer(page, ['main', 'fix', 'Kraftfile']);
			await clickOn(page, page.locator('.monaco-editor .squiggly-error').first());
			const item = await openQuickFixMenu(page, 'Change to `x86_64`');
			await page.screenshot({ path: join(ctx.mediaDir, 'screenshot-quick-fix.png') });
			await item.click();
			await page.locator('.monaco-editor .view-lines').filter({ hasText: 'qemu/x86_64' }).first().waitFor({ timeout: DEADLINE_MS });
			await page.keyboard.press('Control+S');
			await waitForFileText(file, before.replace('qemu/amd64', 'qemu/x86_64'));
			await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'detached', timeout: DEADLINE_MS });
		},
	},
	{
		name: 'a debug build on v0.16.3: Ctrl+. offers a linuxu target',
		async run(page, ctx) {
			await openFromExplorer(page, ['main', 'debug', 'Kraftfile']);
			const option = page.locator('.monaco-editor .view-line span span').filter({ hasText: /^CONFIG_LIBUKDEBUG_PRINTD/ }).first();
			await option.waitFor({ state: 'visible', timeout: DEADLINE_MS });
			await clickOn(page, option);
			await openQuickFixMenu(page, 'Add a linuxu target for debugging');
			await page.screenshot({ path: join(ctx.mediaDir, 'screenshot-linuxu-debug-action.png') });
			await page.keyboard.press('Escape');
		},
	},
];

/** Waits until the file on disk holds `expected` (the save goes through code-server). */
async function waitForFileText(file, expected) {
	const deadline = Date.now() + DEADLINE_MS;
	while (readFileSync(file, 'utf8') !== expected) {
		if (Date.now() > deadline) assert.equal(readFileSync(file, 'utf8'), expected, `${file} was not saved with the fix`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

/** Clicks the middle of an element of the editor (which puts the cursor there). */
async function clickOn(page, locator) {
	await locator.waitFor({ state: 'visible', timeout: DEADLINE_MS });
	const box = await locator.boundingBox();
	assert.ok(box, 'the element has no box on screen');
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Presses Ctrl+. and returns the menu item whose text contains `title`. */
async function openQuickFixMenu(page, title) {
	await page.keyboard.press('Control+.');
	const menu = page.locator('.action-widget:not(.action-list-submenu-panel)').first();
	await menu.waitFor({ state: 'visible', timeout: DEADLINE_MS });
	const item = menu.locator('.monaco-list-row').filter({ hasText: title }).first();
	try {
		await item.waitFor({ state: 'visible', timeout: DEADLINE_MS });
	} catch {
		throw new Error(`no “${title}” in the quick-fix menu: ${(await menu.innerText()).replace(/\s+/g, ' ')}`);
	}
	return item;
}
