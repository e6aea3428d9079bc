import { defineRule, entries, checkedMethodResponses, parseResponseTarget, statusCodeOf, type InsertDescriptor, type MethodResponse } from "../src/rule-api.js";

/** `method.response.header.X: false` in the method response's map of declarations (or a new map holding it). */
function declarationFix(methodResponse: MethodResponse, key: string, header: string): InsertDescriptor | undefined {
  const where = methodResponse.headerDeclarations;
  if (!where) return undefined;
  const title = `Declare ${header} on the method response ${methodResponse.statusCode}`;
  return where.mapKey === undefined ? { title, into: where.ref, key, value: false } : { title, into: where.ref, key: where.mapKey, value: { [key]: false } };
}

export default defineRule({
  id: "response-header-undeclared",
  severity: "error",
  reads: { fields: ["type"], responses: true, method: ["methodResponses"], firesOn: { responses: true }, apiKind: ["REST"] },
  docs: {
    summary: "An integration response maps `method.response.header.X`, but the method response for that status code does not declare header X.",
    why: "An integration response can only set headers its method response declares (`responseParameters` of the method response, or `headers` of the OpenAPI response). Otherwise the integration response, and an OpenAPI import as a whole, is rejected. Header names are compared as written. Proxy integrations are not checked: they ignore their integration responses, and whether AWS validates them there is not recorded; nor are HTTP APIs, which have no integration responses.",
    source: {
      catalog: ["int-resp-param-declared"],
      behaviour: "400 BadRequestException: `Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: method.response.header.Location]`.",
      references: ["issue: amazon-archives/aws-apigateway-importer#209"],
      evidence: [
        "catalog `int-resp-param-declared` (high)",
        "issues amazon-archives/aws-apigateway-importer#209 (`method.response.header.Location`), awslabs/aws-solutions-constructs#1130 (`method.response.header.Access-Control-Allow-Origin`, deploy fails), olegabu/cognito-helper#13",
      ],
      counterEvidence: [
        { query: "search issues \"integration response mapping method.request.header Invalid mapping expression specified response parameter\"", date: "2026-11-25", found: "aws-apigateway-importer#209, aws-solutions-constructs#1130, cognito-helper#13, serverless-aws-documentation#12 all confirm the rejection; no deployed file mapping an undeclared header", verdict: "kept" },
        { query: "search code \"IntegrationResponses ResponseParameters method.response.header.Access-Control-Allow-Origin: method.request.header.Origin\"", date: "2026-11-25", found: "CORS samples declare the header in the method response and map a static value; nothing undeclared", verdict: "kept" },
      ],
    },
    bad: {
      format: "get-method",
      language: "json",
      code: '{\n  "httpMethod": "POST",\n  "authorizationType": "NONE",\n  "methodResponses": { "201": { "statusCode": "201" } },\n  "methodIntegration": {\n    "type": "MOCK",\n    "requestTemplates": { "application/json": "{\\"statusCode\\": 201}" },\n    "integrationResponses": {\n      "201": {\n        "statusCode": "201",\n        "responseParameters": { "method.response.header.Location": "\'/orders/1\'" }\n      }\n    }\n  }\n}\n',
    },
    good: {
      format: "get-method",
      language: "json",
      code: '{\n  "httpMethod": "POST",\n  "authorizationType": "NONE",\n  "methodResponses": { "201": { "statusCode": "201", "responseParameters": { "method.response.header.Location": false } } },\n  "methodIntegration": {\n    "type": "MOCK",\n    "requestTemplates": { "application/json": "{\\"statusCode\\": 201}" },\n    "integrationResponses": {\n      "201": {\n        "statusCode": "201",\n        "responseParameters": { "method.response.header.Location": "\'/orders/1\'" }\n      }\n    }\n  }\n}\n',
    },
    fix: "Declare the header on the method response (`method.response.header.Location: false`, or `headers: { Location: ... }` in OpenAPI), or remove the mapping.",
  },
  fixable: "The header is declared, not required (`method.response.header.Location: false`), on the method response the integration response maps to, where that method response is written out (a CloudFormation `AWS::ApiGateway::Method`, an `aws apigateway get-method` output): an entry after the last one of its `ResponseParameters`, in their layout, or a `ResponseParameters: { ... }` after its last key. OpenAPI is not fixed: a header object there has a schema and a description to choose; nor are Terraform (the method response is another resource, often in another file) and Serverless, where the method response is generated. Each insertion is offered only once the result is read back and holds exactly the one new entry (in YAML by reading the file again, so a YAML file over 1 MiB, the largest CloudFormation template, is offered none).",
  messages: {
    responseHeaderUndeclared: "Invalid mapping expression parameter specified: {{key}}: the method response {{status}} does not declare the header {{header}} ({{known}}).",
  },
  check(integration, context) {
    const declared = checkedMethodResponses(integration);
    if (!declared) return;
    const fixed = new Set<string>();
    for (const response of integration.responses ?? []) {
      const status = statusCodeOf(response, integration.dialect);
      const methodResponse = status === undefined ? undefined : declared.get(status);
      if (!methodResponse) continue; // no method response at all: response-parameters-method-response-missing
      for (const mapping of entries(response.responseParameters)) {
        const header = parseResponseTarget(mapping.key);
        if (header === undefined || methodResponse.headers.has(header)) continue;
        const known = methodResponse.headers.size ? `it declares ${[...methodResponse.headers].join(", ")}` : "it declares no headers";
        // One declaration for a header that several integration responses map to the same method response.
        const once = !fixed.has(`${status}\0${header}`);
        fixed.add(`${status}\0${header}`);
        const insert = once ? declarationFix(methodResponse, mapping.key, header) : undefined;
        context.report({
          at: mapping.ref,
          part: "key",
          messageId: "responseHeaderUndeclared", data: { key: mapping.key, status, header, known },
          ...(insert ? { insert } : {}),
        });
      }
    }
  },
});
