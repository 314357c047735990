// SPDX-License-Identifier: Apache-2.0
// The desktop entry (Node extension host): learns the host facts and where the README is
// from the file system, then registers the same providers as the web entry (activate.ts),
// and the kraft tasks and lenses. The one process it may start is kraft (`kraft version`,
// and the tasks the user runs), and only in a trusted workspace (src/vscode/kraft.ts). It
// opens no network connection and evaluates nothing from the workspace.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { detectHost, hostFactsOverride } from '../node/detect-host';
import { probeKraft } from '../node/kraft-probe';
import { spawnLines } from '../node/spawn-lines';
import { activateWith } from './activate';

export function activate(context: vscode.ExtensionContext): void {
	// `vsce` ships the README as `readme.md`; a development checkout has `README.md`.
	const readme = vscode.Uri.joinPath(context.extensionUri, existsSync(join(context.extensionPath, 'readme.md')) ? 'readme.md' : 'README.md');
	// KRAFTFILE_HOST_FACTS (`arch=arm64,kvm=false,os=linux`) replaces what is detected: for
	// the e2e tests, and for a person who wants the hints of another machine.
	const host = { ...detectHost(), ...hostFactsOverride(process.env.KRAFTFILE_HOST_FACTS) };
	activateWith(context, { host, readme, probeKraft, spawn: spawnLines });
}

export function deactivate(): void {}
