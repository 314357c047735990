// SPDX-License-Identifier: Apache-2.0
// Build and Run (or Deploy) above each target and on `runtime`, running the matching `kraft`
// task (src/vscode/kraft-tasks.ts). Only where kraft may run (trusted, desktop) and is
// found; `kraftfile.codeLens.enabled: false` turns them off. The commands
// `kraftfile.kraftBuild` / `kraftfile.kraftRun` also work from the palette on the active Kraftfile.
import * as vscode from 'vscode';
import { kraftCommands, type HostFacts, type KraftCommands } from '../core';
import type { AnalysisCache } from './analysis-cache';
import type { SpawnLines } from '../node/spawn-lines';
import type { FoundKraft, KraftService } from './kraft';
import type { KraftProblems } from './kraft-build-terminal';
import { kraftTask, runnables } from './kraft-tasks';
import { isKraftfile, KRAFTFILE_SELECTOR } from './selector';

export const KRAFT_BUILD_COMMAND = 'kraftfile.kraftBuild';
export const KRAFT_RUN_COMMAND = 'kraftfile.kraftRun';

function codeLensSetting(document: vscode.TextDocument): boolean {
	return vscode.workspace.getConfiguration('kraftfile', document.uri).get<boolean>('codeLens.enabled', true) !== false;
}

export function registerKraftCodeLens(cache: AnalysisCache, kraft: KraftService, host: HostFacts | undefined, spawn: SpawnLines | undefined, problems: KraftProblems): vscode.Disposable {
	const commandsOf = (document: vscode.TextDocument, found: FoundKraft): KraftCommands => kraftCommands(cache.get(document), host, found.version);

	const provider: vscode.CodeLensProvider = {
		onDidChangeCodeLenses: kraft.onDidChange,
		async provideCodeLenses(document) {
			if (!isKraftfile(document) || document.uri.scheme !== 'file' || !codeLensSetting(document)) return [];
			const found = await kraft.find();
			if (!found || document.isClosed) return [];
			const commands = commandsOf(document, found);
			const lenses: vscode.CodeLens[] = [];
			const add = (span: { start: number }, label: string, build: { display: string }, run: { display: string; kind: 'run' | 'deploy'; emulated: boolean }) => {
				const at = document.positionAt(span.start);
				const range = new vscode.Range(at, at);
				const args = [document.uri, label];
				lenses.push(new vscode.CodeLens(range, { title: '$(tools) Build', tooltip: build.display, command: KRAFT_BUILD_COMMAND, arguments: args }));
				const runTitle = run.kind === 'deploy' ? '$(cloud-upload) Deploy' : run.emulated ? '$(play) Run (emulated)' : '$(play) Run';
				lenses.push(new vscode.CodeLens(range, { title: runTitle, tooltip: run.display, command: KRAFT_RUN_COMMAND, arguments: args }));
			};
			for (const t of commands.targets) add(t.span, t.label, t.build, t.run);
			const rt = commands.runtime;
			if (rt) add(rt.span, rt.target !== undefined ? commands.targets.find((t) => t.index === rt.target)!.label : 'default', rt.build, rt.run);
			return lenses;
		},
	};

	const runFor = (kind: 'build' | 'run') => async (uri?: vscode.Uri, label?: string) => {
		const found = await kraft.find();
		if (!found) {
			if (!kraft.allowed) void vscode.window.showInformationMessage('Kraftfile: kraft runs only in a trusted workspace, on the desktop.');
			return;
		}
		const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
		if (!document || !isKraftfile(document)) {
			void vscode.window.showInformationMessage('Kraftfile: open a Kraftfile to build or run it.');
			return;
		}
		const folder = vscode.workspace.getWorkspaceFolder(document.uri);
		if (!folder || document.uri.scheme !== 'file') {
			void vscode.window.showInformationMessage('Kraftfile: kraft runs Kraftfiles of a workspace folder on this machine only.');
			return;
		}
		const all = runnables(commandsOf(document, found));
		let target = label !== undefined ? all.find((t) => t.label === label) : all.length === 1 ? all[0] : undefined;
		if (!target && label === undefined && all.length > 1) {
			const pick = await vscode.window.showQuickPick(all.map((t) => ({ label: t.label, description: (kind === 'build' ? t.build : t.run).display })), { placeHolder: `Target to ${kind}` });
			target = pick && all.find((t) => t.label === pick.label);
		}
		if (!target) return;
		const invocation = kind === 'build' ? target.build : target.run;
		await vscode.tasks.executeTask(kraftTask({ found, host, problems, ...(spawn ? { spawn } : {}) }, folder, document.uri, target.label, kind === 'build' ? 'build' : target.run.kind, invocation));
	};

	return vscode.Disposable.from(
		vscode.languages.registerCodeLensProvider(KRAFTFILE_SELECTOR, provider),
		vscode.commands.registerCommand(KRAFT_BUILD_COMMAND, runFor('build')),
		vscode.commands.registerCommand(KRAFT_RUN_COMMAND, runFor('run')),
	);
}
