// SPDX-License-Identifier: Apache-2.0
// Document links (src/core/links.ts): what each named path and URL links to, exactly
// where, and what gets no link; the language server's resolution of a path beside the
// document.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, documentLinks } from '../../src/core';
import { CATALOG_RUNTIMES_REVISION } from '../../src/data/runtimes';
import { resolvePath } from '../../src/server/links';

function links(text: string): string[] {
	return documentLinks(analyze(text)).map((l) => `${text.slice(l.span.start, l.span.end)} -> ${l.target.kind === 'url' ? l.target.url : `path:${l.target.path}`}`);
}

const CATALOG = `https://github.com/unikraft/catalog/tree/${CATALOG_RUNTIMES_REVISION.sha}`;

test('a runtime Kraftfile: the runtime\'s catalog folder, the rootfs, each volume source (not its destination)', () => {
	const text = 'spec: v0.6\nname: app\nruntime: nginx:1.25\nrootfs: ./Dockerfile\nvolumes:\n  - ./html:/usr/share/nginx/html\n  - source: ./data\n    destination: /data\n  - ./conf\ncmd: ["/usr/bin/nginx"]\n';
	assert.deepEqual(links(text), [
		`nginx:1.25 -> ${CATALOG}/library/nginx/1.25`,
		'./Dockerfile -> path:Dockerfile',
		'./html -> path:html',
		'./data -> path:data',
		'./conf -> path:conf',
	]);
});

test('catalog links: the default tag, unikraft.org/ prefix; nothing for names, tags or registries outside the catalog', () => {
	assert.deepEqual(links('runtime: base\n'), [`base -> ${CATALOG}/library/base`]);
	assert.deepEqual(links('runtime: unikraft.org/base:latest\n'), [`unikraft.org/base:latest -> ${CATALOG}/library/base`]);
	for (const r of ['nginx:0.1', 'my-own-runtime:1', 'ghcr.io/me/app:latest', 'localhost:5000/app:latest', 'base@sha256:' + 'a'.repeat(64), 'oci://x', '12']) {
		assert.deepEqual(links(`runtime: ${r}\n`), [], r);
	}
});

test('from source: library, unikraft and template sources that are https URLs or relative paths; not git@ or http', () => {
	const text = [
		'spec: v0.6',
		'name: app',
		'unikraft:',
		'  source: https://github.com/unikraft/unikraft.git',
		'  version: stable',
		'template:',
		'  source: ../app-elfloader',
		'libraries:',
		'  lwip:',
		'    source: https://github.com/unikraft/lib-lwip.git',
		'  musl:',
		'    source: git@github.com:unikraft/lib-musl.git',
		'  newlib:',
		'    source: http://example.com/lib-newlib.git',
		'  plain: stable',
		'targets:',
		'  - qemu/x86_64',
		'',
	].join('\n');
	assert.deepEqual(links(text), [
		'https://github.com/unikraft/unikraft.git -> https://github.com/unikraft/unikraft.git',
		'../app-elfloader -> path:../app-elfloader',
		'https://github.com/unikraft/lib-lwip.git -> https://github.com/unikraft/lib-lwip.git',
	]);
});

test('spec v0.7: rootfs source, source.path and source.dockerfile, ROMs; an oci type and image names get none', () => {
	const text = [
		'spec: v0.7',
		'rootfs:',
		'  source:',
		'    path: .',
		'    dockerfile: ./custom/Dockerfile',
		'roms:',
		'  - ./extra/',
		'  - source: ./old.erofs',
		'    type: erofs',
		'  - source:',
		'      path: nginx',
		'      type: oci',
		'  - unikraft.org/data:latest',
		'',
	].join('\n');
	assert.deepEqual(links(text), ['. -> path:.', './custom/Dockerfile -> path:custom/Dockerfile', './extra/ -> path:extra', './old.erofs -> path:old.erofs']);
});

test('no link: absolute paths, ~, escapes that make the span wider than a volume source, empty values; never a throw', () => {
	assert.deepEqual(links('rootfs: /srv/rootfs\nvolumes:\n  - ~/x:/x\n  - "./a\\x62:/b"\n  - :/y\n  - ""\n'), []);
	for (const t of ['rootfs: [1]\n', 'volumes: 3\n', 'libraries: [a]\n', 'unikraft: {source: {a: b}}\n', '- a\n', ': :\n', 'rootfs: "\n', '\u0000\u0001']) {
		assert.doesNotThrow(() => links(t), t);
	}
	assert.deepEqual(documentLinks(analyze('\u0000\u0001binary')), []);
});

test('a quoted path links its characters only; CRLF keeps offsets', () => {
	const text = 'spec: v0.6\r\nruntime: base:latest\r\nrootfs: "./my rootfs"\r\n';
	const [l] = documentLinks(analyze(text)).filter((x) => x.target.kind === 'path');
	assert.equal(text.slice(l!.span.start, l!.span.end), './my rootfs');
	assert.deepEqual(l!.target, { kind: 'path', path: 'my rootfs' });
});

test('language server: a path beside the document, escaped; nothing for an untitled document', () => {
	assert.equal(resolvePath('file:///home/me/app/Kraftfile', 'my rootfs/Dockerfile'), 'file:///home/me/app/my%20rootfs/Dockerfile');
	assert.equal(resolvePath('file:///home/me/app/Kraftfile', '../lib#1'), 'file:///home/me/lib%231');
	assert.equal(resolvePath('file:///home/me/app/Kraftfile', '.'), 'file:///home/me/app/');
	assert.equal(resolvePath('untitled:Untitled-1', 'rootfs'), undefined);
	assert.equal(resolvePath('not a uri', 'rootfs'), undefined);
});
