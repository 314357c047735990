// SPDX-License-Identifier: Apache-2.0
// The pure core: no `vscode`, no Node I/O. Adapters (the VS Code extension, the CLI)
// import from here only.
export { analyze, type Analysis, type RuleFailure } from './analyze';
export { isBinary, LIMITS, type IgnoredReason } from './limits';
export { LineIndex, stripBom, type LineCharacter } from './text';
export { DIAGNOSTIC_CODES, type AnalysisOptions, type Diagnostic, type DiagnosticCode, type Replacement, type Severity, type Span } from './types';
export { hoverAt, type Hover, type HoverContext } from './hover';
export { completionsAt, type CompletionItem } from './completion';
export { documentSymbols, type OutlineKind, type OutlineSymbol } from './outline';
export { applyEdits, fixAll, fixesFor, type Fix, type FixAllResult, type FixFailure, type FixKind, type FixResult, type TextEdit } from './fixes';
export { bytesAt, entriesAt, requestKey, requestPath, statAt, workspacePath, type DirectoryEntry, type EntryStat, type EntryType, type WorkspaceAnswer, type WorkspaceFacts, type WorkspaceFs, type WorkspaceRequest } from './workspace';
export { BATCH_LIMITS, gatherInBatches, gatherWorkspace, unanswered, WORKSPACE_LIMITS } from './workspace-gather';
export { gatherSettled, workspaceRequests } from './workspace-requests';
export { documentLinks, type DocumentLink, type LinkTarget } from './links';
export { hasKconfig, indexSelectors, kconfigFacts, treeName, type KconfigFacts, type KconfigFactsConditional, type KconfigFactsSource, type KconfigLookup, type KconfigOptionFacts } from './kconfig-facts';
export { KCONFIG_MAX_FILE_BYTES, libraryNames, versionOf, WORKSPACE_ROOT, workspaceFile, workspaceKconfig, type WorkspaceComponent, type WorkspaceKconfig } from './kconfig-workspace';
export { loadKconfigIndex, symbolOfConfigName, type KconfigIndex } from './kconfig-lang';
export { describeRelease, exactRelease, parseRelease, releaseName, type ReleaseInEffect, type ReleaseVersion } from './release';
export { archFromNode, osFromNode, osWords, type HostFacts } from './host';
export { supportMatrix, type CellVerdict, type SupportCell, type SupportMatrix, type SupportRow } from './support-table';
export type { Support } from './support-matrix';
export { kraftCommands, NO_PROMPT_SINCE, parseKraftVersion, type KraftCommands, type KraftInvocation, type KraftTargetCommands, type KraftVersion } from './kraft-commands';
export { COMPILER_MESSAGE_PATTERN, formatKraftLogRecord, isErrorLevel, kraftfileProblem, parseCompilerMessage, parseKraftLogLine, type CompilerMessage, type KraftfileProblem, type KraftLogRecord } from './kraft-output';
export { GDB_PORT, gdbLaunchConfiguration, qemuDebugSetup, qemuDebugSetups, qemuTaskName, type QemuDebugResult, type QemuDebugSetup } from './qemu-debug';
