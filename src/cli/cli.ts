#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
// The command-line linter: a thin adapter that reads files and prints what the core finds.
import { readFileSync } from 'node:fs';
import { analyze, stripBom } from '../core';
import { parseArgs, USAGE } from './args';
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
	for (const file of options.files) {
		let text: string;
		try {
			text = stripBom(file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8'));
		} catch (e) {
			err(`kraftfile-lint: cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'EISDIR' ? 'it is a directory' : (e as Error).message}`);
			unreadable = true;
			continue;
		}
		const { diagnostics } = analyze(text, options.unikraftRelease ? { unikraftRelease: options.unikraftRelease } : {});
		reports.push(toFileReport(file, text, diagnostics));
	}
	if (options.format === 'json') out(JSON.stringify(reports, null, 2));
	else for (const r of reports) for (const line of formatText(r)) out(line);
	if (unreadable) return 2;
	return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

if (require.main === module) {
	process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`));
}
