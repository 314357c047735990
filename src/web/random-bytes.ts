// SPDX-License-Identifier: Apache-2.0
// Stands in for `node:crypto` in the browser bundle (esbuild.mjs aliases it): the support
// view takes a webview nonce from `randomBytes`, and a web worker has the Web Crypto API
// instead. Only what the extension uses is here; the bundle test fails on any other import.

/** `n` cryptographically random bytes, with the `toString` encodings the extension uses. */
export function randomBytes(n: number): { toString(encoding: 'hex' | 'base64'): string } {
	const bytes = globalThis.crypto.getRandomValues(new Uint8Array(n));
	return {
		toString(encoding) {
			if (encoding === 'hex') return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
			return btoa(String.fromCharCode(...bytes));
		},
	};
}
