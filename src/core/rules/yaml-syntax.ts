// SPDX-License-Identifier: Apache-2.0
// Diagnostic: yaml-syntax (error). The YAML does not parse, or an alias names an anchor
// that does not exist; `kraft` stops at the same place. The range is where the parser
// stopped. Diagnostic: extra-document (warning). A second YAML document (`---`) after the
// first: `kraft` reads only the first one, so everything after it is ignored.
import { isAlias } from 'yaml';
import { firstLine, lineStartAt } from '../text';
import { forEachNode, resolve, spanOf } from '../yaml-nodes';
import type { Rule } from './rule';

const HINTS: Record<string, string> = {
	TAB_AS_INDENT: ' Indent with spaces: YAML does not allow tabs for indentation.',
	BAD_INDENT: ' Check the indentation of this line against the lines above it.',
	MISSING_CHAR: ' A closing quote or bracket is missing.',
	DUPLICATE_KEY: ' Remove one of the two keys.',
};

/**
 * The hint for a problem. The parser's MISSING_CHAR also says a key has no `:` after it
 * (`unikraft stable`), where a missing quote or bracket would send the reader looking for
 * what is not there.
 */
function hint(yamlCode: string, message: string, line: string): string {
	if (/^Implicit map keys need to be followed by map values/.test(message)) {
		return /^\s*-[^\s-]/.test(line) ? ' A list item needs a space after its `-` (`- value`).' : ' Write a `:` and a space after the key (`key: value`), or make the line a list item (`- value`) where a list is.';
	}
	return HINTS[yamlCode] ?? '';
}

export const yamlSyntax: Rule = {
	codes: ['yaml-syntax', 'extra-document'],
	check({ parsed, report }) {
		for (const p of parsed.syntaxProblems) {
			const message = p.message.replace(/\s+/g, ' ').trim();
			const line = firstLine(parsed.text, p.span);
			const lineText = parsed.text.slice(lineStartAt(parsed.text, line.start), line.end);
			report({ code: 'yaml-syntax', severity: 'error', message: `YAML: ${message}.${hint(p.yamlCode, message, lineText)}`.replace('..', '.'), span: line });
		}
		if (parsed.doc) {
			const doc = parsed.doc;
			forEachNode(doc, (node) => {
				if (isAlias(node) && resolve(doc, node) === undefined) {
					report({
						code: 'yaml-syntax',
						severity: 'error',
						message: `YAML: the alias \`*${node.source}\` refers to no anchor \`&${node.source}\` before it; define the anchor first.`,
						span: spanOf(node),
					});
				}
			});
		}
		for (const span of parsed.extraDocuments) {
			report({
				code: 'extra-document',
				severity: 'warning',
				message: '`kraft` reads only the first YAML document of a Kraftfile: everything from this `---` on is ignored. Merge it into the first document or move it to its own file.',
				// The `---`; a document begun after a `...` without one: its first line (three
				// code units could end inside an emoji).
				span: parsed.text.startsWith('---', span.start) ? { start: span.start, end: span.start + 3 } : firstLine(parsed.text, span),
			});
		}
	},
};
