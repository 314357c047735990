// SPDX-License-Identifier: Apache-2.0
// Every platform × architecture × release, written out by hand from
// shared/reference/kraftfile-and-support.md §4–§5 as corrected by the audit of 2026-12
// (shared/reference/audit-2026-12.md: Xen on arm64 from v0.16.2, Hyperlight in no release
// but on the branch `plat-hyperlight`, Xen on 32-bit arm doubtful from v0.21.0), against
// what the analysis reports for a shorthand target and for the same target in map form.
// The table is deliberately not computed from src/data: it is the independent statement
// the data must agree with. Columns that are not one release (`stable`, `0.16`, a branch)
// get an error only where every release they may mean fails.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/core';

type Want = '' | 'removed' | 'unsupported' | 'unsupported-warn' | 'unsupported-info' | 'known-issue';
const PLATS = ['qemu', 'kvm', 'fc', 'firecracker', 'xen', 'kraftcloud', 'linuxu', 'hyperlight', 'hl'] as const;
const ARCHS = ['x86_64', 'arm64', 'arm'] as const;

// Rows: platform; columns: x86_64, arm64, arm.
const MATRIX: Record<string, Record<(typeof PLATS)[number], [Want, Want, Want]>> = {
	'v0.12.0': {
		qemu: ['', '', 'unsupported'],
		kvm: ['', '', 'unsupported'],
		fc: ['unsupported', 'unsupported', 'unsupported'],
		firecracker: ['unsupported', 'unsupported', 'unsupported'],
		xen: ['', 'unsupported', ''],
		kraftcloud: ['unsupported', 'unsupported-warn', 'unsupported'],
		linuxu: ['', '', ''],
		hyperlight: ['unsupported', 'unsupported', 'unsupported'],
		hl: ['unsupported', 'unsupported', 'unsupported'],
	},
	'v0.13.1': {
		qemu: ['', '', 'unsupported'],
		kvm: ['', '', 'unsupported'],
		fc: ['', 'unsupported', 'unsupported'],
		firecracker: ['', 'unsupported', 'unsupported'],
		xen: ['', 'unsupported', ''],
		kraftcloud: ['', 'unsupported-warn', 'unsupported'],
		linuxu: ['', '', ''],
		hyperlight: ['unsupported', 'unsupported', 'unsupported'],
		hl: ['unsupported', 'unsupported', 'unsupported'],
	},
	'v0.16.1': {
		qemu: ['', '', 'unsupported'],
		kvm: ['', '', 'unsupported'],
		fc: ['', 'known-issue', 'unsupported'],
		firecracker: ['', 'known-issue', 'unsupported'],
		xen: ['', 'unsupported', ''],
		kraftcloud: ['', 'unsupported-warn', 'unsupported'],
		linuxu: ['', '', ''],
		hyperlight: ['unsupported', 'unsupported', 'unsupported'],
		hl: ['unsupported', 'unsupported', 'unsupported'],
	},
	// v0.16.0 to v0.16.3: Xen on arm64 only from v0.16.2.
	'0.16': {
		qemu: ['', '', 'unsupported'],
		kvm: ['', '', 'unsupported'],
		fc: ['', 'known-issue', 'unsupported'],
		firecracker: ['', 'known-issue', 'unsupported'],
		xen: ['', 'unsupported-info', ''],
		kraftcloud: ['', 'unsupported-warn', 'unsupported'],
		linuxu: ['', '', ''],
		hyperlight: ['unsupported', 'unsupported', 'unsupported'],
		hl: ['unsupported', 'unsupported', 'unsupported'],
	},
	'v0.16.3': {
		qemu: ['', '', 'unsupported'],
		kvm: ['', '', 'unsupported'],
		fc: ['', 'known-issue', 'unsupported'],
		firecracker: ['', 'known-issue', 'unsupported'],
		xen: ['', '', ''],
		kraftcloud: ['', 'unsupported-warn', 'unsupported'],
		linuxu: ['', '', ''],
		hyperlight: ['unsupported', 'unsupported', 'unsupported'],
		hl: ['unsupported', 'unsupported', 'unsupported'],
	},
	'v0.17.0': {
		qemu: ['', '', 'unsupported'],
		kvm: ['', '', 'unsupported'],
		fc: ['', 'known-issue', 'unsupported'],
		firecracker: ['', 'known-issue', 'unsupported'],
		xen: ['', '', ''],
		kraftcloud: ['', 'unsupported-warn', 'unsupported'],
		linuxu: ['removed', 'removed', 'removed'],
		hyperlight: ['unsupported', 'unsupported', 'unsupported'],
		hl: ['unsupported', 'unsupported', 'unsupported'],
	},
	'v0.21.0': {
		qemu: ['', '', 'unsupported'],
		kvm: ['', '', 'unsupported'],
		fc: ['', 'known-issue', 'unsupported'],
		firecracker: ['', 'known-issue', 'unsupported'],
		xen: ['', '', 'known-issue'],
		kraftcloud: ['', 'unsupported-warn', 'unsupported'],
		linuxu: ['removed', 'removed', 'removed'],
		hyperlight: ['unsupported', 'unsupported', 'unsupported'],
		hl: ['unsupported', 'unsupported', 'unsupported'],
	},
	// v0.21.0 or a newer release: Hyperlight may come in one.
	stable: {
		qemu: ['', '', 'unsupported'],
		kvm: ['', '', 'unsupported'],
		fc: ['', 'known-issue', 'unsupported'],
		firecracker: ['', 'known-issue', 'unsupported'],
		xen: ['', '', 'known-issue'],
		kraftcloud: ['', 'unsupported-warn', 'unsupported'],
		linuxu: ['removed', 'removed', 'removed'],
		hyperlight: ['unsupported-info', 'unsupported-info', 'unsupported'],
		hl: ['unsupported-info', 'unsupported-info', 'unsupported'],
	},
	// After v0.21.0; what it has beyond that is not known, so Hyperlight is not judged.
	staging: {
		qemu: ['', '', 'unsupported'],
		kvm: ['', '', 'unsupported'],
		fc: ['', 'known-issue', 'unsupported'],
		firecracker: ['', 'known-issue', 'unsupported'],
		xen: ['', '', 'known-issue'],
		kraftcloud: ['', 'unsupported-warn', 'unsupported'],
		linuxu: ['removed', 'removed', 'removed'],
		hyperlight: ['', '', 'unsupported'],
		hl: ['', '', 'unsupported'],
	},
	// Hyperlight on x86_64; arm64 ported on some branch, not known which.
	'plat-hyperlight': {
		qemu: ['', '', 'unsupported'],
		kvm: ['', '', 'unsupported'],
		fc: ['', 'known-issue', 'unsupported'],
		firecracker: ['', 'known-issue', 'unsupported'],
		xen: ['', '', 'known-issue'],
		kraftcloud: ['', 'unsupported-warn', 'unsupported'],
		linuxu: ['removed', 'removed', 'removed'],
		hyperlight: ['', '', 'unsupported'],
		hl: ['', '', 'unsupported'],
	},
};

function outcome(text: string): string {
	const codes = analyze(text)
		.diagnostics.filter((d) => d.code !== 'platform-alias' && d.code !== 'linuxu-debug-only' && d.code !== 'platform-kconfig-missing')
		.map((d) => (d.code === 'unsupported-target' ? (d.severity === 'warning' ? 'unsupported-warn' : d.severity === 'information' ? 'unsupported-info' : 'unsupported') : d.code === 'platform-removed' ? 'removed' : d.code));
	return codes.join(',');
}

for (const [release, rows] of Object.entries(MATRIX)) {
	for (const plat of PLATS) {
		ARCHS.forEach((arch, i) => {
			const want = rows[plat][i]!;
			test(`${plat}/${arch} on ${release} → ${want || 'no problem'}`, () => {
				// Quoted: `kraft` ignores an unquoted number such as `unikraft: 0.16` (invalid-section).
				const head = `spec: v0.6\nname: app\nunikraft: '${release}'\ntargets:\n`;
				assert.equal(outcome(`${head}  - ${plat}/${arch}\n`), want, 'shorthand');
				assert.equal(outcome(`${head}  - platform: ${plat}\n    architecture: ${arch}\n`), want, 'map form');
				assert.equal(outcome(`${head}  - {plat: "${plat}", arch: '${arch}'}\n`), want, 'flow map with quotes');
			});
		});
	}
}

test('an alias is reported as such, on top of its support verdict', () => {
	const d = analyze('spec: v0.6\nname: app\ntargets:\n  - kvm/x86_64\n').diagnostics;
	assert.deepEqual(d.map((x) => [x.code, x.severity]), [['platform-alias', 'information']]);
	assert.match(d[0]!.message, /alias of `qemu`/);
});
