// SPDX-License-Identifier: Apache-2.0
// Tasks of type `kraft`: for each Kraftfile in the workspace, a build and a run (or deploy)
// task per target, from the core's argument lists (src/core/kraft-commands.ts). Each is a
// ProcessExecution of kraft with an argument list in the Kraftfile's folder: no shell ever
// reads workspace text. None in an untrusted workspace, on the web, or without kraft.
import * as vscode from 'vscode';
import { analyze, kraftCommands, type HostFacts, type KraftCommands, type KraftInvocation, type KraftTargetCommands } from '../core';
import type { FoundKraft, KraftService } from './kraft';

export const KRAFT_TASK_TYPE = 'kraft';
/** The names kraft looks for (the language's file names, package.json). */
export const KRAFTFILE_GLOB = '**/{Kraftfile,kraft.yaml,kraft.yml,Kraftfile.yaml,Kraftfile.yml}';
const EXCLUDE_GLOB = '**/{node_modules,.git,.unikraft}/**';
const MAX_FILES = 200;
const MAX_BYTES = 1024 * 1024;

export type KraftTaskCommand = 'build' | 'run' | 'deploy';

export interface KraftTaskDefinition extends vscode.TaskDefinition {
	readonly type: 'kraft';
	readonly command: KraftTaskCommand;
	/** The Kraftfile, relative to its workspace folder. */
	readonly kraftfile: string;
	/** The target as the task list names it: `qemu/x86_64`, or `name (qemu/x86_64)`. */
	readonly target: string;
}

/** The task that runs `invocation` for the target `t` of the Kraftfile at `file`. */
export function kraftTask(kraft: FoundKraft, folder: vscode.WorkspaceFolder, file: vscode.Uri, label: string, command: KraftTaskCommand, invocation: KraftInvocation): vscode.Task {
	const relative = vscode.workspace.asRelativePath(file, false);
	const definition: KraftTaskDefinition = { type: KRAFT_TASK_TYPE, command, kraftfile: relative, target: label };
	const dir = vscode.Uri.joinPath(file, '..');
	const where = relative.includes('/') ? ` (${relative.slice(0, relative.lastIndexOf('/'))})` : '';
	const execution = new vscode.ProcessExecution(kraft.command, [...invocation.args], { cwd: dir.fsPath, env: { ...invocation.env } });
	const task = new vscode.Task(definition, folder, `${command} ${label}${where}`, KRAFT_TASK_TYPE, execution, []);
	task.detail = invocation.display;
	if (command === 'build') task.group = vscode.TaskGroup.Build;
	return task;
}

/** The targets' commands of a Kraftfile on disk (bounded read; nothing for a file that cannot be read). */
export async function commandsOfFile(file: vscode.Uri, host: HostFacts | undefined, kraft: FoundKraft, document?: vscode.TextDocument): Promise<KraftCommands | undefined> {
	let text: string;
	if (document) text = document.getText();
	else {
		try {
			const stat = await vscode.workspace.fs.stat(file);
			if (stat.size > MAX_BYTES || (stat.type & vscode.FileType.File) === 0) return undefined;
			text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
		} catch {
			return undefined;
		}
	}
	return kraftCommands(analyze(text, {}), host, kraft.version);
}

/** What can be run for a Kraftfile: each target, or, with none but a `runtime`, kraft's default (label `default`). */
export function runnables(commands: KraftCommands): readonly Pick<KraftTargetCommands, 'label' | 'build' | 'run'>[] {
	if (commands.targets.length > 0 || !commands.runtime) return commands.targets;
	return [{ label: 'default', build: commands.runtime.build, run: commands.runtime.run }];
}

function tasksOf(kraft: FoundKraft, folder: vscode.WorkspaceFolder, file: vscode.Uri, commands: KraftCommands): vscode.Task[] {
	const tasks: vscode.Task[] = [];
	for (const t of runnables(commands)) {
		tasks.push(kraftTask(kraft, folder, file, t.label, 'build', t.build));
		tasks.push(kraftTask(kraft, folder, file, t.label, t.run.kind, t.run));
	}
	return tasks;
}

export function registerKraftTasks(kraft: KraftService, host: HostFacts | undefined): vscode.Disposable {
	const openDocument = (file: vscode.Uri) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.toString());
	return vscode.tasks.registerTaskProvider(KRAFT_TASK_TYPE, {
		async provideTasks(token) {
			const found = await kraft.find();
			if (!found) return [];
			const files = await vscode.workspace.findFiles(KRAFTFILE_GLOB, EXCLUDE_GLOB, MAX_FILES, token);
			files.sort((a, b) => a.toString().localeCompare(b.toString()));
			const tasks: vscode.Task[] = [];
			for (const file of files) {
				const folder = vscode.workspace.getWorkspaceFolder(file);
				if (!folder || file.scheme !== 'file') continue;
				const commands = await commandsOfFile(file, host, found, openDocument(file));
				if (commands) tasks.push(...tasksOf(found, folder, file, commands));
			}
			return tasks;
		},
		async resolveTask(task) {
			const found = await kraft.find();
			const def = task.definition as Partial<KraftTaskDefinition>;
			if (!found || typeof def.kraftfile !== 'string' || typeof def.target !== 'string' || typeof task.scope !== 'object') return undefined;
			const folder = task.scope;
			const file = vscode.Uri.joinPath(folder.uri, def.kraftfile);
			const commands = await commandsOfFile(file, host, found, openDocument(file));
			const t = commands && runnables(commands).find((x) => x.label === def.target);
			if (!t) return undefined;
			const invocation = def.command === 'build' ? t.build : def.command === t.run.kind ? t.run : undefined;
			if (!invocation || !def.command) return undefined;
			// The definition must be the one given, or VS Code does not match it.
			const resolved = kraftTask(found, folder, file, t.label, def.command, invocation);
			return new vscode.Task(task.definition, folder, task.name, KRAFT_TASK_TYPE, resolved.execution, []);
		},
	});
}
