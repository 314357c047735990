// SPDX-License-Identifier: Apache-2.0
// Tasks of type `kraft`: for each Kraftfile in the workspace, a build and a run (or deploy)
// task per target, from the core's argument lists (src/core/kraft-commands.ts), and for a
// QEMU target the debugging tasks (src/core/qemu-debug.ts): `kraft run --symbolic` and QEMU
// waiting for GDB (no `kraft build --dbg`: every build writes the `.dbg` image, and kraftkit
// f02a5331 reads the flag nowhere in the build). No shell ever reads workspace text:
// a run is a ProcessExecution with an argument list; a build runs kraft the same way but
// through src/vscode/kraft-build-terminal.ts, which reads kraft's JSON log to put kraft's own
// errors on Kraftfile lines, and prints the compiler's messages for the `kraft-gcc` problem
// matcher. None in an untrusted workspace, on the web, or without kraft.
import * as vscode from 'vscode';
import { analyze, kraftCommands, qemuDebugSetups, qemuTaskName, type Analysis, type HostFacts, type KraftCommands, type KraftInvocation, type KraftTargetCommands, type QemuDebugSetup } from '../core';
import type { SpawnLines } from '../node/spawn-lines';
import type { FoundKraft, KraftService } from './kraft';
import { buildTerminal, qemuTerminal, type KraftProblems } from './kraft-build-terminal';

export const KRAFT_TASK_TYPE = 'kraft';
/** The names kraft looks for (the language's file names, package.json). */
export const KRAFTFILE_GLOB = '**/{Kraftfile,kraft.yaml,kraft.yml,Kraftfile.yaml,Kraftfile.yml}';
const EXCLUDE_GLOB = '**/{node_modules,.git,.unikraft}/**';
const MAX_FILES = 200;
const MAX_BYTES = 1024 * 1024;
/** package.json `problemMatchers`: compiler messages in the build output, and QEMU's start. */
export const COMPILER_MATCHER = '$kraft-gcc';
export const QEMU_GDB_MATCHER = '$kraft-qemu-gdb';

export type KraftTaskCommand = 'build' | 'run' | 'deploy' | 'run-symbolic' | 'qemu-gdb';

export interface KraftTaskDefinition extends vscode.TaskDefinition {
	readonly type: 'kraft';
	readonly command: KraftTaskCommand;
	/** The Kraftfile, relative to its workspace folder. */
	readonly kraftfile: string;
	/** The target as the task list names it: `qemu/x86_64`, or `name (qemu/x86_64)`. */
	readonly target: string;
}

/** What a task needs to run: kraft, a way to start a program (the desktop), and where kraft's errors go. */
export interface KraftTaskContext {
	readonly found: FoundKraft;
	readonly spawn?: SpawnLines;
	readonly problems: KraftProblems;
	readonly host: HostFacts | undefined;
}

/** ` (app)` for a Kraftfile in a subfolder `app` of its workspace folder (the task names' suffix). */
export function whereOf(relative: string): string {
	return relative.includes('/') ? ` (${relative.slice(0, relative.lastIndexOf('/'))})` : '';
}

const TASK_VERB: Record<KraftTaskCommand, string> = { build: 'build', run: 'run', deploy: 'deploy', 'run-symbolic': 'run --symbolic', 'qemu-gdb': 'QEMU waiting for GDB' };

/** A task's definition for target `target` of the Kraftfile `file`, the folder it runs in, and its name's suffix. */
function taskPlace(file: vscode.Uri, command: KraftTaskCommand, target: string): { definition: KraftTaskDefinition; cwd: string; where: string } {
	const relative = vscode.workspace.asRelativePath(file, false);
	return { definition: { type: KRAFT_TASK_TYPE, command, kraftfile: relative, target }, cwd: vscode.Uri.joinPath(file, '..').fsPath, where: whereOf(relative) };
}

/** The task that runs `invocation` for the target `label` of the Kraftfile at `file`. */
export function kraftTask(ctx: KraftTaskContext, folder: vscode.WorkspaceFolder, file: vscode.Uri, label: string, command: Exclude<KraftTaskCommand, 'qemu-gdb'>, invocation: KraftInvocation): vscode.Task {
	const { definition, cwd, where } = taskPlace(file, command, label);
	const building = command === 'build';
	const execution =
		building && ctx.spawn
			? new vscode.CustomExecution(async () => buildTerminal({ launch: ctx.spawn!, command: ctx.found.command, invocation, cwd, kraftfile: file, problems: ctx.problems }))
			: new vscode.ProcessExecution(ctx.found.command, [...invocation.args], { cwd, env: { ...invocation.env } });
	const task = new vscode.Task(definition, folder, `${TASK_VERB[command]} ${label}${where}`, KRAFT_TASK_TYPE, execution, building ? [COMPILER_MATCHER] : []);
	task.detail = invocation.display;
	if (building) task.group = vscode.TaskGroup.Build;
	return task;
}

/** QEMU started paused with its GDB stub, for target `setup` (a background task a launch configuration waits for). */
export function qemuGdbTask(ctx: KraftTaskContext, folder: vscode.WorkspaceFolder, file: vscode.Uri, setup: QemuDebugSetup): vscode.Task | undefined {
	if (!ctx.spawn) return undefined;
	const { definition, cwd, where } = taskPlace(file, 'qemu-gdb', setup.label);
	const spawn = ctx.spawn;
	const execution = new vscode.CustomExecution(async () => qemuTerminal({ launch: spawn, setup, cwd }));
	const task = new vscode.Task(definition, folder, qemuTaskName(setup, where), KRAFT_TASK_TYPE, execution, [QEMU_GDB_MATCHER]);
	task.detail = [setup.qemu.command, ...setup.qemu.args].join(' ');
	task.isBackground = true;
	return task;
}

/** A Kraftfile's text: the open document's, or the file's (bounded read; `undefined` for a file that cannot be read). */
export async function kraftfileText(file: vscode.Uri, document?: vscode.TextDocument): Promise<string | undefined> {
	if (document) return document.getText();
	try {
		const stat = await vscode.workspace.fs.stat(file);
		if (stat.size > MAX_BYTES || (stat.type & vscode.FileType.File) === 0) return undefined;
		return new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
	} catch {
		return undefined;
	}
}

/** The targets' commands of a Kraftfile, with the analysis they were made from. */
export async function commandsOfFile(file: vscode.Uri, host: HostFacts | undefined, kraft: FoundKraft, document?: vscode.TextDocument): Promise<{ commands: KraftCommands; analysis: Analysis } | undefined> {
	const text = await kraftfileText(file, document);
	if (text === undefined) return undefined;
	const analysis = analyze(text, {});
	return { commands: kraftCommands(analysis, host, kraft.version), analysis };
}

/** What can be run for a Kraftfile: each target, or, with none but a `runtime`, kraft's default (label `default`). */
export function runnables(commands: KraftCommands): readonly Pick<KraftTargetCommands, 'label' | 'build' | 'run'>[] {
	if (commands.targets.length > 0 || !commands.runtime) return commands.targets;
	return [{ label: 'default', build: commands.runtime.build, run: commands.runtime.run }];
}

function tasksOf(ctx: KraftTaskContext, folder: vscode.WorkspaceFolder, file: vscode.Uri, commands: KraftCommands, analysis: Analysis): vscode.Task[] {
	const tasks: vscode.Task[] = [];
	for (const t of runnables(commands)) {
		tasks.push(kraftTask(ctx, folder, file, t.label, 'build', t.build));
		tasks.push(kraftTask(ctx, folder, file, t.label, t.run.kind, t.run));
	}
	for (const { setup } of qemuDebugSetups(analysis, commands, ctx.host)) {
		tasks.push(kraftTask(ctx, folder, file, setup.label, 'run-symbolic', setup.runSymbolic));
		const qemu = qemuGdbTask(ctx, folder, file, setup);
		if (qemu) tasks.push(qemu);
	}
	return tasks;
}

/** The task `def` names, made again from the Kraftfile as it is now (`undefined` when it no longer has that target). */
function taskFor(ctx: KraftTaskContext, folder: vscode.WorkspaceFolder, file: vscode.Uri, def: Partial<KraftTaskDefinition>, commands: KraftCommands, analysis: Analysis): vscode.Task | undefined {
	if (def.command === 'run-symbolic' || def.command === 'qemu-gdb') {
		const setup = qemuDebugSetups(analysis, commands, ctx.host).find((x) => x.setup.label === def.target)?.setup;
		if (!setup) return undefined;
		if (def.command === 'qemu-gdb') return qemuGdbTask(ctx, folder, file, setup);
		return kraftTask(ctx, folder, file, setup.label, def.command, setup.runSymbolic);
	}
	const t = runnables(commands).find((x) => x.label === def.target);
	if (!t || !def.command) return undefined;
	const invocation = def.command === 'build' ? t.build : def.command === t.run.kind ? t.run : undefined;
	return invocation ? kraftTask(ctx, folder, file, t.label, def.command, invocation) : undefined;
}

export function registerKraftTasks(kraft: KraftService, host: HostFacts | undefined, spawn: SpawnLines | undefined, problems: KraftProblems): vscode.Disposable {
	const openDocument = (file: vscode.Uri) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.toString());
	const context = (found: FoundKraft): KraftTaskContext => ({ found, problems, host, ...(spawn ? { spawn } : {}) });
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
				const read = await commandsOfFile(file, host, found, openDocument(file));
				if (read) tasks.push(...tasksOf(context(found), folder, file, read.commands, read.analysis));
			}
			return tasks;
		},
		async resolveTask(task) {
			const found = await kraft.find();
			const def = task.definition as Partial<KraftTaskDefinition>;
			if (!found || typeof def.kraftfile !== 'string' || typeof def.target !== 'string' || typeof task.scope !== 'object') return undefined;
			const folder = task.scope;
			const file = vscode.Uri.joinPath(folder.uri, def.kraftfile);
			const read = await commandsOfFile(file, host, found, openDocument(file));
			const made = read && taskFor(context(found), folder, file, def, read.commands, read.analysis);
			if (!made) return undefined;
			// The definition must be the one given, or VS Code does not match it.
			const resolved = new vscode.Task(task.definition, folder, task.name, KRAFT_TASK_TYPE, made.execution, made.problemMatchers);
			resolved.isBackground = made.isBackground;
			return resolved;
		},
	});
}
