// SPDX-License-Identifier: Apache-2.0
// What the benchmark validates: the real Kraftfiles of ../shared/corpus, generated files
// with many targets in every form, and the texts a user produces typing in a Kraftfile.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stripBom } from '../../src/core';
import { kconfigBlocks } from '../../src/core/kconfig';
import { buildModel } from '../../src/core/model';
import { parseKraftfile } from '../../src/core/parse';

export interface NamedText {
	readonly name: string;
	readonly text: string;
}

/** Every file of the corpus (its README aside), as the editor gets it (no byte order mark). */
export function corpusFiles(corpus: string): NamedText[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((n) => {
			const p = join(dir, n);
			return statSync(p).isDirectory() ? walk(p) : n === 'README.md' ? [] : [p];
		});
	return walk(corpus)
		.sort()
		.map((p) => ({ name: relative(corpus, p), text: stripBom(readFileSync(p, 'utf8')) }));
}

const HEADER = `spec: v0.6
name: bench
unikraft:
  version: stable
  kconfig:
    CONFIG_LIBUKDEBUG_PRINTK_INFO: 'y'
libraries:
  musl: stable
  lwip:
    version: stable
    kconfig:
      - CONFIG_LWIP_TCP=y
targets:
`;

/** Typos and mistakes people make, cycled through for the invalid targets. */
const INVALID = ['  - qemu/amd64', '  - qmeu/x86_64', '  - qemu/arm', '  - linuxu/x86_64', '  - qemu', '  - platform: qemu\n    name: no-arch-{i}', '  - { plat: QEMU, arch: aarch64 }'];

/**
 * A Kraftfile with `count` targets in ten forms, in turn: shorthand, alias shorthand, map
 * with long keys, map with short keys, flow map, anchored map, `<<` merge of that anchor,
 * map with kconfig, shorthand for another platform, and an invalid one (typos, aliases
 * `kraft` lacks, unsupported pairs, no architecture). Map targets have their own names.
 */
export function generatedKraftfile(count: number): string {
	const lines: string[] = [];
	for (let i = 0; i < count; i++) {
		switch (i % 10) {
			case 0: lines.push('  - qemu/x86_64'); break;
			case 1: lines.push('  - kvm/arm64'); break;
			case 2: lines.push(`  - platform: qemu\n    architecture: arm64\n    name: long-${i}`); break;
			case 3: lines.push(`  - plat: fc\n    arch: x86_64\n    name: short-${i}`); break;
			case 4: lines.push(`  - { plat: xen, arch: x86_64, name: flow-${i} }`); break;
			case 5: lines.push(`  - &t${i}\n    platform: fc\n    architecture: arm64\n    name: anchored-${i}`); break;
			case 6: lines.push(`  - <<: *t${i - 1}\n    name: merged-${i}`); break;
			case 7: lines.push(`  - plat: qemu\n    arch: x86_64\n    name: kconfig-${i}\n    kconfig:\n      CONFIG_LIBUKDEBUG: 'y'`); break;
			case 8: lines.push('  - xen/arm64'); break;
			default: lines.push(INVALID[Math.floor(i / 10) % INVALID.length]!.replace('{i}', String(i)));
		}
	}
	return HEADER + lines.join('\n') + '\n';
}

/** A 2 KB Kraftfile as people write them: libraries, kconfig, targets in several forms. */
export const TYPING_BASE = `${HEADER}  - qemu/x86_64
  - qemu/arm64
  - fc/x86_64
  - platform: xen
    architecture: x86_64
    name: bench-xen
  - plat: kraftcloud
    arch: x86_64
    name: bench-cloud
    kconfig:
      CONFIG_KVM_DEBUG_VGA_CONSOLE: 'n'
cmd: ["/usr/bin/nginx", "-c", "/etc/nginx/nginx.conf"]
rootfs: ./Dockerfile
env:
  PORT: "8080"
  WORKERS: "2"
volumes:
  - ./html:/var/www/html
  - ./conf:/etc/nginx
labels:
  cloud.unikraft.v1.instances/scale_to_zero.policy: "on"
  cloud.unikraft.v1.instances/scale_to_zero.stateful: "false"
  cloud.unikraft.v1.instances/scale_to_zero.cooldown_time_ms: 1000
# The web server serves ./html on port 8080. Build it for QEMU and Firecracker on
# x86_64 and arm64, for Xen on x86_64, and for Unikraft Cloud. Targets for other
# platforms and architectures are checked against the Unikraft release named above;
# the editor says which ones that release cannot build, and why.
# Kconfig options in a target apply to that target only, on top of those of unikraft
# and of the libraries. Keep the values quoted: YAML 1.1 reads y and n as booleans.
# To run it locally: kraft run --plat qemu --arch x86_64 -p 8080:8080 .
# To deploy it: kraft cloud deploy -p 443:8080 .
# Add a target by writing plat/arch under targets, e.g. qemu/arm64 or fc/x86_64.
# A target written as a map can carry its own name and its own kconfig options.
# Names of platforms: qemu, fc, xen, kraftcloud; architectures: x86_64, arm64, arm.
# Ports: 8080 inside the unikernel; map them with -p when running it locally.
# Memory: 256 MiB is enough for nginx serving static files (kraft run -M 256M).
# Logs go to the console; CONFIG_LIBUKDEBUG_PRINTK_INFO above shows more of them.
# https://unikraft.org/docs/cli/reference/kraftfile/v0.6 describes every key used here.
`;

/**
 * The texts after each of \`edits\` keystrokes inside the target values of TYPING_BASE:
 * a value's architecture is erased one character at a time and typed again, then the
 * next target's, as someone retyping them does. Every text is validated in the loop.
 */
export function typingTexts(edits: number): string[] {
	const values = ['qemu/x86_64', 'qemu/arm64', 'fc/x86_64', 'architecture: x86_64', 'arch: x86_64'];
	const texts: string[] = [];
	let text = TYPING_BASE;
	for (let v = 0; texts.length < edits; v = (v + 1) % values.length) {
		const value = values[v]!;
		const at = text.indexOf(value);
		const word = value.slice(value.search(/[^/: ]+$/));
		const end = at + value.length;
		for (let k = 1; k <= word.length && texts.length < edits; k++) texts.push((text = text.slice(0, end - k) + text.slice(end - k + 1)));
		for (let k = 0; k < word.length && texts.length < edits; k++) {
			const pos = end - word.length + k;
			texts.push((text = text.slice(0, pos) + word[k] + text.slice(pos)));
		}
	}
	return texts;
}

/**
 * The catalog Kraftfile that sets the most Kconfig options (library/base: 125), as written,
 * and the same pinned to `unikraft: v0.17.0`, a release the bundled index has, so that every
 * option is looked up and checked against it (as written it builds with `staging`, for which
 * the index says little).
 */
export function kconfigHeavy(corpus: string): NamedText[] {
	const files = corpusFiles(corpus).filter((f) => f.name.startsWith('unikraft-catalog'));
	const count = (t: string) => {
		const parsed = parseKraftfile(t);
		return kconfigBlocks(parsed, buildModel(parsed)).reduce((n, b) => n + b.options.length, 0);
	};
	const heaviest = files.reduce((best, f) => (count(f.text) > count(best.text) ? f : best), files[0]!);
	const n = count(heaviest.text);
	const pinned = heaviest.text.replace(/^(unikraft:\n {2}version: ).*$/m, '$1v0.17.0');
	return [
		{ name: `kconfig: ${heaviest.name.split('/').slice(-2).join('/')} (${n} options)`, text: heaviest.text },
		...(pinned !== heaviest.text ? [{ name: 'kconfig: the same on v0.17.0', text: pinned }] : []),
	];
}
