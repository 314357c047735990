// SPDX-License-Identifier: Apache-2.0
// kraft from the editor (issue 16): the `kraft` tasks and the Build/Run lenses of
// main/kraft/Kraftfile, run against the stand-in kraft that scripts/e2e/code-server.mjs puts
// first on PATH (test/e2e/kraft-standin/kraft: it records each call in $KRAFT_STANDIN_LOG
// and prints a stored `kraft version`). The host facts say KVM is usable
// (KRAFTFILE_HOST_FACTS=kvm=true), so the target of the other architecture runs emulated.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { suite, test } from './framework';
import { DEADLINE_MS, fixture } from './helpers';

const FILE = 'main/kraft/Kraftfile';
const HOST_ARCH = process.arch === 'arm64' ? 'arm64' : 'x86_64';
const OTHER_ARCH = HOST_ARCH === 'arm64' ? 'x86_64' : 'arm64';
// The fixture names qemu/x86_64 and kvm/arm64 (an alias, which the commands never repeat).
const NATIVE = `qemu/${HOST_ARCH}`;
const FOREIGN = `qemu/${OTHER_ARCH}`;

interface Call {
	readonly args: string[];
	readonly cwd: string;
	readonly noPrompt: string;
}

function calls(): Call[] {
	const log = process.env.KRAFT_STANDIN_LOG;
	assert.ok(log, 'KRAFT_STANDIN_LOG is not set in the extension host: scripts/e2e/code-server.mjs kraftStandInEnv');
	if (!existsSync(log)) return [];
	const out: Call[] = [];
	let args: string[] = [];
	for (const line of readFileSync(log, 'utf8').split('\n')) {
		const end = /^--end-- cwd=(.*) no_prompt=(.*)$/.exec(line);
		if (end) {
			out.push({ args, cwd: end[1]!, noPrompt: end[2]! });
			args = [];
		} else if (line !== '') args.push(line);
	}
	return out;
}

async function kraftTasksOfFixture(): Promise<vscode.Task[]> {
	const tasks = await vscode.tasks.fetchTasks({ type: 'kraft' });
	return tasks.filter((t) => t.definition.kraftfile === 'kraft/Kraftfile' && (t.scope as vscode.WorkspaceFolder | undefined)?.name === 'main');
}

/** Runs `start()` and resolves with the new stand-in call once a task process of that name ended. */
function runAndRecord(name: string, start: () => Thenable<unknown>): Promise<Call> {
	const before = calls().length;
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			sub.dispose();
			reject(new Error(`task "${name}" did not end within ${DEADLINE_MS} ms`));
		}, DEADLINE_MS);
		const sub = vscode.tasks.onDidEndTaskProcess((e) => {
			if (e.execution.task.name !== name) return;
			sub.dispose();
			clearTimeout(timer);
			const now = calls();
			if (e.exitCode !== 0) reject(new Error(`task "${name}" exited with ${e.exitCode}`));
			else if (now.length !== before + 1) reject(new Error(`expected one new kraft call, got ${now.length - before}: ${JSON.stringify(now.slice(before))}`));
			else resolve(now[now.length - 1]!);
		});
		start().then(undefined, (e: unknown) => {
			sub.dispose();
			clearTimeout(timer);
			reject(e instanceof Error ? e : new Error(String(e)));
		});
	});
}

async function lenses(uri: vscode.Uri, document: vscode.TextDocument): Promise<string[]> {
	const found = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
	return found
		.filter((l) => l.command?.command.startsWith('kraftfile.'))
		.map((l) => `${l.range.start.line}: ${l.command!.title} · ${l.command!.tooltip ?? ''} · ${document.lineAt(l.range.start.line).text.trim()}`)
		.sort();
}

const NP = '--no-prompt';

suite('kraft tasks', () => {
	test('kraft version was asked, through PATH, in the stand-in', async () => {
		await kraftTasksOfFixture();
		assert.ok(calls().some((c) => c.args.join(' ') === 'version'), JSON.stringify(calls()));
	});

	test('the task list: build and run (or deploy) per target, canonical names, -W where emulated', async () => {
		const tasks = await kraftTasksOfFixture();
		const folder = dirname(fixture(FILE).fsPath);
		const rows = tasks.map((t) => {
			const exec = t.execution as vscode.ProcessExecution;
			assert.ok(exec instanceof vscode.ProcessExecution, `${t.name}: not a process execution`);
			assert.equal(exec.process, 'kraft');
			assert.equal(exec.options?.cwd, folder);
			assert.equal(exec.options?.env?.KRAFTKIT_NO_PROMPT, 'true');
			return `${t.name} | ${exec.args.join(' ')}`;
		});
		assert.deepEqual(rows.sort(), [
			`build ${FOREIGN} (kraft) | build ${NP} --plat qemu --arch ${OTHER_ARCH}`,
			`build ${NATIVE} (kraft) | build ${NP} --plat qemu --arch ${HOST_ARCH}`,
			`build cloud (kraftcloud/x86_64) (kraft) | build ${NP} --plat kraftcloud --arch x86_64 --target cloud`,
			`deploy cloud (kraftcloud/x86_64) (kraft) | cloud deploy ${NP}`,
			`run ${FOREIGN} (kraft) | run ${NP} -W --plat qemu --arch ${OTHER_ARCH}`,
			`run ${NATIVE} (kraft) | run ${NP} --plat qemu --arch ${HOST_ARCH}`,
		].sort());
	});

	test('running a task passes exactly its arguments to kraft, in the Kraftfile folder', async () => {
		const task = (await kraftTasksOfFixture()).find((t) => t.name === `run ${FOREIGN} (kraft)`);
		assert.ok(task, 'no run task for the emulated target');
		const call = await runAndRecord(task.name, () => vscode.tasks.executeTask(task));
		assert.deepEqual(call, { args: ['run', NP, '-W', '--plat', 'qemu', '--arch', OTHER_ARCH], cwd: dirname(fixture(FILE).fsPath), noPrompt: 'true' });
	});

	test('the lenses: Build and Run above each target and on runtime; a lens runs its command', async () => {
		const uri = fixture(FILE);
		const document = await vscode.workspace.openTextDocument(uri);
		await vscode.window.showTextDocument(document);
		const native = `kraft run ${NP} --plat qemu --arch ${HOST_ARCH}`;
		const line = (n: number) => document.lineAt(n).text.trim();
		const at = (n: number, title: string, tooltip: string) => `${n}: ${title} · ${tooltip} · ${line(n)}`;
		const x86First = HOST_ARCH === 'x86_64';
		const expected = [
			// runtime: the first target's commands (qemu/x86_64).
			at(2, '$(tools) Build', `kraft build ${NP} --plat qemu --arch x86_64`),
			at(2, x86First ? '$(play) Run' : '$(play) Run (emulated)', x86First ? native : `kraft run ${NP} -W --plat qemu --arch x86_64`),
			at(4, '$(tools) Build', `kraft build ${NP} --plat qemu --arch x86_64`),
			at(4, x86First ? '$(play) Run' : '$(play) Run (emulated)', x86First ? native : `kraft run ${NP} -W --plat qemu --arch x86_64`),
			at(5, '$(tools) Build', `kraft build ${NP} --plat qemu --arch arm64`),
			at(5, x86First ? '$(play) Run (emulated)' : '$(play) Run', x86First ? `kraft run ${NP} -W --plat qemu --arch arm64` : native),
			at(6, '$(tools) Build', `kraft build ${NP} --plat kraftcloud --arch x86_64 --target cloud`),
			at(6, '$(cloud-upload) Deploy', `kraft cloud deploy ${NP}`),
		].sort();
		assert.deepEqual(await lenses(uri, document), expected);
		// The Build lens of the kraftcloud target, as a click runs it.
		const lens = ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? []).find((l) => l.range.start.line === 6 && l.command?.title.includes('Build'));
		assert.ok(lens?.command);
		const call = await runAndRecord('build cloud (kraftcloud/x86_64) (kraft)', () => vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? [])));
		assert.deepEqual(call.args, ['build', NP, '--plat', 'kraftcloud', '--arch', 'x86_64', '--target', 'cloud']);
	});

	test('kraftfile.codeLens.enabled: false hides the lenses, true brings them back', async () => {
		const uri = fixture(FILE);
		const document = await vscode.workspace.openTextDocument(uri);
		const config = vscode.workspace.getConfiguration('kraftfile', uri);
		await config.update('codeLens.enabled', false, vscode.ConfigurationTarget.WorkspaceFolder);
		try {
			assert.deepEqual(await lenses(uri, document), []);
		} finally {
			await config.update('codeLens.enabled', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
		}
		assert.equal((await lenses(uri, document)).length, 8);
	});
});
