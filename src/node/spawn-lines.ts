// SPDX-License-Identifier: Apache-2.0
// Starts a program the user asked to run (a kraft task, QEMU for GDB) and hands its output
// back a line at a time: an argument list and no shell, so no workspace text is ever read
// by a shell. Only the desktop entry passes this to the tasks, and they exist only in a
// trusted workspace (src/vscode/kraft.ts).
import { spawn } from 'node:child_process';

export interface LineProcess {
	/** Stops the program (SIGTERM; the task's terminal was closed or Ctrl+C was typed). */
	kill(): void;
	/** Hands what the user typed in the task's terminal to the program (a question kraft asks). */
	write(data: string): void;
}

export interface SpawnLinesOptions {
	readonly cwd: string;
	/** Added to this process's environment. */
	readonly env: Readonly<Record<string, string>>;
	readonly onLine: (line: string, stream: 'stdout' | 'stderr') => void;
	/**
	 * Output without a line end that stayed so for a moment: a question waiting for an answer
	 * (kraft's "project already configured" prompt). Shown as it is; the rest of its line follows.
	 */
	readonly onPartial?: (text: string, stream: 'stdout' | 'stderr') => void;
	/** Once, at the end: the exit code, or `null` with why it could not start or was stopped. */
	readonly onExit: (code: number | null, reason?: string) => void;
}

/** A line longer than this is cut (and said so): a build log line is far shorter. */
export const MAX_LINE = 64 * 1024;
/** How long output may sit without a line end before it is shown as it is (a prompt). */
export const PARTIAL_AFTER_MS = 200;

export type SpawnLines = (command: string, args: readonly string[], options: SpawnLinesOptions) => LineProcess;

export const spawnLines: SpawnLines = (command, args, options) => {
	let ended = false;
	const end = (code: number | null, reason?: string) => {
		if (ended) return;
		ended = true;
		options.onExit(code, reason);
	};
	let child: ReturnType<typeof spawn>;
	try {
		child = spawn(command, [...args], { cwd: options.cwd, env: { ...process.env, ...options.env }, shell: false, windowsHide: true, stdio: ['pipe', 'pipe', 'pipe'] });
	} catch (e) {
		queueMicrotask(() => end(null, e instanceof Error ? e.message : String(e)));
		return { kill() {}, write() {} };
	}
	const reader = (stream: 'stdout' | 'stderr') => {
		let rest = '';
		let timer: ReturnType<typeof setTimeout> | undefined;
		const decoder = new TextDecoder();
		return {
			data(chunk: Buffer) {
				if (timer) clearTimeout(timer);
				rest += decoder.decode(chunk, { stream: true });
				let nl: number;
				while ((nl = rest.indexOf('\n')) >= 0) {
					options.onLine(rest.slice(0, nl).replace(/\r$/, ''), stream);
					rest = rest.slice(nl + 1);
				}
				if (rest.length > MAX_LINE) {
					options.onLine(`${rest.slice(0, MAX_LINE)} … (line cut at ${MAX_LINE} characters)`, stream);
					rest = '';
				}
				if (rest !== '' && options.onPartial) {
					timer = setTimeout(() => {
						timer = undefined;
						if (rest === '' || ended) return;
						options.onPartial!(rest, stream);
						rest = '';
					}, PARTIAL_AFTER_MS);
				}
			},
			flush() {
				if (timer) clearTimeout(timer);
				rest += decoder.decode();
				if (rest !== '') options.onLine(rest.replace(/\r$/, ''), stream);
				rest = '';
			},
		};
	};
	const out = reader('stdout');
	const err = reader('stderr');
	child.stdout?.on('data', (c: Buffer) => out.data(c));
	child.stderr?.on('data', (c: Buffer) => err.data(c));
	child.on('error', (e: NodeJS.ErrnoException) => end(null, e.code === 'ENOENT' ? `${command} was not found` : e.message));
	// A program that never reads its input closes it: writing then fails, which is no error of the task.
	child.stdin?.on('error', () => {});
	child.on('close', (code, signal) => {
		out.flush();
		err.flush();
		end(code, signal ? `stopped by ${signal}` : undefined);
	});
	return {
		kill() {
			if (!ended) child.kill('SIGTERM');
		},
		write(data) {
			if (!ended && child.stdin?.writable) child.stdin.write(data);
		},
	};
};
