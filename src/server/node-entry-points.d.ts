// SPDX-License-Identifier: Apache-2.0
// vscode-languageserver 11 (and its protocol and jsonrpc packages) name their Node entry
// points only in package.json `exports`, which this project's `moduleResolution: node`
// does not read. These say where their types are; esbuild and Node resolve the code
// through `exports` as usual.
declare module 'vscode-languageserver/node' {
	export * from 'vscode-languageserver/lib/node/main';
}
declare module 'vscode-languageserver-protocol/node' {
	export * from 'vscode-languageserver-protocol/lib/node/main';
}
declare module 'vscode-jsonrpc/node' {
	export * from 'vscode-jsonrpc/lib/node/main';
}
declare module 'vscode-languageserver-protocol' {
	export * from 'vscode-languageserver-protocol/lib/common/api';
}
declare module 'vscode-jsonrpc' {
	export * from 'vscode-jsonrpc/lib/common/api';
}
