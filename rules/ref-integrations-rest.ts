import { defineRule } from "../src/rule-api.js";

export default defineRule({
  id: "ref-integrations-rest",
  severity: "warning",
  reads: { fields: [] },
  docs: {
    summary: "A REST API operation uses `$ref` to `x-amazon-apigateway-integrations`, which only HTTP APIs resolve.",
    why: "Shared integrations under `components.x-amazon-apigateway-integrations` are an HTTP API feature. The REST API import does not follow the `$ref`: it reads an integration without a type, ignores it with a warning and goes on, so the method ends up with no integration and the next deployment fails (`No integration defined for method`). The import itself succeeds unless `failOnWarnings` is set, hence a warning.",
    source: {
      catalog: ["v2-openapi", "openapi-method-without-integration"],
      behaviour: "Import warning: `Unknown integration type 'null' for 'GET /'. Ignoring.`",
      references: ["issue: awsdocs/amazon-api-gateway-developer-guide#65", "docs: api-gateway-extensions-integrations.md (\"Supported only for HTTP APIs\")"],
    },
    bad: {
      format: "openapi",
      language: "yaml",
      code: "openapi: 3.0.1\ninfo: { title: orders, version: '1' }\npaths:\n  /orders:\n    get:\n      responses: {}\n      x-amazon-apigateway-integration:\n        $ref: '#/components/x-amazon-apigateway-integrations/backend'\ncomponents:\n  x-amazon-apigateway-integrations:\n    backend:\n      type: http\n      httpMethod: GET\n      uri: https://backend.example.com/orders\n",
    },
    good: {
      format: "openapi",
      language: "yaml",
      code: "openapi: 3.0.1\ninfo: { title: orders, version: '1' }\npaths:\n  /orders:\n    get:\n      responses: {}\n      x-amazon-apigateway-integration:\n        type: http_proxy\n        httpMethod: GET\n        uri: https://backend.example.com/orders\n",
    },
    fix: "Write the integration inline in each operation (or let a bundler inline it before the import), or build the API as an HTTP API.",
  },
});
