import { defineRule } from "../src/rule-api.js";

export default defineRule({
  id: "ref-unresolved",
  severity: "warning",
  reads: { fields: [] },
  docs: {
    summary: "A `$ref` that an integration, a parameter or a response depends on cannot be followed: its target is missing, it leaves the project root, or it is circular.",
    why: "What the `$ref` stands for is then unknown: the integration it names is not checked, and rules that need the declared parameters or method responses stay silent. A missing local target also means the spec is broken for every tool that reads it. File references must stay inside the project root (the directory linted from), so a spec cannot make the linter read arbitrary files.",
    source: {
      catalog: [],
      behaviour: "What the API Gateway import says about a dangling or circular `$ref` is not recorded; the import reads a single document, so file references must be bundled before it.",
      references: ["docs: OpenAPI 3.0 Reference Object", "RFC 6901 (JSON Pointer)"],
    },
    bad: {
      format: "openapi",
      language: "yaml",
      code: "openapi: 3.0.1\ninfo: { title: orders, version: '1' }\npaths:\n  /orders:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/pageSize'\n      responses: {}\n      x-amazon-apigateway-integration:\n        type: http_proxy\n        httpMethod: GET\n        uri: https://backend.example.com/orders\ncomponents:\n  parameters:\n    page: { name: page, in: query, schema: { type: integer } }\n",
    },
    good: {
      format: "openapi",
      language: "yaml",
      code: "openapi: 3.0.1\ninfo: { title: orders, version: '1' }\npaths:\n  /orders:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/page'\n      responses: {}\n      x-amazon-apigateway-integration:\n        type: http_proxy\n        httpMethod: GET\n        uri: https://backend.example.com/orders\ncomponents:\n  parameters:\n    page: { name: page, in: query, schema: { type: integer } }\n",
    },
    fix: "Point the `$ref` at an existing node (`#/components/...` or a file inside the project), and break reference cycles.",
  },
});
