// SPDX-License-Identifier: Apache-2.0
// The terminals of the kraft build task and of QEMU waiting for GDB (custom executions).
// The build runs kraft with its machine-readable log (`KRAFTKIT_LOG_TYPE=json`, kraftkit
// f02a5331 config/config.go) and shows each line as text; the compiler's messages are
// printed as they are, for the `kraft-gcc` problem matcher; an error of kraft's own is put
// on the Kraftfile line it is about (src/core/kraft-output.ts), in the Problems view under
// the source `kraft`, until the next build of that Kraftfile.
import * as vscode from 'vscode';
import { analyze, formatKraftLogRecord, GDB_PORT, isErrorLevel, kraftfileProblem, parseKraftLogLine, type KraftInvocation, type KraftLogRecord, type QemuDebugSetup } from '../core';
import type { LineProcess, SpawnLines } from '../node/spawn-lines';

/** The errors kraft ended its builds with, on Kraftfile lines. */
export class KraftProblems implements vscode.Disposable {
	// Not the owner of a problem matcher (package.json): the task system clears its owner's markers on each run.
	readonly collection = vscode.languages.createDiagnosticCollection('kraft');

	clear(file: vscode.Uri): void {
		this.collection.delete(file);
	}

	/** Puts kraft's error `msg` (a record at an error level) on the line of `file` it is about. */
	async add(file: vscode.Uri, record: KraftLogRecord): Promise<void> {
		const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.toString()) ?? (await vscode.workspace.openTextDocument(file).then(undefined, () => undefined));
		if (!document) return;
		const problem = kraftfileProblem(analyze(document.getText(), {}), record);
		if (!problem) return;
		const range = new vscode.Range(document.positionAt(problem.span.start), document.positionAt(problem.span.end));
		const d = new vscode.Diagnostic(range, problem.message, vscode.DiagnosticSeverity.Error);
		d.source = 'kraft';
		this.collection.set(file, [...(this.collection.get(file) ?? []), d]);
	}

	dispose(): void {
		this.collection.dispose();
	}
}

/**
 * A terminal that shows a program's output a line at a time. What the user types goes to the
 * program (with its echo, as the program sees no terminal): kraft may ask a question. Ctrl+C
 * or closing the terminal stops the program.
 */
function lineTerminal(start: (write: (line: string) => void, partial: (text: string) => void, done: (code: number) => void) => LineProcess): vscode.Pseudoterminal {
	const writeEmitter = new vscode.EventEmitter<string>();
	const closeEmitter = new vscode.EventEmitter<number>();
	let running: LineProcess | undefined;
	let closed = false;
	const write = (line: string) => writeEmitter.fire(`${line.replace(/\r?\n/g, '\r\n')}\r\n`);
	const partial = (text: string) => writeEmitter.fire(text.replace(/\r?\n/g, '\r\n'));
	return {
		onDidWrite: writeEmitter.event,
		onDidClose: closeEmitter.event,
		open() {
			running = start(write, partial, (code) => {
				if (closed) return;
				closed = true;
				closeEmitter.fire(code);
			});
		},
		close() {
			closed = true;
			running?.kill();
		},
		handleInput(data: string) {
			if (data.includes('\x03')) {
				write('^C');
				running?.kill();
				return;
			}
			// Echo what was typed (Enter as a new line), and hand it on as typed.
			writeEmitter.fire(data.replace(/\r/g, '\r\n'));
			running?.write(data);
		},
	};
}

export interface BuildTerminalOptions {
	/** Starts the program (src/node/spawn-lines.ts). */
	readonly launch: SpawnLines;
	readonly command: string;
	readonly invocation: KraftInvocation;
	readonly cwd: string;
	readonly kraftfile: vscode.Uri;
	readonly problems: KraftProblems;
}

/** `kraft build …` with kraft's JSON log, read a line at a time. */
export function buildTerminal(o: BuildTerminalOptions): vscode.Pseudoterminal {
	return lineTerminal((write, partial, done) => {
		o.problems.clear(o.kraftfile);
		write(`> ${o.invocation.display}`);
		let pending = Promise.resolve();
		return o.launch(o.command, o.invocation.args, {
			cwd: o.cwd,
			env: { ...o.invocation.env, KRAFTKIT_LOG_TYPE: 'json' },
			// kraft before PR #2647 (2026-02) asks whether to configure again despite --no-prompt.
			onPartial: partial,
			onLine(line) {
				const record = parseKraftLogLine(line);
				if (!record) {
					write(line);
					return;
				}
				write(formatKraftLogRecord(record));
				if (isErrorLevel(record.level)) pending = pending.then(() => o.problems.add(o.kraftfile, record));
			},
			onExit(code, reason) {
				void pending.then(() => {
					if (reason) write(`kraft: ${reason}`);
					write(code === 0 ? 'kraft build finished.' : `kraft build ended with exit code ${code ?? 'none'}.`);
					done(code ?? 1);
				});
			},
		});
	});
}

/** The line QEMU's task prints once QEMU is started: the `kraft-qemu-gdb` problem matcher's end of "starting". */
export const QEMU_WAITING = 'QEMU is waiting for GDB on';

export interface QemuTerminalOptions {
	/** Starts the program (src/node/spawn-lines.ts). */
	readonly launch: SpawnLines;
	readonly setup: QemuDebugSetup;
	readonly cwd: string;
}

/** QEMU started paused with the GDB stub; says so once it started, so that a launch configuration can attach. */
export function qemuTerminal(o: QemuTerminalOptions): vscode.Pseudoterminal {
	return lineTerminal((write, partial, done) => {
		write(`Starting ${[o.setup.qemu.command, ...o.setup.qemu.args].join(' ')}`);
		const qemu = o.launch(o.setup.qemu.command, o.setup.qemu.args, {
			cwd: o.cwd,
			env: {},
			onLine: write,
			onPartial: partial,
			onExit(code, reason) {
				if (reason) write(`${o.setup.qemu.command}: ${reason}`);
				write(`QEMU ended with exit code ${code ?? 'none'}.`);
				done(code ?? 1);
			},
		});
		write(`${QEMU_WAITING} localhost:${GDB_PORT}; symbols: ${o.setup.symbols}`);
		return qemu;
	});
}
