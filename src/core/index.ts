// SPDX-License-Identifier: Apache-2.0
// The pure core: no `vscode`, no Node I/O. Adapters (the VS Code extension, the CLI)
// import from here only.
export { analyze, type Analysis, type RuleFailure } from './analyze';
export { LIMITS, type IgnoredReason } from './limits';
export { LineIndex, stripBom, type LineCharacter } from './text';
export { DIAGNOSTIC_CODES, type AnalysisOptions, type Diagnostic, type DiagnosticCode, type Replacement, type Severity, type Span } from './types';
export { parseRelease } from './release';
export { hoverAt, type Hover, type HoverContext } from './hover';
export { completionsAt, type CompletionItem } from './completion';
export { applyEdits, fixAll, fixesFor, type Fix, type FixAllResult, type FixFailure, type FixKind, type FixResult, type TextEdit } from './fixes';
