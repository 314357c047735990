#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
// The command-line linter: a thin adapter that reads files and prints what the core finds.
import { readFileSync } from 'node:fs';
import { analyze, fixesFor } from '../core';
import { detectHost } from '../node/detect-host';
import { parseArgs, USAGE } from './args';
import { decodeFile, encodeFile, writeAtomically, type FileText } from './file-text';
import { fixText } from './fix';
import { formatText, toFileReport, type FileReport } from './format';

export function main(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
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
	let unreadable = false;
	const host = options.host ? { ...(options.host.detect ? detectHost() : {}), ...options.host.facts } : undefined;
	for (const file of options.files) {
		let read: FileText;
		try {
			read = decodeFile(file === '-' ? readFileSync(0) : readFileSync(file));
		} catch (e) {
			err(`kraftfile-lint: cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'EISDIR' ? 'it is a directory' : (e as Error).message}`);
			unreadable = true;
			continue;
		}
		const analysisOptions = {
			...(options.unikraftRelease ? { unikraftRelease: options.unikraftRelease, unikraftReleaseFrom: '--unikraft-release' } : {}),
			...(host ? { host } : {}),
		};
		// The byte order mark is not text: `decodeFile` set it aside, and writing puts it back.
		let text = read.text;
		let analysis;
		let fixed: number | undefined;
		if (options.fix) {
			const result = fixText(text, analysisOptions);
			if (result.text !== text) {
				try {
					writeAtomically(file, encodeFile(result.text, read));
				} catch (e) {
					err(`kraftfile-lint: cannot write ${file}: ${(e as Error).message}`);
					unreadable = true;
					continue;
				}
			}
			({ text, analysis } = result);
			fixed = result.edits;
		} else {
			analysis = analyze(text, analysisOptions);
		}
		if (analysis.ignored === 'binary') err(`kraftfile-lint: skipped ${file}: it looks like a binary file, not a Kraftfile`);
		const report = toFileReport(file, text, analysis.diagnostics, (d) => fixesFor(analysis, d));
		reports.push(fixed === undefined ? report : { ...report, fixed });
	}
	if (options.format === 'json') out(JSON.stringify(reports, null, 2));
	else for (const r of reports) for (const line of formatText(r)) out(line);
	if (unreadable) return 2;
	return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

if (require.main === module) {
	process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`));
}
