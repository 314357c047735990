// SPDX-License-Identifier: Apache-2.0
// A status bar item while a Kraftfile is active: the host's architecture and KVM state;
// clicking it opens the platform support view.
import * as vscode from 'vscode';
import { osWords, type HostFacts } from '../core';
import { isKraftfile } from './selector';
import { SHOW_SUPPORT_COMMAND } from './support-view';

export function registerStatusBar(host: HostFacts): vscode.Disposable {
	const item = vscode.window.createStatusBarItem('kraftfile.host', vscode.StatusBarAlignment.Right, 100);
	item.name = 'Kraftfile: host';
	const kvm = host.kvm ? 'KVM' : 'no KVM';
	item.text = `$(server-environment) ${host.arch ?? 'unknown arch'} · ${kvm}`;
	const os = osWords(host.os) ?? 'this OS';
	const tooltip = new vscode.MarkdownString(
		[
			`**This host**: ${host.arch ?? 'an architecture Unikraft has no name for'} on ${os}.`,
			host.kvm
				? '`/dev/kvm` is usable: `qemu` and `fc` targets of this architecture run accelerated by KVM.'
				: host.os === 'linux'
					? 'No usable `/dev/kvm`: `qemu` targets run emulated (slower, `kraft run -W`), `fc` targets cannot run here.'
					: `${os} has no KVM: \`qemu\` targets run emulated (slower, \`kraft run -W\`), \`fc\` targets cannot run here.`,
			'Other architectures always run emulated. Click for the platform support table.',
		].join('\n\n'),
	);
	item.tooltip = tooltip;
	item.command = SHOW_SUPPORT_COMMAND;
	const update = (editor: vscode.TextEditor | undefined): void => {
		if (editor && isKraftfile(editor.document)) item.show();
		else item.hide();
	};
	update(vscode.window.activeTextEditor);
	return vscode.Disposable.from(item, vscode.window.onDidChangeActiveTextEditor(update));
}
