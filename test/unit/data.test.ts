// SPDX-License-Identifier: Apache-2.0
// The tables in src/data: every row has a source, ids are unique, and names do not
// collide across tables (a name is a platform, a planned/cloud name, or neither).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ARCHITECTURE_MISNOMERS, ARCHITECTURES, UNSUPPORTED_ARCHITECTURES } from '../../src/data/architectures';
import { KEYS } from '../../src/data/keys';
import { OTHER_PLATFORMS } from '../../src/data/other-platforms';
import { BRANCHES } from '../../src/data/branches';
import { PLATFORMS } from '../../src/data/platforms';
import { LATEST_RELEASE, RELEASES } from '../../src/data/releases';
import { SOURCE_TABLES } from './support/source-tables';

// Tables found by loading src/data (support/source-tables.ts); these must be among them,
// so that the discovery cannot quietly find nothing.
const EXPECTED = ['PLATFORMS', 'OTHER_PLATFORMS', 'ARCHITECTURES', 'ARCHITECTURE_MISNOMERS', 'UNSUPPORTED_ARCHITECTURES', 'KEYS', 'OBSOLETE_KEYS', 'KEY_VALUES', 'SPEC_VERSIONS', 'RELEASES', 'BRANCHES', 'STACKS', 'ACCELERATION', 'EMULATION_CAUSES', 'EMULATION_SUPPORT', 'COMPARISON', 'LOCAL_RUN', 'NAME_NOTES', 'HOSTED_HYPERVISORS', 'DEBUG_OPTIONS', 'DEBUG_TOOLS', 'PLATFORM_CELLS'];

test('every table of src/data with sources: each row has at least one source with a link and a label', () => {
	for (const name of EXPECTED) assert.ok(name in SOURCE_TABLES, `${name} not found in src/data`);
	for (const [name, rows] of Object.entries(SOURCE_TABLES)) {
		rows.forEach((row, i) => {
			assert.ok(Array.isArray(row.sources) && row.sources.length > 0, `${name}[${i}] has no source`);
			for (const s of row.sources) {
				assert.match(s.url, /^https:\/\/(github\.com|unikraft\.org)\//, `${name}[${i}]`);
				assert.ok(s.label.length > 3, `${name}[${i}]`);
			}
		});
	}
});

test('platform support cells that say "unsupported" have their own sources', () => {
	for (const p of PLATFORMS) {
		for (const [arch, cell] of Object.entries(p.architectures)) {
			if (!cell.supported) assert.ok(cell.sources.length > 0 && cell.why.length > 20, `${p.id}/${arch}`);
		}
	}
});

test('names are unique within and across platform tables', () => {
	const names = [...PLATFORMS.flatMap((p) => [p.id, ...p.aliases]), ...OTHER_PLATFORMS.map((o) => o.name)];
	assert.equal(new Set(names).size, names.length, names.join(','));
	const archNames = [...ARCHITECTURES.map((a) => a.id), ...ARCHITECTURE_MISNOMERS.map((a) => a.name), ...UNSUPPORTED_ARCHITECTURES.map((a) => a.name)];
	assert.equal(new Set(archNames).size, archNames.length);
	const keys = KEYS.map((k) => `${k.scope}:${k.name}`);
	assert.equal(new Set(keys).size, keys.length);
});

test('releases are sorted, and the latest is the last row', () => {
	const v = RELEASES.map((r) => r.version.split('.').map(Number));
	for (let i = 1; i < v.length; i++) {
		const [a, b] = [v[i - 1]!, v[i]!];
		assert.ok(a[0]! < b[0]! || (a[0] === b[0] && (a[1]! < b[1]! || (a[1] === b[1] && a[2]! < b[2]!))), RELEASES[i]!.version);
	}
	assert.equal(RELEASES[RELEASES.length - 1]!.version, LATEST_RELEASE.join('.'));
});

test('every release named in the matrix is a known release', () => {
	const known = new Set(RELEASES.map((r) => r.version));
	for (const p of PLATFORMS) {
		const named = [p.since, p.removedIn, ...Object.values(p.architectures).flatMap((c) => (c.supported === true ? [c.since, c.removedIn, c.caveatSince] : []))].filter((x): x is string => !!x);
		for (const v of named) assert.ok(known.has(v), `${p.id}: ${v}`);
	}
});

test('a platform no release has names known branches that have it', () => {
	for (const p of PLATFORMS) {
		for (const b of p.onlyOnBranches ?? []) {
			const row = BRANCHES.find((r) => r.name === b);
			assert.ok(row, `${p.id}: branch ${b} is not in src/data/branches.ts`);
			assert.ok(row.platforms.includes(p.id), `${p.id}: branch ${b} does not list it`);
		}
	}
	for (const b of BRANCHES) for (const id of b.platforms) assert.ok(PLATFORMS.some((p) => p.id === id && p.onlyOnBranches?.includes(b.name)), `${b.name}: ${id}`);
});
