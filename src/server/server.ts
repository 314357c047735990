// SPDX-License-Identifier: Apache-2.0
// `kraftfile-language-server --stdio`: the language server over the pure core, for editors
// other than VS Code (which runs the core in-process: src/vscode). Documents come from the
// client (incremental sync); the server reads no workspace file, runs no process and opens
// no network connection. Every handler answers, never throws: a failure is logged and the
// answer is empty.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnection, DidChangeConfigurationNotification as DidChangeConfiguration, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type ClientCapabilities, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { HostFacts } from '../core';
import { detectHost } from '../node/detect-host';
import { Analyses } from './analyses';
import { CODE_ACTION_KINDS, toCodeActions } from './code-actions';
import { toCompletions, TRIGGER_CHARACTERS, type CompletionSupport } from './completion';
import { describe, DiagnosticsPublisher } from './diagnostics';
import { hoverFormat, toHover } from './hover';
import { toDocumentLinks } from './links';
import { toSymbols } from './outline';
import { SettingsSource } from './settings';

const NAME = 'kraftfile-language-server';
declare const SERVER_VERSION: string | undefined;
const VERSION = typeof SERVER_VERSION === 'string' ? SERVER_VERSION : 'development';

const USAGE = `Usage: ${NAME} --stdio

The Kraftfile language server (Language Server Protocol over standard input and output).
Editors start it; see the README's section "Other editors: the language server".

  --stdio      talk LSP over stdin/stdout (also: --node-ipc, --socket=<port>, --pipe=<name>)
  --version    print the version and exit
  --help       print this and exit
`;

/** The README shipped beside the bundle (the package), or the checkout's (dist/ in development). */
function readmeUri(): string | undefined {
	for (const path of [join(__dirname, 'README.md'), join(__dirname, '..', 'README.md')]) if (existsSync(path)) return pathToFileURL(path).toString();
	return undefined;
}

function main(argv: readonly string[]): void {
	if (argv.includes('--help') || argv.includes('-h')) {
		process.stdout.write(USAGE);
		return;
	}
	if (argv.includes('--version')) {
		process.stdout.write(`${NAME} ${VERSION}\n`);
		return;
	}
	if (!argv.some((a) => /^--(stdio|node-ipc|socket=|pipe=)/.test(a))) {
		process.stderr.write(`${NAME}: say how to talk to the editor, e.g. --stdio\n\n${USAGE}`);
		process.exitCode = 2;
		return;
	}
	serve();
}

function serve(): void {
	const connection = createConnection(ProposedFeatures.all);
	const documents = new TextDocuments(TextDocument);
	let host: HostFacts | undefined;
	// The machine `kraft run` would use: asked once, only when a document has host hints on.
	const hostFacts = (): HostFacts => (host ??= detectHost());
	let settings: SettingsSource | undefined;
	let analyses: Analyses | undefined;
	let publisher: DiagnosticsPublisher | undefined;
	let client: ClientCapabilities = {};
	let pullsConfiguration = false;

	connection.onInitialize((params): InitializeResult => {
		client = params.capabilities;
		pullsConfiguration = client.workspace?.configuration === true;
		settings = new SettingsSource(connection, pullsConfiguration, params.initializationOptions);
		analyses = new Analyses(settings, hostFacts, (uri) => documents.get(uri) !== undefined);
		publisher = new DiagnosticsPublisher(connection, documents, analyses, readmeUri());
		return {
			capabilities: {
				textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
				hoverProvider: true,
				completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: false },
				codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
				documentLinkProvider: { resolveProvider: false },
				documentSymbolProvider: { label: 'Kraftfile' },
			},
			serverInfo: { name: NAME, version: VERSION },
		};
	});

	connection.onInitialized(() => {
		// A client that is asked for settings is told to say when they change.
		if (pullsConfiguration && client.workspace?.didChangeConfiguration?.dynamicRegistration) {
			void connection.client.register(DidChangeConfiguration.type, { section: 'kraftfile' }).catch(() => undefined);
		}
	});

	connection.onDidChangeConfiguration((change) => {
		settings?.changed(change.settings);
		analyses?.clear();
		publisher?.all();
	});

	documents.onDidOpen((e) => {
		analyses?.refresh(e.document.uri);
		publisher?.now(e.document);
	});
	documents.onDidSave((e) => {
		analyses?.refresh(e.document.uri);
		publisher?.all();
	});
	documents.onDidChangeContent((e) => publisher?.soon(e.document));
	documents.onDidClose((e) => {
		analyses?.forget(e.document.uri);
		settings?.forget(e.document.uri);
		publisher?.closed(e.document.uri);
	});

	/** The analysis of an open document, or undefined for one the client never opened. */
	const analysed = async (uri: string) => {
		const document = documents.get(uri);
		return document && analyses ? analyses.get(document) : undefined;
	};

	connection.onHover(async (params) => {
		try {
			const a = await analysed(params.textDocument.uri);
			return a ? toHover(a, params, hoverFormat(client.textDocument?.hover?.contentFormat)) : null;
		} catch (e) {
			connection.console.error(`[kraftfile] hover failed: ${describe(e)}`);
			return null;
		}
	});

	connection.onCompletion(async (params) => {
		try {
			const a = await analysed(params.textDocument.uri);
			if (!a) return null;
			const c = client.textDocument?.completion;
			const support: CompletionSupport = {
				snippets: c?.completionItem?.snippetSupport === true,
				insertReplace: c?.completionItem?.insertReplaceSupport === true,
				markdown: (c?.completionItem?.documentationFormat ?? ['markdown']).includes('markdown'),
			};
			return toCompletions(a, params, support);
		} catch (e) {
			connection.console.error(`[kraftfile] completion failed: ${describe(e)}`);
			return null;
		}
	});

	connection.onCodeAction(async (params) => {
		try {
			const a = await analysed(params.textDocument.uri);
			return a ? toCodeActions(a, params, client.workspace?.workspaceEdit?.documentChanges === true) : null;
		} catch (e) {
			connection.console.error(`[kraftfile] code actions failed: ${describe(e)}`);
			return null;
		}
	});

	connection.onDocumentLinks(async (params) => {
		try {
			const a = await analysed(params.textDocument.uri);
			return a ? toDocumentLinks(a, params.textDocument.uri) : null;
		} catch (e) {
			connection.console.error(`[kraftfile] document links failed: ${describe(e)}`);
			return null;
		}
	});

	connection.onDocumentSymbol(async (params) => {
		try {
			const a = await analysed(params.textDocument.uri);
			return a ? toSymbols(a, params.textDocument.uri, client.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true) : null;
		} catch (e) {
			connection.console.error(`[kraftfile] document symbols failed: ${describe(e)}`);
			return null;
		}
	});

	connection.onShutdown(() => publisher?.dispose());

	documents.listen(connection);
	connection.listen();
}

main(process.argv.slice(2));
