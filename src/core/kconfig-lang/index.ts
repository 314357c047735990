// SPDX-License-Identifier: Apache-2.0
// The Kconfig reader (Unikraft's Config.uk language) and the bundled index of its options.
// Nothing here is imported by the activation path: adapters import it when first needed.
export { conjunction, exprSymbols, exprText, parseExpr, type KconfigExpr } from './expr';
export { buildKconfigIndex, type IndexInput } from './index-build';
export type { IndexConditional, IndexTree, IndexVariant, KconfigIndex } from './index-format';
export { indexOption, loadKconfigIndex, resetKconfigIndex, symbolOfConfigName } from './load-index';
export { dependencyText, parseKconfig, type ParseOptions } from './parse';
export { dirOf, joinPath, normalizePath } from './paths';
export { interpretSubmenu, unikraftVariables, type KconfigHost } from './submenu';
export { definitionsByName, readKconfigTree, type KconfigTree, type KconfigTreeOptions } from './tree';
export * from './types';
