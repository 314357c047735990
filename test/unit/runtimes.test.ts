// SPDX-License-Identifier: Apache-2.0
// resolveRuntime: a `runtime:` string read the way kraft reads it (src/data/runtime-reference.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { catalogBuildsFor, resolveRuntime, type RuntimeResolution } from '../../src/core/runtimes';
import { CATALOG_RUNTIMES } from '../../src/data/runtimes';

const row = (path: string) => {
	const r = CATALOG_RUNTIMES.find((x) => x.path === path);
	assert.ok(r, path);
	return r;
};
const brief = (r: RuntimeResolution) => (r.kind === 'catalog' ? `catalog ${r.row.path} ${r.tag}${r.tagWritten ? '' : ' (default)'}` : `${r.kind} ${r.why}`);

test('catalog names, with and without the registry kraft defaults to, and the one the catalog pushes to', () => {
	const cases: [string, string][] = [
		['base:latest', 'catalog library/base latest'],
		['base', 'catalog library/base latest (default)'],
		['unikraft.org/base:latest', 'catalog library/base latest'],
		['unikraft.org/base', 'catalog library/base latest (default)'],
		['index.unikraft.io/unikraft.org/nginx:1.25', 'catalog library/nginx/1.25 1.25'],
		['nginx:1.15', 'catalog library/nginx/1.15 1.15'],
		['python:3.12', 'catalog library/python/3.12 3.12'],
		['httpbingo:2.13.4', 'catalog library/httpbingo/2.13.4 2.13.4'],
		['lua:5.4', 'catalog library/lua/5.4 5.4'],
		['lua:5.4.4', 'catalog library/lua/5.4.4 5.4.4'],
	];
	for (const [value, want] of cases) assert.equal(brief(resolveRuntime(value)), want, value);
});

test('names outside the catalog say why', () => {
	const cases: [string, string][] = [
		['', 'outside empty'],
		['oci://unikraft.org/base:latest', 'outside scheme'],
		['kernel://./build/app_qemu-x86_64', 'outside scheme'],
		['ghcr.io/me/app:1.0', 'outside registry'],
		['index.unikraft.io/official/base:latest', 'outside registry'],
		['registry.example.com/base:latest', 'outside registry'],
		['unikraft.org:443/base', 'outside registry'],
		['localhost/app', 'outside localhost'],
		['localhost:5000/app', 'outside localhost'],
		['127.0.0.1:5000/app', 'outside localhost'],
		['base@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', 'outside digest'],
		['unikraft.org/base@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', 'outside digest'],
		['myapp:latest', 'outside not-in-catalog'],
		['library/base:latest', 'outside not-in-catalog'],
		['Base:latest', 'outside not-in-catalog'],
		['unikraft.org/node', 'outside tag-not-in-catalog'],
		['nginx:latest', 'outside tag-not-in-catalog'],
		['hugo:latest', 'outside tag-not-in-catalog'],
		['base:staging', 'outside tag-not-in-catalog'],
	];
	for (const [value, want] of cases) assert.equal(brief(resolveRuntime(value)), want, value);
});

test('a catalog name with a tag the catalog does not publish lists the tags it does', () => {
	const r = resolveRuntime('node:22');
	assert.equal(r.kind, 'outside');
	assert.ok(r.kind === 'outside' && r.why === 'tag-not-in-catalog');
	assert.equal(r.name, 'node');
	assert.equal(r.tag, '22');
	assert.deepEqual(r.sameName?.flatMap((x) => x.tags), ['18', '20', '21']);
});

test('more than one colon outside a scheme is refused by kraft when it loads the Kraftfile (transform.go)', () => {
	for (const value of ['localhost:5000/app:latest', 'unikraft.org/base:latest@sha256:0123', 'a:b:c']) {
		const r = resolveRuntime(value);
		assert.equal(r.kind, 'invalid', value);
		assert.ok(r.kind === 'invalid' && r.colons === 2, value);
	}
});

test('spec v0.7 reads the string whole: a registry with a port is a local registry, not an error', () => {
	assert.equal(brief(resolveRuntime('localhost:5000/app:latest', { whole: true })), 'outside localhost');
	assert.equal(brief(resolveRuntime('registry.example.com:5000/app:1.0', { whole: true })), 'outside registry');
	assert.equal(brief(resolveRuntime('unikraft.org/base:latest', { whole: true })), 'catalog library/base latest');
	assert.equal(brief(resolveRuntime('a:b:c', { whole: true })), 'outside not-in-catalog');
});

test('nothing throws on odd strings', () => {
	for (const value of [':', '::', '/', '@', 'a/', '/a', ':latest', 'base:', '\u0000', ' base:latest', 'x'.repeat(10000)]) {
		assert.doesNotThrow(() => resolveRuntime(value), JSON.stringify(value.slice(0, 20)));
	}
	assert.equal(brief(resolveRuntime('base:')), 'outside tag-not-in-catalog');
	assert.equal(brief(resolveRuntime(' base:latest')), 'outside not-in-catalog');
});

test('catalogBuildsFor compares by what kraft means, so firecracker matches the catalog fc', () => {
	const base = row('library/base');
	assert.equal(catalogBuildsFor(base, 'fc', 'x86_64'), true);
	assert.equal(catalogBuildsFor(base, 'firecracker', 'x86_64'), true);
	assert.equal(catalogBuildsFor(base, 'qemu', 'x86_64'), true);
	assert.equal(catalogBuildsFor(base, 'kvm', 'x86_64'), true);
	assert.equal(catalogBuildsFor(base, 'qemu', 'arm64'), false);
	// Not in the generated snapshot: the Hyperlight build of base:latest is an addition (catalog f2f85476).
	assert.equal(catalogBuildsFor(base, 'hyperlight', 'x86_64'), true);
	assert.equal(catalogBuildsFor(base, 'hl', 'x86_64', 'latest'), true);
	assert.equal(catalogBuildsFor(base, 'hyperlight', 'x86_64', 'staging'), false);
	assert.equal(catalogBuildsFor(base, 'xen', 'x86_64'), false);
	assert.equal(catalogBuildsFor(base, 'nope', 'x86_64'), false);
	assert.equal(catalogBuildsFor(base, 'qemu', 'amd64'), false);
	const hello = row('library/helloworld');
	assert.equal(catalogBuildsFor(hello, 'xen', 'x86_64'), true);
	assert.equal(catalogBuildsFor(hello, 'qemu', 'arm64'), true);
	assert.equal(catalogBuildsFor(hello, 'fc', 'arm64'), false);
});
