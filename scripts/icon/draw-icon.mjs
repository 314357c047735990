#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
// Draws media/icon.png (128×128, what the Marketplace and VS Code's Extensions view show)
// from scripts/icon/icon.svg, with the Chromium the e2e tests use (Debian's /usr/bin/chromium,
// driven by playwright-core): `node scripts/icon/draw-icon.mjs`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, ROOT } from '../e2e/tools.mjs';

const svg = readFileSync(join(ROOT, 'scripts/icon/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'], headless: true });
try {
	const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
	await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
	const out = join(ROOT, 'media/icon.png');
	await page.locator('svg').screenshot({ path: out, omitBackground: true });
	console.log(out);
} finally {
	await browser.close();
}
