// SPDX-License-Identifier: Apache-2.0
// The "Platform Support" webview as an HTML string: the core's support matrix for one
// release (`supportMatrix`), the words from src/data (platform titles, what runs them, the
// hypervisor kinds, the platforms that are none), and the host marked. Imports no `vscode`,
// so that unit tests can render it; support-view.ts passes the CSP source, a nonce and the
// pictures' URIs.
import { supportMatrix, releaseName, type HostFacts, type ReleaseInEffect, type SupportCell } from '../core';
import { LOCAL_RUN } from '../data/local-run';
import { OTHER_PLATFORMS } from '../data/other-platforms';
import type { PlatformRow } from '../data/platforms';
import { STACKS, type StackRow } from '../data/virtualization';

export interface SupportViewOptions {
	readonly release: ReleaseInEffect;
	/** How the release was chosen, in words (`named by the Kraftfile`, `latest` …). */
	readonly releaseNote: string;
	readonly host?: HostFacts;
	/** The webview's `cspSource`, allowed for images and styles. */
	readonly cspSource: string;
	readonly nonce: string;
	/** The URI of a picture in `media/` (a file name of `STACKS`), if the adapter has them. */
	readonly pictureUri?: (file: string) => string;
}

/** Renders the whole view. */
export function renderSupportView(o: SupportViewOptions): string {
	const matrix = supportMatrix(o.release, o.host);
	const head = matrix.architectures.map((a) => `<th scope="col">${esc(a)}${o.host?.arch === a ? ' <span class="you">this host</span>' : ''}</th>`).join('');
	const rows = matrix.rows
		.map(({ platform: p, cells }) => {
			const aliases = p.aliases.length ? `<div class="alias">alias ${p.aliases.map((x) => `<code>${esc(x)}</code>`).join(', ')}</div>` : '';
			return `<tr><th scope="row"><code>${esc(p.id)}</code>${aliases}<div class="title">${esc(p.title)}</div></th><td>${esc(stack(p.hypervisor).title)}</td><td>${md(localRun(p))}</td>${cells.map((c) => `<td>${cell(c)}</td>`).join('')}</tr>`;
		})
		.join('\n');
	const others = OTHER_PLATFORMS.map((x) => `<li><code>${esc(x.name)}</code> — ${esc(x.title)}: ${x.kind === 'planned' ? 'planned, not supported' : 'a cloud, not a platform'}. ${md(x.instead)}</li>`).join('');
	const pictures = o.pictureUri ? [stack('type-1'), stack('type-2')].map((s) => figure(s, o.pictureUri!)).join('') : '';
	return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${o.cspSource}; style-src 'nonce-${o.nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Unikraft platform support</title>
<style nonce="${o.nonce}">${STYLE}</style></head>
<body>
<h1>Unikraft platform support — ${md(releaseName(o.release))}</h1>
<p class="note">${esc(o.releaseNote)}. ${hostLine(o.host)}</p>
<table><thead><tr><th scope="col">platform</th><th scope="col">hypervisor</th><th scope="col">runs with</th>${head}</tr></thead>
<tbody>
${rows}
</tbody></table>
<p class="legend"><span class="ok">✔</span> supported · <span class="no">✘</span> does not build · <span class="warn">!</span> builds, with a caveat · <span class="warn">?</span> not known, or not in every release this may mean · <span class="emu">emulated</span>/<span class="emu">not here</span>: how <code>kraft run</code> would start it on this host</p>
<h2>Not platforms</h2><ul>${others}</ul>
<div class="pictures">${pictures}</div>
</body></html>`;
}

function stack(kind: StackRow['kind']): StackRow {
	return STACKS.find((s) => s.kind === kind)!;
}

function localRun(p: PlatformRow): string {
	return LOCAL_RUN.find((l) => l.localRun === p.localRun)!.label;
}

function figure(s: StackRow, uri: (file: string) => string): string {
	return s.picture ? `<figure><img src="${esc(uri(s.picture.file))}" alt="${esc(s.picture.alt)}"><figcaption>${esc(s.title)}</figcaption></figure>` : '';
}

function cell(c: SupportCell): string {
	if (c.verdict.kind === 'mixed') {
		return `<span class="warn" title="${esc(c.verdict.unknown ? 'not known for this release or branch' : 'builds in some of the releases this may mean, not in all')}">?</span>`;
	}
	const s = c.verdict.support;
	switch (s.status) {
		case 'branch-only':
			return `<span class="no" title="in no release">✘ only on ${esc(s.branches.join(', '))}</span>`;
		case 'unknown':
			return `<span class="warn" title="${esc(s.why ?? 'not known')}">?</span>`;
		case 'removed':
			return `<span class="no" title="removed in ${esc(s.removedIn)}">✘ removed in ${esc(s.removedIn)}</span>`;
		case 'not-yet':
			return `<span class="no" title="from ${esc(s.since)}">✘ from ${esc(s.since)}</span>`;
		case 'unsupported':
			return `<span class="${s.severity === 'error' ? 'no' : 'warn'}" title="${esc(s.why)}">${s.severity === 'error' ? '✘' : '!'}</span>`;
		case 'supported': {
			const tag = c.run ? ` <span class="emu" title="${esc(c.run.message)}">${c.run.code === 'emulated-target' ? 'emulated' : 'not here'}</span>` : '';
			return s.caveat ? `<span class="warn" title="${esc(s.caveat)}">! </span>${tag}` : `<span class="ok">✔</span>${tag}`;
		}
	}
}

function hostLine(h: HostFacts | undefined): string {
	if (!h) return '';
	const os = h.os === 'darwin' ? 'macOS' : h.os === 'windows' ? 'Windows' : h.os === 'linux' ? 'Linux' : 'an unknown OS';
	const kvm = h.kvm ? 'KVM usable' : h.os === 'linux' ? 'no usable /dev/kvm' : 'no KVM';
	return `This host: ${esc(h.arch ?? 'an architecture Unikraft has no name for')} on ${os}, ${kvm}.`;
}

/** Escapes text for HTML. */
function esc(s: string): string {
	return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Escapes, then renders `code` spans. */
function md(s: string): string {
	return esc(s).replace(/`([^`]+)`/g, '<code>$1</code>');
}

const STYLE = `
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 1.5em 2em; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid var(--vscode-panel-border, #8884); padding: .35em .7em; text-align: left; vertical-align: top; }
thead th { background: var(--vscode-editorWidget-background); }
code { font-family: var(--vscode-editor-font-family); }
.title, .alias, .note, .legend { color: var(--vscode-descriptionForeground); font-size: .9em; }
.ok { color: var(--vscode-testing-iconPassed, #3a3); } .no { color: var(--vscode-errorForeground, #c33); }
.warn { color: var(--vscode-editorWarning-foreground, #c90); } .emu { color: var(--vscode-editorInfo-foreground, #39c); font-size: .85em; }
.you { font-size: .75em; color: var(--vscode-editorInfo-foreground, #39c); }
.pictures { display: flex; gap: 2em; flex-wrap: wrap; } figure { margin: 0; } img { max-width: 320px; }
`;
