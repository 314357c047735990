// SPDX-License-Identifier: Apache-2.0
// Document links: the files and pages a Kraftfile names, as plain data for the adapters
// (VS Code's DocumentLinkProvider, LSP `textDocument/documentLink`). A path is given
// relative to the Kraftfile's folder, for the adapter to resolve against the document's
// own URI; a URL as it is. Nothing is looked up: a link to a path that is not there
// still opens (the editor says so), and `missing-path` says it first.
import { CATALOG_RUNTIMES_REVISION } from '../data/runtimes';
import type { Analysis } from './analysis';
import { namedFiles } from './named-files';
import { relativePath, webUrl } from './paths';
import { resolveRuntime } from './runtimes';
import type { Span } from './types';
import { contentStart, lastEntry } from './yaml-nodes';
import { isScalar } from 'yaml';

export type LinkTarget =
	/** A relative POSIX path from the Kraftfile's folder (`..` may lead out of it). */
	| { readonly kind: 'path'; readonly path: string }
	/** An `https://` URL. */
	| { readonly kind: 'url'; readonly url: string };

export interface DocumentLink {
	readonly span: Span;
	readonly target: LinkTarget;
	/** What opening it shows, in a few words (VS Code's tooltip). */
	readonly tooltip: string;
}

const CATALOG = 'https://github.com/unikraft/catalog/tree';

/** The links of an analysed Kraftfile, in document order; none for a text that was not checked. Never throws. */
export function documentLinks(analysis: Analysis): DocumentLink[] {
	if (analysis.ignored) return [];
	try {
		return collect(analysis);
	} catch {
		return [];
	}
}

function collect({ parsed, model }: Analysis): DocumentLink[] {
	const links: DocumentLink[] = [];
	for (const f of namedFiles(parsed, model)) {
		// A link must cover what it opens: not a whole `"./x:/y"` scalar for its `./x`.
		if (!f.exact && f.role === 'volume') continue;
		const url = webUrl(f.value);
		if (url) {
			links.push({ span: f.span, target: { kind: 'url', url }, tooltip: `Open ${url}` });
			continue;
		}
		// An image (`type: oci`), or a root file system value with a tag or digest, is no path.
		if (f.type === 'oci' || ((f.role === 'rootfs' || f.role === 'rom') && /[:@]/.test(f.value))) continue;
		const path = relativePath(f.value);
		if (path === undefined) continue;
		links.push({ span: f.span, target: { kind: 'path', path }, tooltip: path === '.' ? 'Open the folder of this Kraftfile' : `Open ${path} (from this Kraftfile's folder)` });
	}
	const runtime = catalogLink(parsed.text, model.top.entries ? lastEntry(model.top.entries, 'runtime')?.value : undefined);
	if (runtime) links.push(runtime);
	return links.sort((a, b) => a.span.start - b.span.start);
}

/** A `runtime` the catalog data knows: its folder in unikraft/catalog, at the revision the data was read from. */
function catalogLink(text: string, node: unknown): DocumentLink | undefined {
	if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
	const found = resolveRuntime(node.value);
	if (found.kind !== 'catalog') return undefined;
	const start = contentStart(text, node);
	const span = start === undefined ? { start: node.range[0], end: node.range[1] } : { start, end: start + node.value.length };
	const sha = CATALOG_RUNTIMES_REVISION.sha;
	return {
		span,
		target: { kind: 'url', url: `${CATALOG}/${sha}/${found.row.path}` },
		tooltip: `Open ${found.row.path} in unikraft/catalog (at ${sha.slice(0, 8)}, ${CATALOG_RUNTIMES_REVISION.date})`,
	};
}
