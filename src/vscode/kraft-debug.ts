// SPDX-License-Identifier: Apache-2.0
// Debugging on QEMU with GDB: the command `kraftfile.addGdbConfiguration` writes a launch
// configuration (src/core/qemu-debug.ts) into the folder's launch.json, where the user asks
// for it: from the palette, or from the `debug-build` hint's light bulb. The configuration
// waits for the task "QEMU waiting for GDB" (src/vscode/kraft-tasks.ts) and attaches with
// the C/C++ extension's `cppdbg`; without that extension the steps by hand are shown.
import * as vscode from 'vscode';
import { gdbLaunchConfiguration, kraftCommands, qemuDebugSetup, qemuDebugSetups, qemuTaskName, type Analysis, type HostFacts, type QemuDebugSetup } from '../core';
import type { AnalysisCache } from './analysis-cache';
import { whereOf } from './kraft-tasks';
import { isKraftfile, KRAFTFILE_SELECTOR } from './selector';

export const ADD_GDB_CONFIGURATION = 'kraftfile.addGdbConfiguration';
const CPPTOOLS = 'ms-vscode.cpptools';

/** The QEMU targets of a Kraftfile that GDB can debug, by target index (no kraft version: the setups do not depend on it). */
function debuggableTargets(analysis: Analysis, host: HostFacts | undefined): { readonly index: number; readonly setup: QemuDebugSetup }[] {
	return qemuDebugSetups(analysis, kraftCommands(analysis, host, undefined), host);
}

/** How the configuration names the Kraftfile's folder: `${workspaceFolder}` (or `${workspaceFolder:name}` in a multi-root workspace) and the path below it. */
function folderVariable(folder: vscode.WorkspaceFolder, relative: string): string {
	const root = (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? `\${workspaceFolder:${folder.name}}` : '${workspaceFolder}';
	const dir = relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : '';
	return dir ? `${root}/${dir}` : root;
}

function stepsDocument(setup: QemuDebugSetup): string {
	return [`# Debugging ${setup.label} on QEMU with GDB`, '', ...setup.steps.map((s, i) => `${i + 1}. ${s}`), ''].join('\n');
}

export function registerKraftDebug(cache: AnalysisCache, host: HostFacts | undefined): vscode.Disposable {
	const command = vscode.commands.registerCommand(ADD_GDB_CONFIGURATION, async (uri?: vscode.Uri, index?: number) => {
		const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
		if (!document || !isKraftfile(document)) {
			void vscode.window.showInformationMessage('Kraftfile: open a Kraftfile to debug one of its QEMU targets.');
			return;
		}
		const folder = vscode.workspace.getWorkspaceFolder(document.uri);
		if (!folder) {
			void vscode.window.showInformationMessage('Kraftfile: a launch configuration needs the Kraftfile to be in a workspace folder.');
			return;
		}
		const analysis = cache.get(document);
		const all = debuggableTargets(analysis, host);
		let chosen = index !== undefined ? all.find((t) => t.index === index) : all.length === 1 ? all[0] : undefined;
		if (!chosen && index !== undefined) {
			const r = qemuDebugSetup(analysis, index, host, undefined);
			if (!r.ok) {
				void vscode.window.showInformationMessage(`Kraftfile: cannot debug this target with GDB: ${r.reason}.`);
				return;
			}
		}
		if (!chosen && all.length === 0) {
			void vscode.window.showInformationMessage('Kraftfile: this Kraftfile has no QEMU target (x86_64 or arm64, with a name) to debug with GDB.');
			return;
		}
		if (!chosen) {
			const pick = await vscode.window.showQuickPick(
				all.map((t) => ({ label: t.setup.label, description: t.setup.symbols, index: t.index })),
				{ placeHolder: 'Target to debug on QEMU with GDB' },
			);
			chosen = pick && all.find((t) => t.index === pick.index);
			if (!chosen) return;
		}
		const relative = vscode.workspace.asRelativePath(document.uri, false);
		const config = gdbLaunchConfiguration(chosen.setup, folderVariable(folder, relative), `kraft: ${qemuTaskName(chosen.setup, whereOf(relative))}`);
		const launch = vscode.workspace.getConfiguration('launch', folder.uri);
		const existing = (launch.get<unknown[]>('configurations') ?? []).filter((c) => !(typeof c === 'object' && c !== null && (c as { name?: unknown }).name === config.name));
		await launch.update('configurations', [...existing, config], vscode.ConfigurationTarget.WorkspaceFolder);
		const hasDebugger = vscode.extensions.getExtension(CPPTOOLS) !== undefined;
		const note = hasDebugger ? 'Start it from Run and Debug.' : `It needs the C/C++ extension (${CPPTOOLS}) and GDB; the steps by hand work without them.`;
		const setup = chosen.setup;
		// Not awaited: the command is done once the configuration is written.
		void vscode.window.showInformationMessage(`Kraftfile: added "${config.name}" to launch.json. ${note}`, 'Open launch.json', 'Show Steps').then(async (choice) => {
			if (choice === 'Open launch.json') await vscode.window.showTextDocument(vscode.Uri.joinPath(folder.uri, '.vscode', 'launch.json'));
			else if (choice === 'Show Steps') await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown', content: stepsDocument(setup) }));
		});
		return config;
	});

	// The light bulb of the `debug-build` hint: debugging on QEMU, where a target can be.
	const actions = vscode.languages.registerCodeActionsProvider(
		KRAFTFILE_SELECTOR,
		{
			provideCodeActions(document, _range, context) {
				const hints = context.diagnostics.filter((d) => d.code !== undefined && (typeof d.code === 'object' ? d.code.value : d.code) === 'debug-build');
				if (hints.length === 0) return [];
				const targets = debuggableTargets(cache.get(document), host);
				return targets.map((t) => {
					const action = new vscode.CodeAction(`Debug ${t.setup.label} on QEMU with GDB (add a launch configuration)`, vscode.CodeActionKind.QuickFix);
					action.command = { title: action.title, command: ADD_GDB_CONFIGURATION, arguments: [document.uri, t.index] };
					action.diagnostics = hints;
					return action;
				});
			},
		},
		{ providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
	);
	return vscode.Disposable.from(command, actions);
}
