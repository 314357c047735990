// SPDX-License-Identifier: Apache-2.0
// The one place where core data (offsets, plain severities) becomes VS Code types.
import * as vscode from 'vscode';
import type { Diagnostic, OutlineKind, OutlineSymbol, Severity, Span } from '../core';

export const DIAGNOSTIC_SOURCE = 'kraftfile';

export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
	return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function toSeverity(s: Severity): vscode.DiagnosticSeverity {
	switch (s) {
		case 'error':
			return vscode.DiagnosticSeverity.Error;
		case 'warning':
			return vscode.DiagnosticSeverity.Warning;
		case 'information':
			return vscode.DiagnosticSeverity.Information;
		case 'hint':
			return vscode.DiagnosticSeverity.Hint;
	}
}

/**
 * Where each code is documented: the README's table, shipped inside the extension
 * (`readme` is its file, which `vsce` renames to `readme.md` in a package).
 */
export function codeDocs(readme: vscode.Uri, code: string): vscode.Uri {
	return readme.with({ fragment: code });
}

export function toDiagnostic(document: vscode.TextDocument, d: Diagnostic, readme: vscode.Uri): vscode.Diagnostic {
	const out = new vscode.Diagnostic(toRange(document, d.span), d.message, toSeverity(d.severity));
	out.source = DIAGNOSTIC_SOURCE;
	out.code = { value: d.code, target: codeDocs(readme, d.code) };
	return out;
}

/** How each kind of outline symbol is drawn (its icon in the Outline view and Go to Symbol). */
const SYMBOL_KINDS: Record<OutlineKind, vscode.SymbolKind> = {
	section: vscode.SymbolKind.Namespace,
	key: vscode.SymbolKind.Property,
	target: vscode.SymbolKind.Struct,
	library: vscode.SymbolKind.Package,
	volume: vscode.SymbolKind.File,
	kconfig: vscode.SymbolKind.Module,
	option: vscode.SymbolKind.Constant,
	variable: vscode.SymbolKind.Variable,
	label: vscode.SymbolKind.Key,
	item: vscode.SymbolKind.String,
};

export function toDocumentSymbol(document: vscode.TextDocument, s: OutlineSymbol): vscode.DocumentSymbol {
	const out = new vscode.DocumentSymbol(s.name, s.detail, SYMBOL_KINDS[s.kind], toRange(document, s.span), toRange(document, s.selection));
	out.children = s.children.map((c) => toDocumentSymbol(document, c));
	return out;
}
