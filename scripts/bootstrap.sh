#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs everything the tests and the demo need on a fresh Debian machine, and nothing
# that is already there: the npm packages (from package-lock.json), then Chromium, Neovim,
# Emacs with eglot and the Kerberos headers from Debian, Node 24 and code-server under
# .tools/ (scripts/e2e/tools.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund
fi
node scripts/e2e/tools.mjs
