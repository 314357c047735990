// SPDX-License-Identifier: Apache-2.0
// Starting and stopping code-server for the e2e run and the demo: extensions installed into
// a dedicated --extensions-dir, quiet user settings, loopback only, and a stop that ends the
// whole process group it started (code-server forks its extension hosts).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join, resolve } from 'node:path';

/** User settings that keep the workbench quiet (shared/e2e/README.md). */
export const QUIET_SETTINGS = {
	'security.workspace.trust.enabled': false,
	'workbench.startupEditor': 'none',
	'chat.disableAIFeatures': true,
	'workbench.tips.enabled': false,
	'extensions.autoCheckUpdates': false,
	'extensions.autoUpdate': false,
	'telemetry.telemetryLevel': 'off',
	// The checkout's own git repository is in a parent folder: no prompt about it, no decorations.
	'git.enabled': false,
	'workbench.secondarySideBar.defaultVisibility': 'hidden',
	// With many folders in the Explorer, the sticky parent row covers the row a check clicks.
	'workbench.tree.enableStickyScroll': false,
};

/**
 * The environment that puts the stand-in kraft (test/e2e/kraft-standin/kraft) first on the
 * extension host's PATH, records its calls in `<artifacts>/kraft-calls.log`, and makes the
 * host facts say KVM is usable (KRAFTFILE_HOST_FACTS), so that exactly the targets of the
 * other architecture run emulated (`-W`) whatever this machine's /dev/kvm.
 */
export function kraftStandInEnv(path, artifacts) {
	const standIn = resolve(import.meta.dirname, '../../test/e2e/kraft-standin');
	return { PATH: `${standIn}${delimiter}${path ?? process.env.PATH ?? ''}`, KRAFT_STANDIN_LOG: join(artifacts, 'kraft-calls.log'), KRAFTFILE_HOST_FACTS: 'kvm=true' };
}

/** Directories of one code-server instance under `dir`. */
export function instanceDirs(dir) {
	return { userData: join(dir, 'user-data'), extensions: join(dir, 'extensions'), config: join(dir, 'config.yaml'), log: join(dir, 'code-server.log') };
}

/** Installs .vsix files into the instance's extensions dir (offline, about a second). */
export function installExtensions(tools, dirs, vsixFiles) {
	mkdirSync(dirs.extensions, { recursive: true });
	const args = [tools.codeServer, '--config', dirs.config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
	for (const vsix of vsixFiles) args.push('--install-extension', vsix);
	const r = spawnSync(tools.node, args, { env: tools.env, encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`installing ${vsixFiles.join(', ')} failed:\n${r.stdout}${r.stderr}`);
	return r.stdout;
}

/** A TCP port on 127.0.0.1 that is free right now. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/**
 * Starts code-server on 127.0.0.1:`port` and resolves once it answers /healthz, rejecting
 * after `deadlineMs` or when it exits first. Its output goes to `dirs.log`. `env` is added
 * to the tools' environment (the extension host inherits it); `settings` to the user settings.
 */
export async function startCodeServer(tools, dirs, { port, workspace, env = {}, settings = {}, deadlineMs = 60_000, trust = false }) {
	mkdirSync(join(dirs.userData, 'User'), { recursive: true });
	writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, '\t'));
	const args = [
		tools.codeServer,
		'--config', dirs.config,
		'--auth', 'none',
		'--bind-addr', `127.0.0.1:${port}`,
		'--disable-telemetry',
		'--disable-update-check',
		// `trust`: workspace trust stays on (the untrusted-workspace checks); otherwise every folder is trusted.
		...(trust ? [] : ['--disable-workspace-trust']),
		'--disable-getting-started-override',
		'--user-data-dir', dirs.userData,
		'--extensions-dir', dirs.extensions,
		workspace,
	];
	const out = openSync(dirs.log, 'a');
	const child = spawn(tools.node, args, { env: { ...tools.env, ...env }, stdio: ['ignore', out, out], detached: true });
	let exited;
	child.once('exit', (code, signal) => (exited = `code-server exited (${signal ?? `exit ${code}`}); see ${dirs.log}`));
	const url = `http://127.0.0.1:${port}`;
	const stop = () => stopProcessGroup(child);
	const deadline = Date.now() + deadlineMs;
	while (Date.now() < deadline) {
		if (exited) throw new Error(exited);
		try {
			const res = await fetch(`${url}/healthz`);
			if (res.ok) return { url, child, stop };
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	await stop();
	throw new Error(`code-server did not answer ${url}/healthz within ${deadlineMs} ms; see ${dirs.log}`);
}

/** Ends the process group of `child` (TERM, then KILL after 5 s) and resolves when it is gone. */
export async function stopProcessGroup(child) {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const gone = new Promise((r) => child.once('exit', r));
	const signal = (s) => {
		try {
			process.kill(-child.pid, s);
		} catch {
			// Already gone.
		}
	};
	signal('SIGTERM');
	const timer = setTimeout(() => signal('SIGKILL'), 5_000);
	await gone;
	clearTimeout(timer);
	signal('SIGKILL'); // Whatever of the group outlived its leader.
}
