// SPDX-License-Identifier: Apache-2.0
// The settings `kraftfile.unikraftRelease` and `kraftfile.hostHints`, per document. Asked
// of the client with `workspace/configuration` (scopeUri = the document, so per-folder
// settings work) when it can answer; otherwise from `initializationOptions` and the last
// `workspace/didChangeConfiguration`. Anything malformed falls back to the default.
import type { Connection } from 'vscode-languageserver/node';

export interface Settings {
	/** The release to assume when the Kraftfile names none; empty: the latest known. */
	readonly unikraftRelease: string;
	/** Whether to say which targets run emulated or not at all on this machine. */
	readonly hostHints: boolean;
}

export const DEFAULT_SETTINGS: Settings = { unikraftRelease: '', hostHints: true };

/** Reads `{ unikraftRelease, hostHints }` from a client's answer, or from `{ kraftfile: { … } }`. */
export function readSettings(value: unknown, base: Settings = DEFAULT_SETTINGS): Settings {
	if (!value || typeof value !== 'object') return base;
	const nested = (value as { kraftfile?: unknown }).kraftfile;
	const v = (nested && typeof nested === 'object' ? nested : value) as { unikraftRelease?: unknown; hostHints?: unknown };
	return {
		unikraftRelease: typeof v.unikraftRelease === 'string' ? v.unikraftRelease.trim() : base.unikraftRelease,
		hostHints: typeof v.hostHints === 'boolean' ? v.hostHints : base.hostHints,
	};
}

export class SettingsSource {
	/** Asked once per document until the configuration changes. */
	private readonly perDocument = new Map<string, Promise<Settings>>();
	private pushed: Settings;

	constructor(
		private readonly connection: Connection,
		private readonly pull: boolean,
		initializationOptions: unknown,
	) {
		this.pushed = readSettings(initializationOptions);
	}

	get(uri: string): Promise<Settings> {
		if (!this.pull) return Promise.resolve(this.pushed);
		let found = this.perDocument.get(uri);
		if (!found) {
			found = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'kraftfile' }).then(
				(value: unknown) => readSettings(value, this.pushed),
				() => this.pushed,
			);
			this.perDocument.set(uri, found);
		}
		return found;
	}

	/** `workspace/didChangeConfiguration`: a client that pushes settings sends them here. */
	changed(settings: unknown): void {
		this.perDocument.clear();
		this.pushed = readSettings(settings, this.pushed);
	}

	forget(uri: string): void {
		this.perDocument.delete(uri);
	}
}
