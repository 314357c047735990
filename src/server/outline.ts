// SPDX-License-Identifier: Apache-2.0
// `textDocument/documentSymbol` over the pure core: the outline as a tree where the client
// says it shows one (`hierarchicalDocumentSymbolSupport`), else as the flat list of LSP 3.0
// with each symbol's container named.
import type { DocumentSymbol, SymbolInformation } from 'vscode-languageserver/node';
import { documentSymbols } from '../core';
import type { Analysed } from './analyses';
import { toDocumentSymbol, toSymbolInformation } from './convert';

export function toSymbols(a: Analysed, uri: string, hierarchical: boolean): DocumentSymbol[] | SymbolInformation[] {
	const symbols = documentSymbols(a.analysis);
	return hierarchical ? symbols.map((s) => toDocumentSymbol(a.positions, s)) : toSymbolInformation(a.positions, uri, symbols);
}
