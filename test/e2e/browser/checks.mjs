// SPDX-License-Identifier: Apache-2.0
// Browser checks: what a person does in the code-server page, driven by playwright-core.
// Each check is `{ name, run(page, ctx) }`; `run` throws on failure and may return
// metrics. They run after the extension-host suites, in this order, on one page.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** How long one UI condition may take before the check fails. */
const DEADLINE_MS = 15_000;

export const CHECKS = [
	{
		// After the suite "kraft tasks › kraft missing …" asked for a missing kraft five times.
		name: 'kraft missing: one message, however often kraft was asked for',
		async run(page, ctx) {
			const marker = join(dirname(ctx.kraftLog), 'kraft-missing-asked');
			if (!existsSync(marker)) {
				assert.ok(process.env.KRAFTFILE_E2E_GREP, 'the suite test "kraft missing" did not run before this check');
				return { skippedUnderGrep: 1 };
			}
			await runCommand(page, 'Notifications: Show Notifications');
			const rows = page.locator('.notifications-center .notification-list-item').filter({ hasText: '/nonexistent/kraft' });
			await rows.first().waitFor({ state: 'attached', timeout: DEADLINE_MS });
			const texts = await rows.allInnerTexts();
			assert.equal(texts.length, 1, texts.join(' | '));
			// VS Code keeps one entry for identical notifications, so count the toasts shown while the suites ran (watchKraftToasts).
			assert.equal(await page.evaluate(() => globalThis.__kraftMissingToasts?.size), 1, 'toasts of the missing-kraft message');
			assert.match(texts[0], /does not exist/);
			assert.match(texts[0], /Install kraft/);
			await page.keyboard.press('Escape');
			// The suites' tasks left the terminal panel open: give the Explorer its height back.
			await runCommand(page, 'View: Hide Panel');
		},
	},
	{
		name: 'open a Kraftfile from the Explorer, see the squiggle, hover it and read the message',
		async run(page, ctx) {
			await openFromExplorer(page, ['main', 'names', 'Kraftfile']);
			const opened = Date.now();
			const squiggle = page.locator('.monaco-editor .squiggly-error').first();
			await squiggle.waitFor({ state: 'visible', timeout: DEADLINE_MS });
			const shownMs = Date.now() - opened;
			const hover = page.locator('.monaco-hover').filter({ hasText: 'qemux' }).first();
			await hoverUntilShown(page, squiggle, hover, 0.5);
			const text = (await hover.innerText()).replace(/\s+/g, ' ');
			assert.match(text, /`?qemux`? is not a Unikraft platform/);
			assert.match(text, /Did you mean `?qemu`?\?/);
			assert.match(text, /unknown-platform/);
			await page.screenshot({ path: join(ctx.mediaDir, 'screenshot-diagnostic-hover.png') });
			return { explorerOpenToSquiggleMs: shownMs };
		},
	},
	{
		name: 'hover a platform: the Type 1 picture from the extension is drawn in the hover',
		async run(page, ctx) {
			await openFromExplorer(page, ['main', 'hover', 'Kraftfile']);
			const token = page.locator('.monaco-editor .view-line span span').filter({ hasText: /^qemu/ }).first();
			await token.waitFor({ state: 'visible', timeout: DEADLINE_MS });
			const started = Date.now();
			const hover = page.locator('.monaco-hover').filter({ hasText: 'Type 1 (bare-metal) hypervisor' }).first();
			// On the first letters of `qemu`, not on the `/` or the architecture.
			await hoverUntilShown(page, token, hover, 6);
			const img = hover.locator('img[src*="type1-hypervisor.svg"]').first();
			await img.waitFor({ state: 'attached', timeout: DEADLINE_MS });
			await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle(), { timeout: DEADLINE_MS });
			const width = await img.evaluate((el) => el.naturalWidth);
			await page.screenshot({ path: join(ctx.mediaDir, 'screenshot-platform-hover.png') });
			await page.mouse.move(0, 0);
			return { platformHoverWithPictureMs: Date.now() - started, pictureWidth: width };
		},
	},
	{
		name: 'the status bar shows the host, and clicking it opens the platform support table',
		async run(page) {
			await openFromExplorer(page, ['main', 'names', 'Kraftfile']);
			// The item shows the host's architecture and KVM state while a Kraftfile is active.
			const item = page.locator('.statusbar-item').filter({ hasText: /(x86_64|arm64|arm|unknown arch) · (KVM|no KVM)/ }).first();
			await item.waitFor({ state: 'visible', timeout: DEADLINE_MS });
			const label = (await item.innerText()).trim();
			const arch = { x64: 'x86_64', arm64: 'arm64', arm: 'arm' }[process.arch] ?? 'unknown arch';
			assert.ok(label.includes(arch), `the status bar says "${label}" on a ${arch} host`);
			await item.click();
			const tab = page.locator('.tab').filter({ hasText: 'Unikraft Platform Support' }).first();
			await tab.waitFor({ state: 'visible', timeout: DEADLINE_MS });
			// The webview's document is in nested frames: find the one with the table.
			const deadline = Date.now() + DEADLINE_MS;
			let heading = '';
			while (!heading) {
				assert.ok(Date.now() < deadline, 'the platform support table was not drawn');
				for (const frame of page.frames()) {
					const h1 = await frame.locator('h1').filter({ hasText: 'Unikraft platform support' }).first().innerText({ timeout: 200 }).catch(() => '');
					if (h1) heading = h1;
				}
			}
			assert.match(heading, /Unikraft platform support — (v0\.\d+\.\d+|stable)/);
			await runCommand(page, 'View: Close All Editors');
		},
	},
	{
		name: 'Developer: Show Running Extensions reports the activation time',
		async run(page) {
			const row = await focusRunningExtension(page);
			const time = row.locator('.activation-time').first();
			await time.waitFor({ state: 'visible', timeout: DEADLINE_MS });
			const label = (await time.innerText()).trim();
			const ms = Number(/(\d+)\s*ms/.exec(label)?.[1]);
			assert.ok(Number.isFinite(ms), `no time in "${label}"`);
			assert.doesNotMatch(label, /Startup/, 'the extension started with VS Code instead of on a Kraftfile');
			await hoverOver(page, time);
			const why = page.locator('.workbench-hover, .monaco-hover').filter({ hasText: 'ctivated' }).first();
			await why.waitFor({ state: 'visible', timeout: DEADLINE_MS });
			const reason = (await why.innerText()).replace(/\s+/g, ' ');
			assert.match(reason, /because you opened a kraftfile file/, `activated by something else: ${reason}`);
			await page.keyboard.press('Escape');
			return { activationMs: ms };
		},
	},
];

/**
 * Clicks through the Explorer as a person would: each name but the last is a folder to
 * expand (unless it is), the last is the file to open. Rows are found by their label and
 * their place in the tree (a row of the level below, after its parent), so a `Kraftfile`
 * elsewhere in the tree is not taken. Waits for the file's editor tab.
 */
export async function openFromExplorer(page, names) {
	await page.keyboard.press('Control+Shift+E');
	// The tree draws only the rows in view: collapsed, the path from the top fits in it.
	const collapse = page.locator('.explorer-viewlet .action-label[aria-label="Collapse Folders in Explorer"]').first();
	if (await collapse.isVisible()) await collapse.click();
	// Back to the top of the tree: an earlier check may have left it scrolled past a root.
	await page.locator('.explorer-folders-view .monaco-list').first().focus();
	await page.keyboard.press('Home');
	for (let depth = 1; depth <= names.length; depth++) {
		const handle = await page.waitForFunction(findRow, names.slice(0, depth), { timeout: DEADLINE_MS });
		const id = await handle.jsonValue();
		const row = page.locator(`.explorer-folders-view .monaco-list-row[id="${id}"]`);
		if (depth === names.length || (await row.getAttribute('aria-expanded')) !== 'true') await row.click();
	}
	const file = names[names.length - 1];
	await page.locator('.tabs-container .tab.active').filter({ hasText: file }).first().waitFor({ state: 'visible', timeout: DEADLINE_MS });
}

/** In the page: the id of the Explorer row at `path` (labels from the root), or null. */
function findRow(path) {
	const rows = [...document.querySelectorAll('.explorer-folders-view .monaco-list-row')].sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
	let from = 0;
	let found = null;
	for (const [i, label] of path.entries()) {
		found = null;
		for (let j = from; j < rows.length; j++) {
			const level = Number(rows[j].getAttribute('aria-level'));
			if (level <= i && i > 0) break; // Left the parent's subtree.
			if (level === i + 1 && rows[j].getAttribute('aria-label') === label) {
				found = rows[j];
				from = j + 1;
				break;
			}
		}
		if (!found) return null;
	}
	return found.id;
}

/** Moves the mouse onto the middle of an element (the editor's view lines intercept `hover()`). */
export async function hoverOver(page, locator) {
	const box = await locator.boundingBox();
	assert.ok(box, 'the element has no box on screen');
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

/**
 * Points at `target` (at `x`: a fraction of its width, or pixels from its left when over 1)
 * until `hover` shows. The Build/Run lenses above targets arrive after the text and move
 * the lines down, so the place is read again each time.
 */
export async function hoverUntilShown(page, target, hover, x) {
	const started = Date.now();
	for (;;) {
		const box = await target.boundingBox();
		assert.ok(box, 'the element has no box on screen');
		await page.mouse.move(box.x + (x > 1 ? x : box.width * x), box.y + box.height / 2);
		if (await hover.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false)) return;
		assert.ok(Date.now() - started < DEADLINE_MS, 'no hover within the deadline');
		await page.mouse.move(0, 0);
	}
}

/**
 * Counts the toasts of the missing-kraft message as they appear (each new toast element
 * once), from the moment the workbench is up: VS Code replaces an identical notification
 * instead of listing it twice, so only the toasts tell how often it was shown.
 */
export async function watchKraftToasts(page) {
	await page.evaluate(() => {
		const seen = new Set();
		globalThis.__kraftMissingToasts = seen;
		new MutationObserver(() => {
			for (const toast of document.querySelectorAll('.notification-toast')) if (toast.textContent?.includes('/nonexistent/kraft')) seen.add(toast);
		}).observe(document.body, { childList: true, subtree: true, characterData: true });
	});
}

/** Runs a command from the Command Palette by its title. */
export async function runCommand(page, title) {
	await page.keyboard.press('F1');
	const input = page.locator('.quick-input-widget input');
	await input.waitFor({ state: 'visible', timeout: DEADLINE_MS });
	await input.fill(`>${title}`);
	const item = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first();
	await item.waitFor({ state: 'visible', timeout: DEADLINE_MS });
	await item.click();
}

/**
 * Opens Developer: Show Running Extensions and focuses this extension's row, which it
 * returns. The list is sorted by activation time and draws only what fits: walk down it
 * with the keyboard until the row has the focus (and so is in view).
 */
export async function focusRunningExtension(page) {
	await runCommand(page, 'Developer: Show Running Extensions');
	const rows = page.locator('.monaco-list-row:has(.extension .activation-time)');
	const name = page.locator('.name:text-is("Kraftfile for Unikraft")');
	const row = page.locator('.monaco-list-row.focused').filter({ has: name });
	await rows.first().waitFor({ state: 'visible', timeout: DEADLINE_MS });
	await rows.first().click();
	await page.keyboard.press('Home');
	for (let step = 0; (await row.count()) === 0; step++) {
		assert.ok(step < 50, 'Kraftfile for Unikraft is not among the running extensions');
		await page.keyboard.press('ArrowDown');
	}
	return row;
}
