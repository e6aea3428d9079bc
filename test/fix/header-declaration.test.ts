import { describe, expect, it } from "vitest";
import { fixText } from "../../src/fix/fix-text.js";
import { lintText, type LintMessage } from "../../src/engine/lint.js";
import { corsMethod } from "../helpers/cors-method.js";

/** response-header-undeclared: the declaration added to the method response the integration response maps to. */
const cwd = "/virtual";
const findings = (text: string, file: string) => lintText(text, file, { cwd }).flatMap((r) => r.messages);
const shown = (m: LintMessage) => `${m.line}:${m.column} ${m.ruleId}${m.fix ? ` fix "${m.fix.title}"` : ""}`;

const CFN = corsMethod(
  `        - StatusCode: "200"
          ResponseParameters:
            method.response.header.Access-Control-Allow-Origin: true   # CORS
        - StatusCode: 404
`,
  `          - StatusCode: "200"
            ResponseParameters:
              method.response.header.Access-Control-Allow-Origin: "'*'"
              method.response.header.Access-Control-Allow-Headers: "'Content-Type'"
          - StatusCode: "200"
            SelectionPattern: "2\\\\d{2}"
            ResponseParameters:
              method.response.header.Access-Control-Allow-Headers: "'Content-Type'"
          - StatusCode: 404
            SelectionPattern: ".*not found.*"
            ResponseParameters: { method.response.header.X-Reason: "'missing'" }
`,
);

describe("declaring a mapped header on its method response", () => {
  it("CloudFormation YAML: an entry after the last declaration (its comment kept), or a new ResponseParameters under a list item", () => {
    expect(findings(CFN, "t.yaml").map(shown)).toEqual([
      '19:15 response-header-undeclared fix "Declare Access-Control-Allow-Headers on the method response 200"',
      // the same header mapped again to the same method response: declared once
      "23:15 response-header-undeclared",
      '26:35 response-header-undeclared fix "Declare X-Reason on the method response 404"',
    ]);
    const { output, results } = fixText(CFN, "t.yaml", { cwd });
    expect(output).toBe(CFN.replace(
      "Allow-Origin: true   # CORS\n        - StatusCode: 404\n",
      "Allow-Origin: true   # CORS\n            method.response.header.Access-Control-Allow-Headers: false\n        - StatusCode: 404\n          ResponseParameters: { method.response.header.X-Reason: false }\n",
    ));
    expect(results.flatMap((r) => r.messages)).toEqual([]);
  });

  it("keeps CRLF line ends", () => {
    const crlf = CFN.replace(/\n/g, "\r\n");
    expect(fixText(crlf, "t.yaml", { cwd }).output).toBe(fixText(CFN, "t.yaml", { cwd }).output.replace(/\n/g, "\r\n"));
  });

  it("CloudFormation JSON: one entry a line, as the object is written", () => {
    const text = `{
  "Resources": {
    "Method": {
      "Type": "AWS::ApiGateway::Method",
      "Properties": {
        "HttpMethod": "GET",
        "MethodResponses": [{
          "StatusCode": "200",
          "ResponseParameters": {
            "method.response.header.A": false
          }
        }],
        "Integration": {
          "Type": "MOCK",
          "RequestTemplates": { "application/json": "{\\"statusCode\\": 200}" },
          "IntegrationResponses": [{ "StatusCode": "200", "ResponseParameters": { "method.response.header.B": "'b'" } }]
        }
      }
    }
  }
}
`;
    expect(fixText(text, "t.json", { cwd }).output).toBe(text.replace('"method.response.header.A": false\n', '"method.response.header.A": false,\n            "method.response.header.B": false\n'));
  });

  it("get-method output: responseParameters added to a method response that has none", () => {
    const text = '{\n  "httpMethod": "POST",\n  "authorizationType": "NONE",\n  "methodResponses": { "201": { "statusCode": "201" } },\n  "methodIntegration": {\n    "type": "MOCK",\n    "requestTemplates": { "application/json": "{}" },\n    "integrationResponses": { "201": { "statusCode": "201", "responseParameters": { "method.response.header.Location": "\'/orders/1\'" } } }\n  }\n}\n';
    const [message] = findings(text, "m.json");
    expect(message!.fix).toEqual({ title: "Declare Location on the method response 201", range: [text.indexOf(' } },\n  "methodIntegration'), text.indexOf(' } },\n  "methodIntegration')], text: ', "responseParameters": { "method.response.header.Location": false }' });
    expect(fixText(text, "m.json", { cwd }).output).toBe(text.replace('{ "statusCode": "201" }', '{ "statusCode": "201", "responseParameters": { "method.response.header.Location": false } }'));
  });

  it("JSON is checked on the mapping's own text, so a large get-method output keeps its fix; YAML over 1 MiB is offered none", () => {
    const method = '{\n  "httpMethod": "POST",\n  "methodResponses": { "201": { "statusCode": "201" } },\n  "methodIntegration": {\n    "type": "MOCK",\n    "requestTemplates": { "application/json": "{}" },\n    "integrationResponses": { "201": { "statusCode": "201", "responseParameters": { "method.response.header.Location": "\'/o\'" } } }\n  },\n  "padding": "' + "x".repeat(1_100_000) + '"\n}\n';
    expect(findings(method, "m.json").map(shown)).toEqual(['7:85 response-header-undeclared fix "Declare Location on the method response 201"']);
    expect(fixText(method, "m.json", { cwd }).output).toBe(method.replace('{ "statusCode": "201" }', '{ "statusCode": "201", "responseParameters": { "method.response.header.Location": false } }'));
    const padded = CFN + "Outputs:\n  Padding:\n    Value: " + "x".repeat(1_100_000) + "\n";
    expect(findings(padded, "t.yaml").map(shown)).toEqual(["19:15 response-header-undeclared", "23:15 response-header-undeclared", "26:35 response-header-undeclared"]);
  });

  it("offers nothing where the declaration is not certain or has no layout to follow", () => {
    // OpenAPI: a header object has a schema and a description to choose
    const openapi = 'openapi: 3.0.1\ninfo: { title: t, version: "1" }\npaths:\n  /a:\n    get:\n      responses:\n        "200": { description: ok }\n      x-amazon-apigateway-integration:\n        type: mock\n        responses:\n          default:\n            statusCode: "200"\n            responseParameters: { method.response.header.X: "\'x\'" }\n';
    expect(findings(openapi, "o.yaml").map(shown)).toEqual(["13:35 response-header-undeclared"]);
    // an empty map: no entry to take the layout from
    const empty = CFN.replace("ResponseParameters:\n            method.response.header.Access-Control-Allow-Origin: true   # CORS", "ResponseParameters: {}");
    expect(findings(empty, "t.yaml").map(shown).slice(0, 1)).toEqual(["17:15 response-header-undeclared"]);
  });
});
