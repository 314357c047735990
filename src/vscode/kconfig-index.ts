// SPDX-License-Identifier: Apache-2.0
// The bundled Kconfig index for the extension, desktop and web alike: dist/kconfig-index.json,
// read through `vscode.workspace.fs` the first time an analysis asks for it (a Kraftfile
// with kconfig), never at activation. The analysis is synchronous and the read is not, so
// the first ask starts the read and answers nothing; when it is in, `onDidLoad` fires and
// the open Kraftfiles are checked again.
import * as vscode from 'vscode';
import { loadKconfigIndex, type KconfigIndex } from '../core';

export class KconfigIndexLoader implements vscode.Disposable {
	private index: KconfigIndex | undefined;
	private state: 'idle' | 'loading' | 'loaded' | 'failed' = 'idle';
	private readonly loaded = new vscode.EventEmitter<void>();
	/** Fires once, when the index has been read. */
	readonly onDidLoad = this.loaded.event;

	constructor(private readonly extensionUri: vscode.Uri) {}

	/** For `AnalysisOptions.kconfigIndex`: the index if read, else starts reading it. */
	readonly get = (): KconfigIndex | undefined => {
		if (this.state === 'idle') this.start();
		return this.index;
	};

	/** Whether the index has been read (part of an analysis's cache key). */
	get ready(): boolean {
		return this.state === 'loaded';
	}

	private start(): void {
		this.state = 'loading';
		void Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'dist', 'kconfig-index.json'))).then(
			(bytes) => {
				this.index = loadKconfigIndex(() => new TextDecoder().decode(bytes));
				this.state = this.index ? 'loaded' : 'failed';
				if (this.index) this.loaded.fire();
			},
			(e: unknown) => {
				this.state = 'failed';
				console.error('[kraftfile] the Kconfig index could not be read', e);
			},
		);
	}

	dispose(): void {
		this.loaded.dispose();
	}
}
