// SPDX-License-Identifier: Apache-2.0
// The outline of a Kraftfile (the Outline view, breadcrumbs, Go to Symbol in Editor) from
// the pure core, over the shared analysis of the document version.
import * as vscode from 'vscode';
import { documentSymbols } from '../core';
import type { AnalysisCache } from './analysis-cache';
import { toDocumentSymbol } from './convert';
import { KRAFTFILE_SELECTOR } from './selector';

export function registerOutline(cache: AnalysisCache): vscode.Disposable {
	return vscode.languages.registerDocumentSymbolProvider(
		KRAFTFILE_SELECTOR,
		{
			provideDocumentSymbols(document) {
				return documentSymbols(cache.get(document)).map((s) => toDocumentSymbol(document, s));
			},
		},
		{ label: 'Kraftfile' },
	);
}
