// SPDX-License-Identifier: Apache-2.0
// Everything the extension registers, the same on the desktop (Node extension host) and on
// the web (vscode.dev, github.dev, a browser's web worker extension host). What differs is
// what the entry can learn about the machine, so the entry passes it in: extension.ts
// (Node) the host facts and the README it found on disk, web/extension.ts neither host
// facts nor any Node API. This file and what it imports must stay free of Node modules
// (test/unit/bundle-safety.test.ts reads the browser bundle).
import * as vscode from 'vscode';
import type { HostFacts } from '../core';
import type { KraftProbe } from '../node/kraft-probe';
import type { SpawnLines } from '../node/spawn-lines';
import { AnalysisCache } from './analysis-cache';
import { registerCodeActions } from './code-actions';
import { registerCompletion } from './completion';
import { registerDiagnostics } from './diagnostics';
import { registerHover } from './hover';
import { registerDocumentLinks } from './links';
import { registerOutline } from './outline';
import { KconfigIndexLoader } from './kconfig-index';
import { KraftService } from './kraft';
import { KraftProblems } from './kraft-build-terminal';
import { registerKraftCodeLens } from './kraft-codelens';
import { registerKraftDebug } from './kraft-debug';
import { registerKraftTasks } from './kraft-tasks';
import { registerStatusBar } from './status-bar';
import { registerSupportView } from './support-view';
import { WorkspaceFactsCache } from './workspace-facts';

export interface EntryFacts {
	/** The machine `kraft run` would use; absent on the web, where nothing about it is known (no host hints, no host status item). */
	readonly host?: HostFacts;
	/** The README shipped with the extension, where each diagnostic code's link points. */
	readonly readme: vscode.Uri;
	/**
	 * Runs `<command> version` (the desktop entry's src/node/kraft-probe.ts). Absent on the
	 * web: nothing is ever run there, so no kraft task or Build/Run lens is offered.
	 */
	readonly probeKraft?: (command: string) => Promise<KraftProbe>;
	/** Starts a task's program with an argument list (src/node/spawn-lines.ts); desktop only, like `probeKraft`. */
	readonly spawn?: SpawnLines;
}

export function activateWith(context: vscode.ExtensionContext, facts: EntryFacts): void {
	const { host, readme } = facts;
	// The files around each Kraftfile, through vscode.workspace.fs: the same on the desktop and the web.
	const workspace = new WorkspaceFactsCache();
	const kconfigIndex = new KconfigIndexLoader(context.extensionUri);
	const cache = new AnalysisCache(workspace, host, kconfigIndex);
	context.subscriptions.push(workspace, kconfigIndex, cache, registerDiagnostics(readme, cache));
	// kraft tasks and lenses: only with a way to run kraft, and then only in a trusted workspace (KraftService.allowed).
	const kraft = facts.probeKraft ? new KraftService(facts.probeKraft) : undefined;
	context.subscriptions.push(registerHover(cache, vscode.Uri.joinPath(context.extensionUri, 'media'), () => kraft?.known?.version), registerCompletion(cache));
	context.subscriptions.push(registerSupportView(context.extensionUri, cache, host ?? {}));
	if (host) context.subscriptions.push(registerStatusBar(host));
	context.subscriptions.push(registerCodeActions(cache), registerOutline(cache));
	context.subscriptions.push(registerDocumentLinks(cache));
	if (kraft) {
		const problems = new KraftProblems();
		context.subscriptions.push(kraft, problems, registerKraftTasks(kraft, host, facts.spawn, problems), registerKraftCodeLens(cache, kraft, host, facts.spawn, problems), registerKraftDebug(cache, host));
	}
}
