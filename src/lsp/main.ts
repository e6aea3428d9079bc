#!/usr/bin/env node
// apigw-lint-lsp: the language server on its own (the same as `apigw-lint --lsp`); --stdio, --node-ipc or --socket=<port>.
import { startServer } from "./server.js";

startServer();
