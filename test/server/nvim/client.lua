-- SPDX-License-Identifier: Apache-2.0
-- Neovim 0.7 (Debian 12) as a client of kraftfile-language-server, run headless by
-- test/unit/server-editors.test.ts: opens the Kraftfile named in $KRAFTFILE_NVIM_FILE, waits
-- for its diagnostics, asks for a hover and the outline, applies the preferred code action and writes what
-- it saw as JSON to $KRAFTFILE_NVIM_RESULT; the Node test checks it. Every wait has a
-- deadline; whatever goes wrong is written as `error` and Neovim quits.
local result = { steps = {} }
local TIMEOUT = 15000

local function step(name)
  table.insert(result.steps, name)
end

local function run()
  local file = assert(os.getenv('KRAFTFILE_NVIM_FILE'), 'KRAFTFILE_NVIM_FILE not set')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  -- `-u NONE` loads no filetype detection; a user's config maps Kraftfile names (README).
  vim.bo[bufnr].filetype = 'kraftfile'

  local client_id = vim.lsp.start_client({
    name = 'kraftfile',
    cmd = { 'kraftfile-language-server', '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    -- Neovim 0.7 does not announce workspace/configuration, so the server takes its settings
    -- from initializationOptions. No host hints: this machine cannot change the result.
    init_options = { kraftfile = { hostHints = false } },
  })
  assert(client_id, 'the client did not start')
  step('started')
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'could not attach')

  local client
  assert(vim.wait(TIMEOUT, function()
    client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized == true
  end, 20), 'the server did not initialize')
  result.server = client.server_capabilities and client.server_capabilities.hoverProvider and 'hover' or 'no hover'
  step('initialized')

  local diagnostics = {}
  local got = vim.wait(TIMEOUT, function()
    diagnostics = vim.diagnostic.get(bufnr)
    return #diagnostics > 0
  end, 20)
  assert(got, 'no diagnostics within ' .. TIMEOUT .. ' ms')
  result.diagnostics = {}
  for _, d in ipairs(diagnostics) do
    table.insert(result.diagnostics, {
      code = d.code,
      source = d.source,
      severity = d.severity,
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
      message = d.message,
    })
  end
  step('diagnostics')

  local first = diagnostics[1]
  -- The diagnostic as LSP data again (range included), as vim.lsp.buf.code_action sends it.
  local lsp_diagnostic = vim.lsp.diagnostic.get_line_diagnostics(bufnr, first.lnum, {}, client_id)[1]
  assert(lsp_diagnostic and lsp_diagnostic.range, 'no LSP diagnostic on line ' .. first.lnum)
  local uri = vim.uri_from_bufnr(bufnr)

  local hover = client.request_sync('textDocument/hover', {
    textDocument = { uri = uri },
    position = { line = first.lnum, character = first.col },
  }, TIMEOUT, bufnr)
  assert(hover and not hover.err, 'hover failed: ' .. vim.inspect(hover))
  result.hover = hover.result and hover.result.contents or vim.NIL
  step('hover')

  -- The outline, as Neovim's own capabilities ask for it (a tree): `name` of each symbol, nested.
  local symbols = client.request_sync('textDocument/documentSymbol', { textDocument = { uri = uri } }, TIMEOUT, bufnr)
  assert(symbols and not symbols.err, 'documentSymbol failed: ' .. vim.inspect(symbols))
  local function names(list)
    local out = {}
    for _, s in ipairs(list or {}) do
      table.insert(out, { name = s.name, children = names(s.children) })
    end
    return out
  end
  result.symbols = names(symbols.result)
  step('symbols')

  local actions = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = uri },
    range = lsp_diagnostic.range,
    context = { diagnostics = { lsp_diagnostic } },
  }, TIMEOUT, bufnr)
  assert(actions and not actions.err, 'codeAction failed: ' .. vim.inspect(actions))
  result.actions = {}
  local preferred
  for _, a in ipairs(actions.result or {}) do
    table.insert(result.actions, { title = a.title, kind = a.kind, isPreferred = a.isPreferred == true })
    if a.isPreferred and not preferred then preferred = a end
  end
  assert(preferred, 'no preferred code action')
  vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding)
  result.lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  step('applied')

  -- The edit reaches the server as a didChange: the fixed file has nothing left to say.
  local cleared = vim.wait(TIMEOUT, function()
    return #vim.diagnostic.get(bufnr) == 0
  end, 20)
  result.cleared = cleared
  step('cleared')

  client.stop()
  vim.wait(TIMEOUT, function()
    return client.is_stopped()
  end, 20)
  step('stopped')
end

local ok, err = pcall(run)
if not ok then
  result.error = tostring(err)
end
local out = assert(os.getenv('KRAFTFILE_NVIM_RESULT'), 'KRAFTFILE_NVIM_RESULT not set')
vim.fn.writefile({ vim.fn.json_encode(result) }, out)
vim.cmd('qall!')
