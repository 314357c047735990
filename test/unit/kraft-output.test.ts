// SPDX-License-Identifier: Apache-2.0
// Reading kraft's build output: its JSON log, compiler messages (the same expression as the
// `kraft-gcc` problem matcher), and the Kraftfile line each error of kraft's own is put on.
// Samples: test/fixtures/kraft (see its README: two real outputs from issues, two constructed).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze, COMPILER_MESSAGE_PATTERN, formatKraftLogRecord, kraftfileProblem, parseCompilerMessage, parseKraftLogLine, type KraftLogRecord } from '../../src/core';

const ROOT = join(__dirname, '..', '..', '..');
const sample = (name: string) => readFileSync(join(ROOT, 'test/fixtures/kraft', name), 'utf8');

test('the problem matcher in package.json uses the core expression, and its groups', () => {
	const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
	const matchers = pkg.contributes.problemMatchers as { name: string; pattern: Record<string, unknown>; fileLocation: unknown }[];
	const gcc = matchers.find((m) => m.name === 'kraft-gcc');
	assert.ok(gcc);
	assert.equal(gcc.pattern.regexp, COMPILER_MESSAGE_PATTERN);
	assert.deepEqual([gcc.pattern.file, gcc.pattern.line, gcc.pattern.column, gcc.pattern.severity, gcc.pattern.message], [1, 2, 3, 4, 5]);
	// The QEMU matcher's begin and end are the lines the QEMU task prints (kraft-build-terminal.ts).
	const qemu = matchers.find((m) => m.name === 'kraft-qemu-gdb') as unknown as { background: { beginsPattern: string; endsPattern: string }; pattern: { regexp: string } };
	assert.match('Starting qemu-system-x86_64 -s -S', new RegExp(qemu.background.beginsPattern));
	assert.match('QEMU is waiting for GDB on localhost:1234; symbols: x.dbg', new RegExp(qemu.background.endsPattern));
	for (const line of ['', 'anything', ' E  could not complete build']) assert.doesNotMatch(line, new RegExp(qemu.pattern.regexp));
});

test('compiler messages in real kraft output (basic log lines): errors and warnings, nothing else', () => {
	const found = (text: string) => text.split('\n').map(parseCompilerMessage).filter((m) => m !== undefined);
	const lighttpd = found(sample('build-basic-lighttpd.txt'));
	assert.deepEqual(lighttpd, [
		{
			file: '/home/unikraft/andreip/reviews/lighttpd-review/library/lighttpd/1.4/.unikraft/unikraft/lib/posix-sysinfo/sysinfo.c',
			line: 129,
			column: 21,
			severity: 'error',
			message: '‘_SC_CLK_TCK’ undeclared (first use in this function)                         ',
		},
	]);
	const membarrier = found(sample('build-basic-membarrier.txt'));
	assert.deepEqual(membarrier, [{ file: '/host/app-python3/.unikraft/unikraft/lib/uksched/sched.c', line: 38, column: 10, severity: 'error', message: 'sys/membarrier.h: No such file or directory' }]);
	// Other shapes GCC and Clang print.
	assert.deepEqual(parseCompilerMessage('main.c:7: warning: old style'), { file: 'main.c', line: 7, severity: 'warning', message: 'old style' });
	assert.deepEqual(parseCompilerMessage('C:\\src\\main.c:7:2: error: x'), { file: 'C:\\src\\main.c', line: 7, column: 2, severity: 'error', message: 'x' });
	for (const no of ['make: *** [Makefile:41: _all] Error 2', 'main.c: In function ‘f’:', 'x.c:0:1: error: line zero', 'error: no file', ' W  note: only a note', 'a'.repeat(70_000)]) assert.equal(parseCompilerMessage(no), undefined, no.slice(0, 40));
});

test('kraft JSON log lines: level, msg and fields; anything else is plain output', () => {
	const records = sample('build-json-membarrier.txt').trimEnd().split('\n').map(parseKraftLogLine);
	assert.ok(records.every((r) => r !== undefined));
	assert.deepEqual(
		records.map((r) => r!.level),
		['info', 'warning', 'warning', 'warning', 'warning', 'warning', 'error'],
	);
	// The compiler's message is the msg of a warning line, and the matcher finds it in the line the terminal shows.
	assert.equal(parseCompilerMessage(formatKraftLogRecord(records[1]!))?.line, 38);
	assert.equal(formatKraftLogRecord(records[6]!), 'error: could not complete build: build failed: exit status 2');
	assert.deepEqual(parseKraftLogLine('{"level":"info","msg":"build completed successfully","kernel":".unikraft/build/app_qemu-x86_64","time":"2026-01-01T00:00:00Z"}'), {
		level: 'info',
		msg: 'build completed successfully',
		fields: { kernel: '.unikraft/build/app_qemu-x86_64' },
	});
	for (const no of ['', ' E  could not complete build', '{', '{"level":1,"msg":"x"}', '{"msg":"x"}', '[1]', '{"level":"info","msg":"x"', `{"level":"info","msg":"${'a'.repeat(70_000)}"}`]) assert.equal(parseKraftLogLine(no), undefined, no.slice(0, 40));
});

const FILE = `spec: v0.6
name: app
unikraft: stable
libraries:
  musl: stable
  lwip:
    version: stable
rootfs: ./Dockerfile
targets:
  - qemu/x86_64
  - platform: fc
    architecture: x86_64
  - name: dbg
    platform: qemu
    architecture: arm64
`;

function placed(msg: string, level = 'error', text = FILE): { line: string; placedBy: string } | undefined {
	const a = analyze(text, {});
	const record: KraftLogRecord = { level, msg, fields: {} };
	const p = kraftfileProblem(a, record);
	if (!p) return undefined;
	const start = text.lastIndexOf('\n', p.span.start - 1) + 1;
	const end = text.indexOf('\n', p.span.start);
	assert.equal(p.message, msg.trim() === '' ? p.message : msg);
	return { line: text.slice(start, end < 0 ? undefined : end), placedBy: p.placedBy };
}

test('an error of kraft is put on the Kraftfile line it names', () => {
	// A target, by plat/arch (as written or canonical) or its name.
	assert.deepEqual(placed("cannot run the selected project target 'app' without building the kernel (qemu/x86_64)"), { line: '  - qemu/x86_64', placedBy: 'target qemu/x86_64' });
	assert.deepEqual(placed('could not detect any project targets based on firecracker/x86_64'), { line: '  - platform: fc', placedBy: 'target firecracker/x86_64' });
	assert.deepEqual(placed("cannot run the selected project target 'dbg' without building the kernel"), { line: '  - name: dbg', placedBy: 'target dbg' });
	// A component, as unikraft.TypeNameVersion writes it.
	assert.deepEqual(placed('could not find: lib/lwip:stable'), { line: '  lwip:', placedBy: 'libraries: lwip' });
	assert.deepEqual(placed('could not find: core/unikraft:stable'), { line: 'unikraft: stable', placedBy: 'unikraft' });
	// A library the file does not list goes to the phrase's key, then the file.
	assert.deepEqual(placed('could not find: lib/nosuch:stable'), { line: 'libraries:', placedBy: 'libraries' });
	// Known phrases.
	assert.deepEqual(placed('no targets selected to build'), { line: 'targets:', placedBy: 'targets' });
	assert.deepEqual(placed('could not prepare initramfs: stat ./Dockerfile: no such file or directory'), { line: 'rootfs: ./Dockerfile', placedBy: 'rootfs' });
	assert.deepEqual(placed('project name must be a string'), { line: 'name: app', placedBy: 'name' });
	// Nothing named: the first line, so that it is still in Problems beside the Kraftfile.
	assert.deepEqual(placed('could not complete build: build failed: exit status 2'), { line: 'spec: v0.6', placedBy: 'the file' });
	assert.deepEqual(placed('no targets to build', 'fatal', '# a comment\n\nunikraft: stable\n'), { line: 'unikraft: stable', placedBy: 'unikraft' });
	assert.deepEqual(placed('anything', 'error', '# only a comment\n'), { line: '# only a comment', placedBy: 'the file' });
	assert.deepEqual(placed('x', 'error', ''), { line: '', placedBy: 'the file' });
	// Not an error: nothing.
	assert.equal(placed('building app (qemu/x86_64)', 'info'), undefined);
	assert.equal(placed('/a.c:1:1: error: x', 'warning'), undefined);
	// A word that only contains a target's name is not that target.
	assert.deepEqual(placed('dbgfs failed'), { line: 'spec: v0.6', placedBy: 'the file' });
	// Broken YAML still gets its line.
	assert.equal(placed('no targets selected to build', 'error', 'targets: [\n')?.placedBy, 'targets');
});

test('every phrase of kraft-errors.ts is a quote of kraftkit (checked word for word in quotes.test.ts)', async () => {
	const { KRAFT_ERRORS } = await import('../../src/data/kraft-errors');
	const { QUOTES } = await import('../../src/data/quotes');
	const quotes = new Set(Object.values(QUOTES));
	for (const row of KRAFT_ERRORS) {
		assert.ok(quotes.has(row.phrase), row.phrase.text);
		assert.equal(row.phrase.repo, 'unikraft/kraftkit');
	}
});
