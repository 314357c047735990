// SPDX-License-Identifier: Apache-2.0
// Where `kraft` is and which version, for the tasks and the CodeLens. Nothing here runs
// anything in an untrusted workspace, nor on the web (no probe is given there): `available`
// is false and no task or CodeLens appears. In a trusted workspace `kraft version` runs once,
// and again when `kraftfile.kraftPath` changes; a missing kraft gets one message a session.
import * as vscode from 'vscode';
import type { KraftVersion } from '../core';
import type { KraftProbe } from '../node/kraft-probe';

// The install guide and its one-line installer: unikraft/docs content/docs/cli/install.mdx (../shared/sources/unikraft/docs/36736952).
export const INSTALL_URL = 'https://unikraft.org/docs/cli/install';
const INSTALLER = "`curl --proto '=https' --tlsv1.2 -sSf https://get.kraftkit.sh | sh`";

/** The `kraftfile.kraftPath` setting (machine-overridable, ignored in untrusted workspaces), else `kraft` on `PATH`. */
export function kraftCommandSetting(): string {
	const value = vscode.workspace.getConfiguration('kraftfile').get<string>('kraftPath', '');
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : 'kraft';
}

export interface FoundKraft {
	readonly command: string;
	readonly version?: KraftVersion;
}

export class KraftService implements vscode.Disposable {
	private probing: Promise<KraftProbe> | undefined;
	private told = false;
	private readonly changed = new vscode.EventEmitter<void>();
	readonly onDidChange = this.changed.event;
	private readonly subscriptions: vscode.Disposable[];

	/** `probe`: runs `<command> version` (desktop only); absent on the web, where nothing runs. */
	constructor(private readonly probe?: (command: string) => Promise<KraftProbe>) {
		this.subscriptions = [
			this.changed,
			vscode.workspace.onDidGrantWorkspaceTrust(() => {
				this.updateContext();
				this.changed.fire();
			}),
			vscode.workspace.onDidChangeConfiguration((e) => {
				if (e.affectsConfiguration('kraftfile.kraftPath')) {
					this.probing = undefined;
					this.found = undefined;
					this.changed.fire();
				}
				if (e.affectsConfiguration('kraftfile.codeLens.enabled')) this.changed.fire();
			}),
		];
		this.updateContext();
	}

	/**
	 * `kraftfile.canRunKraft`: the palette shows the kraft commands only where it is true (not
	 * `!isWeb`: code-server's workbench is a web page even when extensions run on a server).
	 */
	private updateContext(): void {
		void vscode.commands.executeCommand('setContext', 'kraftfile.canRunKraft', this.allowed);
	}

	/** Whether kraft may be run here at all: the desktop, in a trusted workspace. */
	get allowed(): boolean {
		return this.probe !== undefined && vscode.workspace.isTrusted;
	}

	private found: FoundKraft | undefined;

	/** The kraft the last look-up found, without looking (for hovers, which start no process); none when it may not run here. */
	get known(): FoundKraft | undefined {
		return this.allowed ? this.found : undefined;
	}

	/** kraft and its version, or `undefined` when it may not run here or is missing (then the message, once). */
	async find(): Promise<FoundKraft | undefined> {
		if (!this.allowed || !this.probe) return undefined;
		this.probing ??= this.probe(kraftCommandSetting());
		const probe = await this.probing;
		if (probe.found) return (this.found = { command: probe.command, ...(probe.version ? { version: probe.version } : {}) });
		this.found = undefined;
		this.tellMissing(probe);
		return undefined;
	}

	private tellMissing(probe: Extract<KraftProbe, { found: false }>): void {
		if (this.told) return;
		this.told = true;
		const where = probe.command === 'kraft' ? '`kraft` is not on PATH' : `\`${probe.command}\` (the setting kraftfile.kraftPath) ${probe.reason === 'not found' ? 'does not exist' : probe.reason}`;
		const why = probe.command === 'kraft' && probe.reason !== 'not found' ? `\`kraft\` ${probe.reason}` : where;
		void vscode.window
			.showInformationMessage(`Kraftfile: ${why}, so there are no kraft tasks or Build/Run lenses. Install kraft (${INSTALLER}, or see the install guide), or set kraftfile.kraftPath.`, 'Install Guide', 'Open Setting')
			.then((choice) => {
				if (choice === 'Install Guide') void vscode.env.openExternal(vscode.Uri.parse(INSTALL_URL));
				else if (choice === 'Open Setting') void vscode.commands.executeCommand('workbench.action.openSettings', 'kraftfile.kraftPath');
			});
	}

	dispose(): void {
		for (const s of this.subscriptions) s.dispose();
	}
}
