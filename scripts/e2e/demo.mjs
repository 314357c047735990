#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
// `npm run demo`: the extension running in a real VS Code in one command. Installs the tools
// if they are missing (scripts/e2e/tools.mjs), builds and packages the extension as users
// get it, installs it into a code-server of its own (under $KRAFTFILE_TOOLS_DIR/demo) and
// opens examples/, a few Kraftfiles with typical mistakes. Prints the address to open and
// stays up until Ctrl+C. Listens on 127.0.0.1 only; the port is $PORT, else 8080 if free.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, installExtensions, instanceDirs, startCodeServer } from './code-server.mjs';
import { ensureTools, ROOT, TOOLS_DIR } from './tools.mjs';

const EXAMPLES = join(ROOT, 'examples');

try {
	const tools = ensureTools();
	console.log('[demo] npm run package');
	const built = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8' });
	if (built.status !== 0) throw new Error(`npm run package failed:\n${built.stdout}${built.stderr}`);
	const dirs = instanceDirs(join(TOOLS_DIR, 'demo'));
	// A fresh extensions dir every time, so the demo always shows the build just made.
	rmSync(dirs.extensions, { recursive: true, force: true });
	installExtensions(tools, dirs, [join(ROOT, 'dist/kraftfile.vsix')]);
	const port = Number(process.env.PORT) || ((await isFree(8080)) ? 8080 : await freePort());
	const server = await startCodeServer(tools, dirs, { port, workspace: EXAMPLES });
	let stopping = false;
	const stop = async () => {
		stopping = true;
		console.log('\n[demo] stopping code-server');
		await server.stop();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
	server.child.once('exit', (code) => {
		if (stopping) return;
		console.error(`[demo] code-server exited (${code}); its log: ${dirs.log}`);
		process.exit(1);
	});
	console.log(`\nThe Kraftfile extension is running in VS Code (code-server) on the examples:\n\n    ${server.url}/?folder=${encodeURI(EXAMPLES)}\n\nOpen that address in a browser. Ctrl+C stops it.`);
} catch (e) {
	console.error(`[demo] ${e instanceof Error ? e.message : e}`);
	process.exit(1);
}

async function isFree(port) {
	const { createServer } = await import('node:net');
	return new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}
