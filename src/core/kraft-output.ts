// SPDX-License-Identifier: Apache-2.0
// Reading what `kraft build` prints, for the build task: kraft's log lines in its
// machine-readable form, compiler messages in Unikraft's build output, and the Kraftfile line
// an error of kraft's own is about. Pure: the adapter runs kraft and shows the results.
//
// kraftkit f02a5331 (../shared/sources/unikraft/kraftkit/f02a5331):
// - config/config.go: `--log-type`, environment `KRAFTKIT_LOG_TYPE`, one of fancy, basic, json.
// - internal/cli/options.go: `json` is logrus's JSONFormatter with the time left out unless
//   `--log-timestamps`: one object per line, `level`, `msg`, and the entry's fields.
// - cmdfactory/builder.go: the error a command returns is logged at level `error` as the
//   last line.
// - internal/cli/kraft/build/builder_kraftfile_unikraft.go: make's standard output is logged
//   at `info`, its standard error at `warning`, a line an entry: the compiler's messages
//   arrive as the `msg` of `warning` lines.
import type { Analysis } from './analysis';
import { COMPONENT_KINDS, KRAFT_ERRORS } from '../data/kraft-errors';
import type { Span } from './types';
import { lastEntry, mapEntries, type MapEntry } from './yaml-nodes';
import { isMap } from 'yaml';

/** One line of kraft's `json` log. */
export interface KraftLogRecord {
	/** logrus's level word: `trace`, `debug`, `info`, `warning`, `error`, `fatal`, `panic`. */
	readonly level: string;
	readonly msg: string;
	/** The entry's other fields (`time` left out), as text. */
	readonly fields: Readonly<Record<string, string>>;
}

/** Lines longer than this are not read as JSON (a log line of kraft's is far shorter). */
const MAX_JSON_LINE = 64 * 1024;

/** A line of kraft's `json` log, or `undefined` for any other line (kept as plain output). */
export function parseKraftLogLine(line: string): KraftLogRecord | undefined {
	const t = line.trim();
	if (t.length < 2 || t.length > MAX_JSON_LINE || t[0] !== '{' || t[t.length - 1] !== '}') return undefined;
	let value: unknown;
	try {
		value = JSON.parse(t);
	} catch {
		return undefined;
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
	const o = value as Record<string, unknown>;
	if (typeof o.level !== 'string' || typeof o.msg !== 'string') return undefined;
	const fields: Record<string, string> = {};
	for (const [k, v] of Object.entries(o)) {
		if (k === 'level' || k === 'msg' || k === 'time') continue;
		fields[k] = typeof v === 'string' ? v : JSON.stringify(v);
	}
	return { level: o.level, msg: o.msg, fields };
}

/** Whether a level ends a command: the error kraft stops with. */
export function isErrorLevel(level: string): boolean {
	return level === 'error' || level === 'fatal' || level === 'panic';
}

/** A record as the task's terminal shows it: the message, with the level where it matters. */
export function formatKraftLogRecord(r: KraftLogRecord): string {
	const fields = Object.entries(r.fields)
		.map(([k, v]) => `${k}=${v}`)
		.join(' ');
	const body = fields ? `${r.msg} ${fields}` : r.msg;
	return isErrorLevel(r.level) ? `error: ${body}` : body;
}

/**
 * A compiler's message as GCC and Clang print it (`file:line:column: error: text`, the column
 * optional), after anything on the line before it (kraft's ` W  ` prefix). A path has no
 * spaces (make cannot build in a folder whose path has one). The problem matcher in
 * package.json (`kraft-gcc`) uses this same expression: a unit test keeps them equal.
 * Groups: 1 file, 2 line, 3 column, 4 severity, 5 message.
 */
export const COMPILER_MESSAGE_PATTERN = '^(?:.*?\\s)?((?:[A-Za-z]:)?[^\\s:]+):(\\d+):(?:(\\d+):)?\\s+(?:fatal\\s+)?(error|warning):\\s+(.*)$';
const COMPILER_MESSAGE = new RegExp(COMPILER_MESSAGE_PATTERN);

export interface CompilerMessage {
	/** As printed: absolute in Unikraft's build (make passes full paths), else relative to the build folder. */
	readonly file: string;
	/** 1-based. */
	readonly line: number;
	readonly column?: number;
	readonly severity: 'error' | 'warning';
	readonly message: string;
}

/** A compiler message in one line of output, or `undefined`. */
export function parseCompilerMessage(text: string): CompilerMessage | undefined {
	if (text.length > MAX_JSON_LINE) return undefined;
	const m = COMPILER_MESSAGE.exec(text.replace(/\r$/, ''));
	if (!m) return undefined;
	const line = Number(m[2]);
	if (!(line >= 1)) return undefined;
	return { file: m[1]!, line, ...(m[3] ? { column: Number(m[3]) } : {}), severity: m[4] as CompilerMessage['severity'], message: m[5]! };
}

/** An error of kraft's own, placed in the Kraftfile. */
export interface KraftfileProblem {
	readonly span: Span;
	/** kraft's message as it printed it. */
	readonly message: string;
	/** What the line was chosen by, for people: `target qemu/x86_64`, `libraries: musl`, `the file`. */
	readonly placedBy: string;
}

/** The first line with content: where an error that names nothing in the file goes. */
function fileStart(text: string): Span {
	const m = /\S/.exec(text);
	const start = m ? m.index : 0;
	const nl = text.indexOf('\n', start);
	return { start, end: nl < 0 ? text.length : nl };
}

function topEntry(a: Analysis, key: string): MapEntry | undefined {
	const entries = a.model.top.entries;
	return entries ? lastEntry(entries, key) : undefined;
}

/** The key of a library in `libraries:` (a map), when the file lists it. */
function libraryEntry(a: Analysis, name: string): MapEntry | undefined {
	const libs = topEntry(a, 'libraries');
	const doc = a.parsed.doc;
	if (!libs || !doc || !isMap(libs.value)) return undefined;
	return lastEntry(mapEntries(doc, libs.value), name);
}

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The Kraftfile line an error of kraft's is about, in this order: a target it names (as
 * `plat/arch` with the names written in the file or their canonical ones, or by its
 * `name`), a component it names (`lib/musl:stable`, `core/unikraft:stable`), a phrase of a
 * known error (src/data/kraft-errors.ts), or else the file's first line. Only for records at
 * an error level; `undefined` for others.
 */
export function kraftfileProblem(a: Analysis, record: KraftLogRecord): KraftfileProblem | undefined {
	if (!isErrorLevel(record.level)) return undefined;
	const msg = record.msg;
	const message = msg.trim() === '' ? `kraft stopped with an empty ${record.level} message` : msg;
	// 1. A target, by its platform/architecture pair or its name.
	for (const t of a.model.targets) {
		const p = t.platform;
		const ar = t.architecture;
		if (p && ar) {
			// As written, and every name kraft may print for it (the canonical one and its aliases).
			const plats = new Set([p.text, ...(p.found.kind === 'platform' ? [p.found.row.id, ...p.found.row.aliases] : [])]);
			const archs = new Set([ar.text, ...(ar.found.kind === 'architecture' ? [ar.found.row.id] : [])]);
			for (const pl of plats)
				for (const arch of archs) {
					if (pl && arch && new RegExp(`(^|[^\\w.-])${escape(pl)}/${escape(arch)}($|[^\\w.-])`).test(msg)) return { span: t.head, message, placedBy: `target ${pl}/${arch}` };
				}
		}
		if (t.name && t.name.length >= 2 && new RegExp(`(^|[\\s'"(])${escape(t.name)}($|[\\s'"):,])`).test(msg)) return { span: t.head, message, placedBy: `target ${t.name}` };
	}
	// 2. A component, as kraft writes it: <type>/<name>[:<version>].
	for (const m of msg.matchAll(/(?:^|[\s'"(])(core|lib|libs|app)\/([\w.-]+)/g)) {
		const key = COMPONENT_KINDS[m[1] === 'libs' ? 'lib' : m[1]!];
		if (key === 'libraries') {
			const lib = libraryEntry(a, m[2]!);
			if (lib) return { span: lib.keySpan, message, placedBy: `libraries: ${m[2]}` };
		}
		const entry = key ? topEntry(a, key) : undefined;
		if (entry) return { span: entry.keySpan, message, placedBy: key! };
	}
	// 3. A known error and the keys it is about.
	for (const row of KRAFT_ERRORS) {
		if (!msg.includes(row.phrase.text)) continue;
		for (const key of row.keys) {
			const entry = topEntry(a, key);
			if (entry) return { span: entry.keySpan, message, placedBy: key };
		}
		break;
	}
	return { span: fileStart(a.parsed.text), message, placedBy: 'the file' };
}

