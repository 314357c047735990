// SPDX-License-Identifier: Apache-2.0
// A minimal LSP client for the protocol tests: spawns a server command over stdio and
// talks JSON-RPC to it with vscode-jsonrpc. It collects `publishDiagnostics` and answers
// `workspace/configuration` with the settings it is given.
import { spawn, type ChildProcess } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export interface PublishedDiagnostics {
	uri: string;
	version?: number;
	diagnostics: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; code?: string; severity?: number; source?: string; message: string; codeDescription?: { href: string } }[];
}

export class LspClient {
	readonly connection: MessageConnection;
	readonly process: ChildProcess;
	readonly published: PublishedDiagnostics[] = [];
	readonly configurationRequests: { items: { scopeUri?: string; section?: string }[] }[] = [];
	readonly logs: string[] = [];
	stderr = '';
	private waiters: (() => void)[] = [];
	readonly exited: Promise<number | null>;

	/** `settings`: the answer to every `workspace/configuration` item. */
	constructor(command: string, args: readonly string[], public settings: unknown) {
		this.process = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
		this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
		this.process.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
		this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
		this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
			this.published.push(p);
			for (const w of this.waiters.splice(0)) w();
		});
		this.connection.onNotification('window/logMessage', (p: { message: string }) => {
			this.logs.push(p.message);
		});
		this.connection.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) => {
			this.configurationRequests.push(p);
			return p.items.map(() => this.settings);
		});
		this.connection.onRequest('client/registerCapability', () => null);
		this.connection.listen();
	}

	/** The first publication for `uri` after `from` (an index into `published`) that `accept` takes. */
	async diagnostics(uri: string, from: number, accept: (p: PublishedDiagnostics) => boolean = () => true, ms = 10_000): Promise<PublishedDiagnostics> {
		const deadline = Date.now() + ms;
		for (;;) {
			const found = this.published.slice(from).find((p) => p.uri === uri && accept(p));
			if (found) return found;
			const left = deadline - Date.now();
			if (left <= 0) throw new Error(`no diagnostics for ${uri} within ${ms} ms; got ${JSON.stringify(this.published.slice(from))}; stderr: ${this.stderr}`);
			await new Promise<void>((resolve) => {
				const timer = setTimeout(resolve, left);
				this.waiters.push(() => {
					clearTimeout(timer);
					resolve();
				});
			});
		}
	}

	kill(): void {
		this.connection.dispose();
		if (this.process.exitCode === null) this.process.kill();
	}
}
