// SPDX-License-Identifier: Apache-2.0
// kraft from the editor (issue 16): the `kraft` tasks and the Build/Run lenses of
// main/kraft/Kraftfile, run against the stand-in kraft that scripts/e2e/code-server.mjs puts
// first on PATH (test/e2e/kraft-standin/kraft: it records each call in $KRAFT_STANDIN_LOG
// and prints a stored `kraft version`). The host facts say KVM is usable
// (KRAFTFILE_HOST_FACTS=kvm=true), so the target of the other architecture runs emulated.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { suite, test } from './framework';
import { codeOf, DEADLINE_MS, fixture, waitForDiagnostics } from './helpers';

const FILE = 'main/kraft/Kraftfile';
// A build that fails: the stand-in prints test/fixtures/kraft/build-json-e2e.txt there (.kraft-standin-build).
const BROKEN = 'main/kraft-build/Kraftfile';
const HOST_ARCH = process.arch === 'arm64' ? 'arm64' : 'x86_64';
const OTHER_ARCH = HOST_ARCH === 'arm64' ? 'x86_64' : 'arm64';
// The fixture names qemu/x86_64 and kvm/arm64 (an alias, which the commands never repeat).
const NATIVE = `qemu/${HOST_ARCH}`;
const FOREIGN = `qemu/${OTHER_ARCH}`;

interface Call {
	readonly args: string[];
	readonly cwd: string;
	readonly noPrompt: string;
	readonly logType: string;
	readonly program: string;
}

function calls(): Call[] {
	const log = process.env.KRAFT_STANDIN_LOG;
	assert.ok(log, 'KRAFT_STANDIN_LOG is not set in the extension host: scripts/e2e/code-server.mjs kraftStandInEnv');
	if (!existsSync(log)) return [];
	const out: Call[] = [];
	let args: string[] = [];
	for (const line of readFileSync(log, 'utf8').split('\n')) {
		const end = /^--end-- cwd=(.*) no_prompt=(.*) log_type=(.*) program=(.*)$/.exec(line);
		if (end) {
			out.push({ args, cwd: end[1]!, noPrompt: end[2]!, logType: end[3]!, program: end[4]! });
			args = [];
		} else if (line !== '') args.push(line);
	}
	return out;
}

/** Every diagnostic of `uri`, whatever its source (`kraft`, `gcc`, `kraftfile`). */
const everySource = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri);

async function kraftTasksOfFixture(): Promise<vscode.Task[]> {
	const tasks = await vscode.tasks.fetchTasks({ type: 'kraft' });
	return tasks.filter((t) => t.definition.kraftfile === 'kraft/Kraftfile' && (t.scope as vscode.WorkspaceFolder | undefined)?.name === 'main');
}

/**
 * Runs `start()` and resolves with the new stand-in call once the task of that name ended
 * (a process task, or a custom execution such as the build). `failing`: the stand-in is
 * expected to fail (a build that prints errors).
 */
function runAndRecord(name: string, start: () => Thenable<unknown>, failing = false): Promise<Call> {
	const before = calls().length;
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			subs.forEach((s) => s.dispose());
			reject(new Error(`task "${name}" did not end within ${DEADLINE_MS} ms`));
		}, DEADLINE_MS);
		let exitCode: number | undefined;
		const subs = [
			vscode.tasks.onDidEndTaskProcess((e) => {
				if (e.execution.task.name === name) exitCode = e.exitCode;
			}),
			vscode.tasks.onDidEndTask((e) => {
				if (e.execution.task.name !== name) return;
				subs.forEach((s) => s.dispose());
				clearTimeout(timer);
				const now = calls();
				if (!failing && exitCode !== undefined && exitCode !== 0) reject(new Error(`task "${name}" exited with ${exitCode}`));
				else if (now.length !== before + 1) reject(new Error(`expected one new call, got ${now.length - before}: ${JSON.stringify(now.slice(before))}`));
				else resolve(now[now.length - 1]!);
			}),
		];
		start().then(undefined, (e: unknown) => {
			subs.forEach((s) => s.dispose());
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

	test('the task list: build and run (or deploy) per target, canonical names, -W where emulated; GDB tasks for QEMU', async () => {
		const tasks = await kraftTasksOfFixture();
		const folder = dirname(fixture(FILE).fsPath);
		const rows = tasks.map((t) => {
			const def = t.definition;
			if (def.command === 'build' || def.command === 'qemu-gdb') {
				// kraft build and QEMU run through the extension's terminal (kraft's JSON log, QEMU's start line).
				assert.ok(t.execution instanceof vscode.CustomExecution, `${t.name}: not a custom execution`);
				return `${t.name} | ${t.detail}`;
			}
			const exec = t.execution as vscode.ProcessExecution;
			assert.ok(exec instanceof vscode.ProcessExecution, `${t.name}: not a process execution`);
			assert.equal(exec.process, 'kraft');
			assert.equal(exec.options?.cwd, folder);
			assert.equal(exec.options?.env?.KRAFTKIT_NO_PROMPT, 'true');
			assert.equal(t.detail, `kraft ${exec.args.join(' ')}`);
			return `${t.name} | kraft ${exec.args.join(' ')}`;
		});
		const kernel = (arch: string) => `.unikraft/build/app_qemu-${arch}`;
		const qemu = (arch: string) =>
			arch === 'x86_64'
				? `qemu-system-x86_64 -s -S -nographic -m 64M ${HOST_ARCH === 'x86_64' ? '-enable-kvm -cpu host,+x2apic,-pmu' : '-cpu qemu64,+pdpe1gb,+rdrand,+rdseed,-vmx,-svm'} -kernel ${kernel(arch)}`
				: `qemu-system-aarch64 -s -S -nographic -m 64M -machine virt -cpu max -kernel ${kernel(arch)}`;
		assert.deepEqual(rows.sort(), [
			`build ${FOREIGN} (kraft) | kraft build ${NP} --plat qemu --arch ${OTHER_ARCH}`,
			`build ${NATIVE} (kraft) | kraft build ${NP} --plat qemu --arch ${HOST_ARCH}`,
			`build cloud (kraftcloud/x86_64) (kraft) | kraft build ${NP} --plat kraftcloud --arch x86_64 --target cloud`,
			`deploy cloud (kraftcloud/x86_64) (kraft) | kraft cloud deploy ${NP}`,
			`run ${FOREIGN} (kraft) | kraft run ${NP} -W --plat qemu --arch ${OTHER_ARCH}`,
			`run ${NATIVE} (kraft) | kraft run ${NP} --plat qemu --arch ${HOST_ARCH}`,
			`run --symbolic ${FOREIGN} (kraft) | kraft run ${NP} --symbolic -W --plat qemu --arch ${OTHER_ARCH}`,
			`run --symbolic ${NATIVE} (kraft) | kraft run ${NP} --symbolic --plat qemu --arch ${HOST_ARCH}`,
			`QEMU waiting for GDB ${FOREIGN} (kraft) | ${qemu(OTHER_ARCH)}`,
			`QEMU waiting for GDB ${NATIVE} (kraft) | ${qemu(HOST_ARCH)}`,
		].sort());
		const gdb = tasks.filter((t) => t.definition.command === 'qemu-gdb');
		assert.ok(gdb.every((t) => t.isBackground && t.problemMatchers.includes('$kraft-qemu-gdb')), 'the QEMU tasks are background tasks with the kraft-qemu-gdb matcher');
		assert.ok(tasks.filter((t) => t.definition.command === 'build').every((t) => t.problemMatchers.includes('$kraft-gcc')), 'builds use the kraft-gcc matcher');
	});

	test('running a task passes exactly its arguments to kraft, in the Kraftfile folder', async () => {
		const task = (await kraftTasksOfFixture()).find((t) => t.name === `run ${FOREIGN} (kraft)`);
		assert.ok(task, 'no run task for the emulated target');
		const call = await runAndRecord(task.name, () => vscode.tasks.executeTask(task));
		assert.deepEqual(call, { args: ['run', NP, '-W', '--plat', 'qemu', '--arch', OTHER_ARCH], cwd: dirname(fixture(FILE).fsPath), noPrompt: 'true', logType: '', program: 'kraft' });
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
		// The build reads kraft's JSON log (KRAFTKIT_LOG_TYPE), with prompts off.
		assert.deepEqual([call.logType, call.noPrompt, call.program], ['json', 'true', 'kraft']);
	});

	test('a target\'s platform hover ends with the commands of the kraft found here (the stand-in is 0.12.14)', async () => {
		await kraftTasksOfFixture();
		const uri = fixture(FILE);
		const document = await vscode.workspace.openTextDocument(uri);
		// Line 5: `  - kvm/arm64`, on the platform.
		const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(5, 5))) ?? [];
		const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
		const run = HOST_ARCH === 'arm64' ? `kraft run ${NP} --plat qemu --arch arm64` : `kraft run ${NP} -W --plat qemu --arch arm64`;
		assert.ok(text.includes(`**With kraft 0.12.14 here:** \`kraft build ${NP} --plat qemu --arch arm64\`, then \`${run}\`.`), `${document.lineAt(5).text}: ${text}`);
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
	test('a failed build: kraft’s error on the Kraftfile line it names, the compiler error on the source line', async () => {
		const uri = fixture(BROKEN);
		const source = fixture(BROKEN.replace('Kraftfile', 'main.c'));
		const task = (await vscode.tasks.fetchTasks({ type: 'kraft' })).find((t) => t.definition.kraftfile === 'kraft-build/Kraftfile' && t.definition.command === 'build');
		assert.ok(task, 'no build task for kraft-build/Kraftfile');
		const call = await runAndRecord(task.name, () => vscode.tasks.executeTask(task), true);
		assert.deepEqual([call.args[0], call.logType], ['build', 'json']);
		// kraft's `could not find: lib/nosuchlib:stable` on the library's key (line 5), source kraft.
		const onKraftfile = await waitForDiagnostics(uri, (ds) => ds.some((d) => d.source === 'kraft'), 'the kraft error on the Kraftfile', DEADLINE_MS, everySource);
		const kraftError = onKraftfile.filter((d) => d.source === 'kraft');
		assert.deepEqual(
			kraftError.map((d) => [d.range.start.line, d.range.start.character, d.range.end.character, d.severity, d.message]),
			[[4, 2, 11, vscode.DiagnosticSeverity.Error, 'could not find: lib/nosuchlib:stable']],
		);
		// The compiler's message, through the kraft-gcc problem matcher, on main.c line 3, column 5.
		const onSource = await waitForDiagnostics(source, (ds) => ds.some((d) => d.source === 'gcc'), 'the compiler error on main.c', DEADLINE_MS, everySource);
		assert.deepEqual(
			onSource.filter((d) => d.source === 'gcc').map((d) => [d.range.start.line, d.range.start.character, d.severity, d.message]),
			[[2, 4, vscode.DiagnosticSeverity.Error, "'undeclared_thing' undeclared (first use in this function)"]],
		);
		// The next build clears kraft's errors first (here it fails the same way again: the same one, not two).
		await runAndRecord(task.name, () => vscode.tasks.executeTask(task), true);
		await new Promise((r) => setTimeout(r, 300));
		assert.equal(vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'kraft').length, 1);
	});

	test('Enter typed in the build’s terminal reaches kraft, which may ask whether to configure again', async () => {
		const task = (await vscode.tasks.fetchTasks({ type: 'kraft' })).find((t) => t.definition.kraftfile === 'kraft-prompt/Kraftfile' && t.definition.command === 'build');
		assert.ok(task, 'no build task for kraft-prompt/Kraftfile');
		const answerFile = `${process.env.KRAFT_STANDIN_LOG}.answer`;
		const ended = runAndRecord(task.name, () => vscode.tasks.executeTask(task));
		// The stand-in waits for one byte of input: type Enter in the task's terminal once it is there.
		const deadline = Date.now() + DEADLINE_MS;
		let terminal: vscode.Terminal | undefined;
		while (!(terminal = vscode.window.terminals.find((t) => t.name.includes('kraft-prompt'))) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
		assert.ok(terminal, `no terminal for the task; terminals: ${vscode.window.terminals.map((t) => t.name).join(', ')}`);
		terminal.sendText('', true);
		const call = await ended;
		assert.deepEqual([call.args[0], call.logType], ['build', 'json']);
		assert.equal(readFileSync(answerFile, 'utf8').trim(), '\\r', 'the stand-in read Enter as a carriage return, as a terminal sends it');
	});

	test('GDB on QEMU: the command writes a cppdbg launch configuration that waits for the QEMU task, which starts QEMU paused', async () => {
		const uri = fixture(FILE);
		const folder = vscode.workspace.getWorkspaceFolder(uri)!;
		const launch = () => vscode.workspace.getConfiguration('launch', folder.uri);
		const before = launch().get<unknown[]>('configurations') ?? [];
		try {
			await vscode.commands.executeCommand('kraftfile.addGdbConfiguration', uri, 0);
			const configs = launch().get<Record<string, unknown>[]>('configurations') ?? [];
			const mine = configs.filter((c) => c.name === 'Unikraft: GDB on QEMU, qemu/x86_64');
			assert.equal(mine.length, 1, JSON.stringify(configs));
			assert.deepEqual(mine[0], {
				name: 'Unikraft: GDB on QEMU, qemu/x86_64',
				type: 'cppdbg',
				request: 'launch',
				program: '${workspaceFolder:main}/kraft/.unikraft/build/app_qemu-x86_64.dbg',
				cwd: '${workspaceFolder:main}/kraft',
				MIMode: 'gdb',
				miDebuggerPath: HOST_ARCH === 'x86_64' ? 'gdb' : 'gdb-multiarch',
				miDebuggerServerAddress: 'localhost:1234',
				stopAtEntry: false,
				hardwareBreakpoints: { require: true },
				preLaunchTask: 'kraft: QEMU waiting for GDB qemu/x86_64 (kraft)',
			});
			// Asked twice: still one.
			await vscode.commands.executeCommand('kraftfile.addGdbConfiguration', uri, 0);
			assert.equal((launch().get<Record<string, unknown>[]>('configurations') ?? []).filter((c) => c.name === mine[0]!.name).length, 1);
			// The task it waits for exists under that label, and starts QEMU (a stand-in) with the stub.
			const task = (await kraftTasksOfFixture()).find((t) => `kraft: ${t.name}` === mine[0]!.preLaunchTask);
			assert.ok(task, `no task "${String(mine[0]!.preLaunchTask)}"`);
			const call = await runAndRecord(task.name, () => vscode.tasks.executeTask(task));
			assert.equal(call.program, 'qemu-system-x86_64');
			assert.deepEqual(call.args.slice(0, 2), ['-s', '-S']);
			assert.equal(call.cwd, dirname(uri.fsPath));
		} finally {
			await launch().update('configurations', before.length ? before : undefined, vscode.ConfigurationTarget.WorkspaceFolder);
		}
	});
	test('kraft missing (kraftfile.kraftPath names no file): no task, no lens, the rest works; the message is counted in the browser', async () => {
		const config = () => vscode.workspace.getConfiguration('kraftfile');
		const uri = fixture(FILE);
		const document = await vscode.workspace.openTextDocument(uri);
		await config().update('kraftPath', '/nonexistent/kraft', vscode.ConfigurationTarget.Workspace);
		try {
			// Asked five times (three task lists, two lens requests): test/e2e/browser/checks.mjs counts one message.
			for (let i = 0; i < 3; i++) assert.deepEqual(await kraftTasksOfFixture(), []);
			for (let i = 0; i < 2; i++) assert.deepEqual(await lenses(uri, document), []);
			// Nothing else breaks: the Kraftfile is still checked.
			assert.ok(vscode.languages.getDiagnostics(uri).some((d) => d.source === 'kraftfile'), 'the Kraftfile is no longer checked');
			writeFileSync(join(dirname(process.env.KRAFT_STANDIN_LOG!), 'kraft-missing-asked'), 'asked 5 times\n');
		} finally {
			await config().update('kraftPath', undefined, vscode.ConfigurationTarget.Workspace);
		}
		// Back on PATH: the tasks come back.
		assert.ok((await kraftTasksOfFixture()).length > 0);
	});
	test('the debug-build hint offers GDB on QEMU in its light bulb, with the command for that target', async () => {
		const uri = fixture('main/debug/Kraftfile');
		await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
		const hints = await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'debug-build'), 'the debug-build hint');
		const hint = hints.find((d) => codeOf(d) === 'debug-build')!;
		const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, hint.range)) ?? [];
		const gdb = actions.filter((a) => a.command?.command === 'kraftfile.addGdbConfiguration');
		assert.deepEqual(
			gdb.map((a) => [a.title, a.command!.arguments?.[0]?.toString(), a.command!.arguments?.[1]]),
			[['Debug qemu/x86_64 on QEMU with GDB (add a launch configuration)', uri.toString(), 0]],
		);
		// Not on other lines.
		const elsewhere = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 4))) ?? [];
		assert.equal(elsewhere.filter((a) => a.command?.command === 'kraftfile.addGdbConfiguration').length, 0);
	});
});
