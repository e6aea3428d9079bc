import { defineRule } from "../src/rule-api.js";

export default defineRule({
  id: "ref-remote",
  severity: "warning",
  reads: { fields: [] },
  docs: {
    summary: "A `$ref` that an integration, a parameter or a response depends on points to a remote URL.",
    why: "apigw-lint never uses the network, so a remote `$ref` is not fetched and what it stands for (declared parameters, method responses, the integration itself) is not checked; rules that need it stay silent. Reported once per `$ref`. Bundle the spec (or reference a local copy) to have it checked.",
    source: {
      catalog: [],
      behaviour: "Not AWS behaviour: a limit of static checking. How the API Gateway import treats remote references is not recorded.",
      references: ["docs: OpenAPI 3.0 Reference Object", "research: peers.md ($ref resolution)"],
    },
    bad: {
      format: "openapi",
      language: "yaml",
      code: "openapi: 3.0.1\ninfo: { title: orders, version: '1' }\npaths:\n  /orders:\n    get:\n      parameters:\n        - $ref: https://example.com/common.yaml#/components/parameters/page\n      responses: {}\n      x-amazon-apigateway-integration:\n        type: http_proxy\n        httpMethod: GET\n        uri: https://backend.example.com/orders\n",
    },
    good: {
      format: "openapi",
      language: "yaml",
      code: "openapi: 3.0.1\ninfo: { title: orders, version: '1' }\npaths:\n  /orders:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/page'\n      responses: {}\n      x-amazon-apigateway-integration:\n        type: http_proxy\n        httpMethod: GET\n        uri: https://backend.example.com/orders\ncomponents:\n  parameters:\n    page: { name: page, in: query, schema: { type: integer } }\n",
    },
    fix: "Reference a file inside the project (`./common.yaml#/...`) or a local pointer (`#/components/...`), or bundle the spec before linting.",
  },
});
