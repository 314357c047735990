// SPDX-License-Identifier: Apache-2.0
// The peer: Red Hat's yaml-language-server validating a Kraftfile against the shipped
// schema, the way a user of the YAML extension (or Neovim's yamlls) would set it up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, type Diagnostic } from 'yaml-language-server';

export const SCHEMA_URI = 'file:///kraftfile.schema.json';

/** A validator with the schema configured; `validate` parses anew on every call, as after an edit. */
export interface PeerValidator {
	validate(text: string): Promise<Diagnostic[]>;
}

export function createPeer(root: string): PeerValidator {
	const schema = JSON.parse(readFileSync(join(root, 'schemas', 'kraftfile.schema.json'), 'utf8')) as unknown;
	const service = getLanguageService({
		// The schema is given inline; nothing is fetched.
		schemaRequestService: (uri) => Promise.reject(new Error(`no request expected: ${uri}`)),
		workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).toString() },
	});
	service.configure({ validate: true, hover: false, completion: false, schemas: [{ uri: SCHEMA_URI, fileMatch: ['Kraftfile'], schema }] });
	// yaml-language-server caches its parse by URI and version: a new version is an edit.
	let version = 0;
	return {
		validate(text: string) {
			return service.doValidation(TextDocument.create('file:///bench/Kraftfile', 'yaml', ++version, text), false);
		},
	};
}
