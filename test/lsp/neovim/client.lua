-- Neovim's own LSP client (0.7 API) against the apigw-lint server: open a file, wait for diagnostics,
-- request the code actions for one, apply the preferred quick fix with vim.lsp.util.apply_workspace_edit,
-- and write what happened as JSON for the test to assert. Paths come from the environment.
local server, file, out = os.getenv("APIGW_SERVER"), os.getenv("APIGW_FILE"), os.getenv("APIGW_OUT")
local report = { errors = {} }

local function finish()
  local handle = io.open(out, "w")
  handle:write(vim.fn.json_encode(report))
  handle:close()
  vim.cmd("qall!")
end

local ok, err = pcall(function()
  vim.cmd("edit " .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = "apigw-lint",
    cmd = { "node", server, "--stdio" },
    root_dir = vim.fn.fnamemodify(file, ":h"),
  })
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  report.published = vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  report.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.user_data and d.user_data.lsp and d.user_data.lsp.code
    table.insert(report.diagnostics, { code = code, source = d.source, lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col })
  end
  table.sort(report.diagnostics, function(a, b) return a.lnum < b.lnum end)

  -- The Lambda verb finding: its line's diagnostics in LSP shape, as Neovim sends them itself.
  local target
  for _, d in ipairs(report.diagnostics) do if d.code == "lambda-method-not-post" then target = d end end
  local line_diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, target.lnum)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = target.lnum, character = target.col }, ["end"] = { line = target.end_lnum, character = target.end_col } },
    context = { diagnostics = line_diagnostics },
  }
  local response = client.request_sync("textDocument/codeAction", params, 10000, bufnr)
  report.actions = {}
  local preferred
  for _, action in ipairs(response.result or {}) do
    table.insert(report.actions, { title = action.title, kind = action.kind, isPreferred = action.isPreferred == true })
    if action.isPreferred and not preferred then preferred = action end
  end
  vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding)
  report.line = vim.api.nvim_buf_get_lines(bufnr, target.lnum, target.lnum + 1, false)[1]
  report.line_count = vim.api.nvim_buf_line_count(bufnr)

  -- The server lints the edited buffer again: the fixed finding goes away.
  report.cleared = vim.wait(30000, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.user_data and d.user_data.lsp and d.user_data.lsp.code == "lambda-method-not-post" then return false end
    end
    return true
  end, 50)
  report.remaining = #vim.diagnostic.get(bufnr)

  vim.lsp.stop_client(client_id)
  report.stopped = vim.wait(10000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
end)
if not ok then table.insert(report.errors, tostring(err)) end
finish()
