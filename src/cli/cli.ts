#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
// The command-line linter: a thin adapter that reads files and prints what the core finds.
import { basename, dirname, resolve } from 'node:path';
import { analyze, fixesFor, gatherSettled, isBinary, type AnalysisOptions, type FixFailure, type WorkspaceFacts } from '../core';
import { nodeKconfigIndex } from '../node/kconfig-index';
import { detectHost } from '../node/detect-host';
import { nodeWorkspaceFs } from '../node/workspace-fs';
import { parseArgs, USAGE } from './args';
import { decodeFile, encodeFile, writeInPlace } from './file-text';
import { fixText } from './fix';
import { formatText, toFileReport, type FileReport } from './format';
import { readRegularFile, readStdin, type ReadResult } from './read-file';
import { ignoredMessage, notUtf8Message, type SkipReason } from './skipped';

export async function main(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
	let options;
	try {
		options = parseArgs(argv);
	} catch (e) {
		err(`kraftfile-lint: ${(e as Error).message}\n${USAGE}`);
		return 2;
	}
	if (options === 'help') {
		out(USAGE);
		return 0;
	}
	const reports: FileReport[] = [];
	// Exit 2 for a file that could not be read, checked or written: CI must not pass it.
	let unchecked = false;
	const skip = (file: string, reason: SkipReason, message: string) => {
		err(`kraftfile-lint: ${reason === 'unreadable' || reason === 'not-regular' ? 'cannot read' : 'not checked'} ${file}: ${message}`);
		reports.push({ file, skipped: reason, diagnostics: [] });
		unchecked = true;
	};
	const host = options.host ? { ...(options.host.detect ? detectHost() : {}), ...options.host.facts } : undefined;
	for (const file of options.files) {
		let bytes: ReadResult;
		try {
			bytes = file === '-' ? readStdin() : readRegularFile(file);
		} catch (e) {
			skip(file, 'unreadable', (e as Error).message);
			continue;
		}
		if (!('bytes' in bytes)) {
			skip(file, bytes.refused, bytes.message);
			continue;
		}
		const read = decodeFile(bytes.bytes);
		if ('notUtf8' in read) {
			// Never decoded, so never fixed: writing it back would turn its bytes into U+FFFD.
			if (isBinary(read.lossy)) skip(file, 'binary', ignoredMessage('binary', 0));
			else skip(file, 'not-utf8', notUtf8Message(read.notUtf8));
			continue;
		}
		const textOptions: AnalysisOptions = {
			...(options.unikraftRelease ? { unikraftRelease: options.unikraftRelease, unikraftReleaseFrom: '--unikraft-release' } : {}),
			...(host ? { host } : {}),
			...(options.noPathChecks ? { pathChecks: false } : {}),
			// Read on first use, only for a file with kconfig.
			kconfigIndex: nodeKconfigIndex,
		};
		const workspace = file === '-' || options.noWorkspace ? undefined : await workspaceOf(file, read.text, textOptions);
		const analysisOptions: AnalysisOptions = { ...textOptions, ...(workspace ? { workspace } : {}) };
		// The byte order mark is not text: `decodeFile` set it aside, and writing puts it back.
		let text = read.text;
		let analysis;
		let fixed: number | undefined;
		if (options.fix) {
			const result = fixText(text, analysisOptions);
			({ text, analysis } = result);
			fixed = result.edits;
			for (const f of result.failures) err(fixFailure(file, f));
			if (result.text !== read.text) {
				try {
					writeInPlace(file, bytes.bytes, encodeFile(result.text, read));
				} catch (e) {
					err(`kraftfile-lint: cannot write ${file}: ${(e as Error).message}`);
					unchecked = true;
					// Report what the file still holds: nothing was fixed.
					({ text } = read);
					analysis = analyze(text, analysisOptions);
					fixed = 0;
				}
			}
		} else {
			analysis = analyze(text, analysisOptions);
		}
		if (analysis.ignored) {
			skip(file, analysis.ignored, ignoredMessage(analysis.ignored, text.length));
			continue;
		}
		const report = toFileReport(file, text, analysis.diagnostics, (d) => {
			const { fixes, failures } = fixesFor(analysis, d);
			for (const f of failures ?? []) err(fixFailure(file, f));
			return fixes;
		});
		reports.push(fixed === undefined ? report : { ...report, fixed });
	}
	if (options.format === 'json') out(JSON.stringify(reports, null, 2));
	else for (const r of reports) for (const line of formatText(r)) out(line);
	if (unchecked) return 2;
	return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

/**
 * The facts the rules ask for about the files around `file` (its folder, as `kraft` would
 * see it when run there), or `undefined` when they ask for none. Never rejects.
 */
async function workspaceOf(file: string, text: string, options: AnalysisOptions): Promise<WorkspaceFacts | undefined> {
	const path = resolve(file);
	const fileName = basename(path);
	// Rounds: a Kconfig file read names the files it sources, asked for in the next one.
	const facts = await gatherSettled((f) => analyze(text, f ? { ...options, workspace: { ...f, fileName } } : options), nodeWorkspaceFs(dirname(path)));
	return facts && { ...facts, fileName };
}

if (require.main === module) {
	void main(process.argv.slice(2), (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`)).then((code) => {
		process.exitCode = code;
	});
}

/** A fix provider that threw: a bug, said on stderr; its fixes are left out and the rest stands. */
function fixFailure(file: string, f: FixFailure): string {
	return `kraftfile-lint: internal error: the fixes of ${f.code} failed for ${file}: ${String((f.error as Error)?.stack ?? f.error)}`;
}

