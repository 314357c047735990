// SPDX-License-Identifier: Apache-2.0
// The language server as a client sees it: the built dist/server.js spawned over stdio and
// driven with vscode-jsonrpc, message by message (initialize, documents opened and changed
// incrementally, hover, completion, code actions, settings, bad input, shutdown).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { LspClient } from './support/lsp-client';
import { ROOT } from './support/paths';

const SERVER = join(ROOT, 'dist', 'server.js');
const URI = 'file:///tmp/kraftfile-lsp-test/Kraftfile';
const BAD = 'spec: v0.6\nname: hello\nunikraft: stable\ntargets:\n  - qemu/amd64\n';
/** Host hints off: what this machine can run must not change the expected diagnostics. */
const SETTINGS = { unikraftRelease: '', hostHints: false };

interface Capabilities {
	configuration?: boolean;
	snippets?: boolean;
	/** `textDocument.documentSymbol.hierarchicalDocumentSymbolSupport` (default true). */
	hierarchicalSymbols?: boolean;
}

async function start(caps: Capabilities = {}, initializationOptions?: unknown) {
	const client = new LspClient(process.execPath, [SERVER, '--stdio'], SETTINGS);
	const result = (await client.connection.sendRequest('initialize', {
		processId: process.pid,
		rootUri: null,
		capabilities: {
			workspace: { configuration: caps.configuration ?? true, didChangeConfiguration: { dynamicRegistration: true } },
			textDocument: {
				hover: { contentFormat: ['markdown', 'plaintext'] },
				completion: { completionItem: { snippetSupport: caps.snippets ?? true } },
				codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } } },
				documentSymbol: { hierarchicalDocumentSymbolSupport: caps.hierarchicalSymbols ?? true },
			},
		},
		...(initializationOptions !== undefined ? { initializationOptions } : {}),
	})) as { capabilities: Record<string, unknown>; serverInfo?: { name: string } };
	await client.connection.sendNotification('initialized', {});
	return { client, result };
}

async function open(client: LspClient, text: string, uri = URI) {
	const from = client.published.length;
	await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kraftfile', version: 1, text } });
	return client.diagnostics(uri, from);
}

async function stop(client: LspClient): Promise<number | null> {
	assert.equal(await client.connection.sendRequest('shutdown'), null);
	await client.connection.sendNotification('exit');
	const code = await client.exited;
	client.kill();
	return code;
}

test('initialize: incremental sync, hover, completion, code actions (fixAll included), document links and symbols; shutdown and exit end with 0', async () => {
	const { client, result } = await start();
	try {
		assert.equal(result.serverInfo?.name, 'kraftfile-language-server');
		assert.deepEqual(result.capabilities.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
		assert.equal(result.capabilities.hoverProvider, true);
		assert.deepEqual((result.capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'refactor.rewrite', 'source.fixAll.kraftfile']);
		assert.deepEqual((result.capabilities.completionProvider as { triggerCharacters: string[] }).triggerCharacters, ['/', ':', ' ']);
		assert.deepEqual(result.capabilities.documentLinkProvider, { resolveProvider: false });
		assert.deepEqual(result.capabilities.documentSymbolProvider, { label: 'Kraftfile' });
	} finally {
		assert.equal(await stop(client), 0);
	}
});

test('didOpen publishes the diagnostics, with code, range, severity, source and the README link; settings asked per document', async () => {
	const { client } = await start();
	try {
		const published = await open(client, BAD);
		assert.equal(published.version, 1);
		assert.equal(published.diagnostics.length, 1, JSON.stringify(published));
		const [d] = published.diagnostics;
		assert.equal(d!.code, 'architecture-alias');
		assert.deepEqual(d!.range, { start: { line: 4, character: 9 }, end: { line: 4, character: 14 } });
		assert.equal(d!.severity, 1);
		assert.equal(d!.source, 'kraftfile');
		assert.match(d!.message, /Write `x86_64`/);
		assert.match(d!.codeDescription!.href, /^file:\/\/.*README\.md#architecture-alias$/);
		assert.ok(
			client.configurationRequests.some((r) => r.items.some((i) => i.scopeUri === URI && i.section === 'kraftfile')),
			JSON.stringify(client.configurationRequests),
		);
	} finally {
		await stop(client);
	}
});

test('didChange (incremental) publishes the diagnostics of the new version', async () => {
	const { client } = await start();
	try {
		await open(client, BAD);
		let from = client.published.length;
		// `amd64` → `x86_64`: nothing left to say.
		await client.connection.sendNotification('textDocument/didChange', {
			textDocument: { uri: URI, version: 2 },
			contentChanges: [{ range: { start: { line: 4, character: 9 }, end: { line: 4, character: 14 } }, text: 'x86_64' }],
		});
		const fixed = await client.diagnostics(URI, from, (p) => p.version === 2);
		assert.deepEqual(fixed.diagnostics, []);
		from = client.published.length;
		// Two quick edits: only the last version's diagnostics count; `QEMU` is case-sensitive.
		await client.connection.sendNotification('textDocument/didChange', {
			textDocument: { uri: URI, version: 3 },
			contentChanges: [{ range: { start: { line: 4, character: 4 }, end: { line: 4, character: 8 } }, text: 'QEM' }],
		});
		await client.connection.sendNotification('textDocument/didChange', {
			textDocument: { uri: URI, version: 4 },
			contentChanges: [{ range: { start: { line: 4, character: 7 }, end: { line: 4, character: 7 } }, text: 'U' }],
		});
		const broken = await client.diagnostics(URI, from, (p) => p.version === 4);
		assert.deepEqual(
			broken.diagnostics.map((d) => [d.code, d.range.start.character, d.range.end.character]),
			[['unknown-platform', 4, 8]],
		);
		assert.ok(!client.published.slice(from).some((p) => p.version === 3), 'a superseded version was published');
	} finally {
		await stop(client);
	}
});

test('hover explains the platform in Markdown, over its range', async () => {
	const { client } = await start();
	try {
		await open(client, BAD);
		const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 4, character: 5 } })) as {
			contents: { kind: string; value: string };
			range: unknown;
		};
		assert.equal(hover.contents.kind, 'markdown');
		assert.match(hover.contents.value, /QEMU/);
		assert.deepEqual(hover.range, { start: { line: 4, character: 4 }, end: { line: 4, character: 8 } });
		const nothing = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 1, character: 8 } });
		assert.equal(nothing, null);
	} finally {
		await stop(client);
	}
});

const OUTLINED = '\ufeffspec: v0.6\r\nlibraries:\r\n  musl: stable\r\ntargets:\r\n  - platform: qemu\r\n    architecture: arm64\r\n    kconfig:\r\n      - CONFIG_LIBUKDEBUG=y\r\n';

interface LspSymbol {
	name: string;
	detail?: string;
	kind: number;
	range: { start: { line: number; character: number }; end: { line: number; character: number } };
	selectionRange: LspSymbol['range'];
	children?: LspSymbol[];
}

test('documentSymbol: a tree for a client that shows one (targets as plat/arch, kinds, ranges past a BOM and CRLF)', async () => {
	const { client } = await start();
	try {
		await open(client, OUTLINED);
		const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } })) as LspSymbol[];
		const names = (list: LspSymbol[] | undefined): unknown[] => (list ?? []).map((s) => (s.children?.length ? [s.name, names(s.children)] : s.name));
		assert.deepEqual(names(symbols), ['spec', ['libraries', ['musl']], ['targets', [['qemu/arm64', ['platform', 'architecture', ['kconfig', ['CONFIG_LIBUKDEBUG']]]]]]]);
		const target = symbols[2]!.children![0]!;
		assert.equal(target.kind, 23);
		// The client counts the byte order mark as a character of line 0 only.
		assert.deepEqual(symbols[0]!.selectionRange, { start: { line: 0, character: 1 }, end: { line: 0, character: 5 } });
		assert.deepEqual(target.range, { start: { line: 4, character: 4 }, end: { line: 7, character: 27 } });
		assert.deepEqual(target.selectionRange, { start: { line: 4, character: 4 }, end: { line: 4, character: 18 } });
		const musl = symbols[1]!.children![0]!;
		assert.equal(musl.detail, 'stable');
		assert.equal(musl.kind, 4);
		const option = target.children![2]!.children![0]!;
		assert.equal(option.detail, 'y');
		assert.deepEqual(option.selectionRange, { start: { line: 7, character: 8 }, end: { line: 7, character: 25 } });
		const never = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///tmp/never-opened/Kraftfile' } });
		assert.equal(never, null);
	} finally {
		await stop(client);
	}
});

test('documentSymbol: the flat list with container names for a client without hierarchical symbols', async () => {
	const { client } = await start({ hierarchicalSymbols: false });
	try {
		await open(client, OUTLINED);
		const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } })) as {
			name: string;
			kind: number;
			containerName?: string;
			location: { uri: string; range: LspSymbol['range'] };
		}[];
		assert.deepEqual(
			symbols.map((s) => [s.name, s.containerName ?? null]),
			[
				['spec', null],
				['libraries', null],
				['musl', 'libraries'],
				['targets', null],
				['qemu/arm64', 'targets'],
				['platform', 'qemu/arm64'],
				['architecture', 'qemu/arm64'],
				['kconfig', 'qemu/arm64'],
				['CONFIG_LIBUKDEBUG', 'kconfig'],
			],
		);
		assert.ok(symbols.every((s) => s.location.uri === URI));
		assert.deepEqual(symbols[4]!.location.range, { start: { line: 4, character: 4 }, end: { line: 7, character: 27 } });
	} finally {
		await stop(client);
	}
});

test('completion: architectures after `qemu/`, each with a textEdit over the half-typed name; snippets only for clients that expand them', async () => {
	const text = 'spec: v0.6\nname: hello\ntargets:\n  - qemu/x\n';
	for (const snippets of [true, false]) {
		const { client } = await start({ snippets });
		try {
			await open(client, text);
			const items = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: URI }, position: { line: 3, character: 10 } })) as {
				label: string;
				kind: number;
				textEdit: { range: unknown; newText: string };
			}[];
			const x86 = items.find((i) => i.label === 'x86_64');
			assert.ok(x86, JSON.stringify(items.map((i) => i.label)));
			assert.deepEqual(x86.textEdit.range, { start: { line: 3, character: 9 }, end: { line: 3, character: 10 } });
			const keys = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: URI }, position: { line: 4, character: 0 } })) as { kind: number; insertTextFormat: number }[];
			const snippetItems = keys.filter((i) => i.insertTextFormat === 2);
			if (snippets) assert.ok(snippetItems.length > 0, 'no snippet offered to a client that expands them');
			else assert.deepEqual(snippetItems, []);
		} finally {
			await stop(client);
		}
	}
});

test('code actions: the preferred quick fix with its WorkspaceEdit, and source.fixAll.kraftfile only when asked for', async () => {
	const { client } = await start();
	try {
		const published = await open(client, BAD);
		const d = published.diagnostics[0]!;
		const actions = (await client.connection.sendRequest('textDocument/codeAction', {
			textDocument: { uri: URI },
			range: d.range,
			context: { diagnostics: [d] },
		})) as { title: string; kind: string; isPreferred?: boolean; diagnostics?: unknown[]; edit: { changes: Record<string, { range: unknown; newText: string }[]> } }[];
		const preferred = actions.filter((a) => a.isPreferred);
		assert.equal(preferred.length, 1, JSON.stringify(actions));
		assert.equal(preferred[0]!.kind, 'quickfix');
		assert.deepEqual(preferred[0]!.diagnostics, [d]);
		assert.deepEqual(preferred[0]!.edit.changes[URI], [{ range: d.range, newText: 'x86_64' }]);
		assert.ok(!actions.some((a) => a.kind.startsWith('source')), 'fixAll offered unasked');
		const all = (await client.connection.sendRequest('textDocument/codeAction', {
			textDocument: { uri: URI },
			range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
			context: { diagnostics: [], only: ['source.fixAll'] },
		})) as { kind: string; edit: { changes: Record<string, { newText: string }[]> } }[];
		assert.deepEqual(
			all.map((a) => [a.kind, a.edit.changes[URI]!.map((e) => e.newText)]),
			[['source.fixAll.kraftfile', ['x86_64']]],
		);
	} finally {
		await stop(client);
	}
});

/** A target that runs emulated on any host: QEMU for an architecture that is not this machine's. */
const FOREIGN = `spec: v0.6\nname: hello\ntargets:\n  - qemu/${process.arch === 'arm64' ? 'x86_64' : 'arm64'}\n`;

test('settings: kraftfile.hostHints through workspace/configuration, asked again after didChangeConfiguration', async () => {
	const { client } = await start();
	try {
		assert.deepEqual((await open(client, FOREIGN)).diagnostics, []);
		client.settings = { hostHints: true };
		const from = client.published.length;
		await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
		const hinted = await client.diagnostics(URI, from);
		assert.deepEqual(
			hinted.diagnostics.map((d) => [d.code, d.severity]),
			[['emulated-target', 3]],
		);
	} finally {
		await stop(client);
	}
});

test('settings: without workspace/configuration, initializationOptions count and the client is never asked', async () => {
	for (const hostHints of [false, true]) {
		const { client } = await start({ configuration: false }, { kraftfile: { hostHints } });
		try {
			const published = await open(client, FOREIGN);
			assert.deepEqual(
				published.diagnostics.map((d) => d.code),
				hostHints ? ['emulated-target'] : [],
			);
			assert.deepEqual(client.configurationRequests, []);
		} finally {
			await stop(client);
		}
	}
});

test('bad input: an unknown method is MethodNotFound, a document never opened gets null, a malformed request an error; the server lives on', async () => {
	const { client } = await start();
	try {
		await assert.rejects(client.connection.sendRequest('kraftfile/nonsense', {}), (e: { code?: number }) => e.code === -32601);
		const never = 'file:///tmp/kraftfile-lsp-test/never-opened/Kraftfile';
		assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: never }, position: { line: 0, character: 0 } }), null);
		assert.equal(await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: never }, position: { line: 0, character: 0 } }), null);
		assert.equal(
			await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: never }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }),
			null,
		);
		// A change to a document never opened is ignored; a hover with no position answers, somehow.
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: never, version: 2 }, contentChanges: [{ text: 'x' }] });
		await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI } }).catch(() => undefined);
		// Still serving: a document opened now gets its diagnostics.
		const published = await open(client, BAD);
		assert.equal(published.diagnostics[0]?.code, 'architecture-alias');
	} finally {
		assert.equal(await stop(client), 0);
	}
});

test('a 1 MB document gets the file-too-large information, at once, and no hover or completion', async () => {
	const { client } = await start();
	try {
		const huge = `spec: v0.6\nname: big\n${'# padding padding padding padding padding padding padding padding\n'.repeat(16_000)}`;
		assert.ok(huge.length > 1_000_000);
		const started = Date.now();
		const published = await open(client, huge);
		assert.ok(Date.now() - started < 5_000, `took ${Date.now() - started} ms`);
		assert.deepEqual(
			published.diagnostics.map((d) => [d.code, d.severity]),
			[['file-too-large', 3]],
		);
		assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 1 } }), null);
		assert.deepEqual(await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: URI }, position: { line: 2, character: 0 } }), []);
	} finally {
		await stop(client);
	}
});

test('didClose clears the diagnostics; exit without shutdown ends with 1, as the protocol says', async () => {
	const { client } = await start();
	await open(client, BAD);
	const from = client.published.length;
	await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
	assert.deepEqual((await client.diagnostics(URI, from)).diagnostics, []);
	await client.connection.sendNotification('exit');
	assert.equal(await client.exited, 1);
	client.kill();
});

test('document links: the rootfs beside the document (escaped), a library URL, a catalog runtime; a missing rootfs is warned about', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'kraftfile-links-'));
	const { client } = await start();
	try {
		mkdirSync(join(dir, 'my app'));
		writeFileSync(join(dir, 'my app', 'Dockerfile'), 'FROM scratch\n');
		const uri = pathToFileURL(join(dir, 'my app', 'Kraftfile')).toString();
		const text = 'spec: v0.6\nruntime: nginx:1.25\nrootfs: ./Dockerfile\nvolumes:\n  - ./html:/www\nlibraries:\n  lwip:\n    source: https://github.com/unikraft/lib-lwip.git\n';
		const published = await open(client, text, uri);
		assert.deepEqual(published.diagnostics.filter((d) => d.code === 'missing-path'), [], 'the Dockerfile is there; a volume source kraft creates');
		const links = (await client.connection.sendRequest('textDocument/documentLink', { textDocument: { uri } })) as { range: { start: { line: number; character: number } }; target: string }[];
		assert.deepEqual(
			links.map((l) => [l.range.start.line, l.range.start.character, l.target]),
			[
				[1, 9, 'https://github.com/unikraft/catalog/tree/667ac92ef4af06e65ac1b6665a703d49ee75e1a5/library/nginx/1.25'],
				[2, 8, pathToFileURL(join(dir, 'my app', 'Dockerfile')).toString()],
				[4, 4, pathToFileURL(join(dir, 'my app', 'html')).toString()],
				[7, 12, 'https://github.com/unikraft/lib-lwip.git'],
			],
		);
		const missing = await open(client, 'spec: v0.6\nruntime: base:latest\nrootfs: ./rootfs\n', pathToFileURL(join(dir, 'Kraftfile')).toString());
		assert.deepEqual(
			missing.diagnostics.filter((d) => d.code === 'missing-path').map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character, d.range.end.character]),
			[['missing-path', 2, 2, 8, 16]],
		);
	} finally {
		await stop(client);
		rmSync(dir, { recursive: true, force: true });
	}
});

test('workspace files: a second name kraft looks for beside a file: document gives multiple-kraftfiles; gone after a save, it is gathered again', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'kraftfile-lsp-two-names-'));
	const text = 'spec: v0.6\nname: hello\nunikraft: stable\ntargets:\n  - qemu/x86_64\n';
	writeFileSync(join(dir, 'Kraftfile'), text);
	writeFileSync(join(dir, 'kraft.yaml'), text);
	const uri = pathToFileURL(join(dir, 'Kraftfile')).href;
	const codes = (p: { diagnostics: readonly { code?: unknown }[] }) => p.diagnostics.map((d) => d.code);
	const { client } = await start();
	try {
		let from = client.published.length;
		await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kraftfile', version: 1, text } });
		const two = await client.diagnostics(uri, from, (p) => codes(p).includes('multiple-kraftfiles'));
		assert.deepEqual(codes(two), ['multiple-kraftfiles'], JSON.stringify(two));
		assert.equal(two.diagnostics[0]!.severity, 1);
		assert.match(two.diagnostics[0]!.message, /kraft\.yaml/);
		rmSync(join(dir, 'kraft.yaml'));
		from = client.published.length;
		await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
		const one = await client.diagnostics(uri, from, (p) => !codes(p).includes('multiple-kraftfiles'));
		assert.deepEqual(one.diagnostics, []);
	} finally {
		await stop(client);
		rmSync(dir, { recursive: true, force: true });
	}
});

test('kconfig: option names with a value snippet only for clients that expand snippets, and a hover from the bundled index', async () => {
	const text = "spec: v0.6\nname: hello\nunikraft:\n  version: v0.17.0\n  kconfig:\n    CONFIG_LIBUKDEBUG_PRINTK: 'y'\n    CONFIG_LIBUKDEBUG_PRINTK_E\n";
	for (const snippets of [true, false]) {
		const { client } = await start({ snippets });
		try {
			await open(client, text);
			const items = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: URI }, position: { line: 6, character: 30 } })) as { label: string; insertTextFormat: number; textEdit: { newText: string } }[];
			const err = items.find((i) => i.label === 'CONFIG_LIBUKDEBUG_PRINTK_ERR');
			assert.ok(err, JSON.stringify(items.slice(0, 10).map((i) => i.label)));
			assert.deepEqual([err.insertTextFormat, err.textEdit.newText], snippets ? [2, "CONFIG_LIBUKDEBUG_PRINTK_ERR: ${1|'y','n'|}"] : [1, 'CONFIG_LIBUKDEBUG_PRINTK_ERR: ']);
			const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 5, character: 8 } })) as { contents: { value: string } } | null;
			assert.ok(hover?.contents.value.startsWith('**`CONFIG_LIBUKDEBUG_PRINTK`** · bool'), hover?.contents.value);
			assert.match(hover!.contents.value, /From the bundled index/);
		} finally {
			await stop(client);
		}
	}
});
