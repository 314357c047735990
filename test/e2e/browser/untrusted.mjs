// SPDX-License-Identifier: Apache-2.0
// Untrusted-workspace checks (issue 16): the same .vsix in a code-server started with
// workspace trust on and no startup prompt, so `main/` opens in Restricted Mode. The
// stand-in kraft is first on PATH (its log is `kraft-calls-untrusted.log`). The Kraftfile
// is still checked (a squiggle), but kraft is never called and no Build/Run lens appears;
// once the user trusts the folder, the lenses appear and `kraft version` is asked.
// scripts/e2e/run.mjs starts the instance after the other checks and runs these on its page.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { openFromExplorer, runCommand } from './checks.mjs';

const DEADLINE_MS = 15_000;
/** How long the untrusted page gets to show a lens it must not show (a negative cannot be waited for otherwise). */
const NO_LENS_MS = 4_000;
export const UNTRUSTED_SETTINGS = {
	'security.workspace.trust.enabled': true,
	'security.workspace.trust.startupPrompt': 'never',
	'security.workspace.trust.banner': 'never',
	'kraftfile.hostHints': false,
};

const lens = (page) => page.locator('.monaco-editor .codelens-decoration a').filter({ hasText: /Build|Run|Deploy/ });

export const UNTRUSTED_CHECKS = [
	{
		name: 'untrusted workspace: checked, but kraft is never called and no Build/Run lens appears; trusting it brings them',
		async run(page, ctx) {
			await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: 60_000 });
			await openFromExplorer(page, ['kraft', 'Kraftfile']);
			// The alias `kvm` gets its note: the extension is active and checking.
			await page.locator('.monaco-editor [class*="squiggly-"]').first().waitFor({ state: 'attached', timeout: 30_000 });
			const shown = await lens(page).first().waitFor({ state: 'visible', timeout: NO_LENS_MS }).then(() => true, () => false);
			assert.equal(shown, false, 'a Build/Run lens in an untrusted workspace');
			assert.equal(existsSync(ctx.kraftLog), false, `kraft was called: ${existsSync(ctx.kraftLog) ? readFileSync(ctx.kraftLog, 'utf8') : ''}`);
			// The control: trust the folder, and the lenses come (onDidGrantWorkspaceTrust), kraft asked once for its version.
			await runCommand(page, 'Workspaces: Manage Workspace Trust');
			const editor = page.locator('.workspace-trust-editor').first();
			await editor.waitFor({ state: 'visible', timeout: DEADLINE_MS });
			// The proof that the checks above ran untrusted: the editor's title, before the click.
			await editor.getByText('You are in Restricted Mode').first().waitFor({ state: 'visible', timeout: DEADLINE_MS });
			const trust = page.locator('.workspace-trust-editor .monaco-button').filter({ hasText: /^Trust$/ }).first();
			await trust.waitFor({ state: 'visible', timeout: DEADLINE_MS });
			await trust.click();
			await editor.getByText('You trust this folder').first().waitFor({ state: 'visible', timeout: DEADLINE_MS });
			// The trust editor opens as a modal over the Kraftfile: close it, the Kraftfile is under it.
			await page.keyboard.press('Escape');
			await lens(page).first().waitFor({ state: 'visible', timeout: 30_000 });
			const titles = (await lens(page).allInnerTexts()).map((t) => t.trim());
			assert.ok(titles.includes('Build') && titles.some((t) => t.startsWith('Run')), titles.join(' | '));
			assert.equal(readFileSync(ctx.kraftLog, 'utf8').split('\n')[0], 'version');
		},
	},
];
