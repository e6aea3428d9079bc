import rule from "../../rules/http-uri-placeholder-unmapped.js";
import { ruleTester } from "../helpers/rule-tester.js";

const body = (type: string, uri: string, mappings?: string) => `{
  "type": "${type}",
  "integrationHttpMethod": "GET",
  "uri": "${uri}"${mappings !== undefined ? `,\n  "requestParameters": { ${mappings} }` : ""}
}
`;

ruleTester(rule, {
  valid: [
    { name: "placeholders in the query string, mapped (rec-http-proxy-uri-placeholders-in-query)", code: body("HTTP_PROXY", "https://echo.example.com/?testVar={pathVar}&testQs={qsVar}", '"integration.request.path.qsVar": "method.request.querystring.testVar", "integration.request.path.pathVar": "method.request.path.pathVariable"') },
    { name: "stage variables are not placeholders", code: body("HTTP", "https://${stageVariables.host}/orders") },
    {
      name: "filled by a template's requestOverride (corpus: amazon-apigateway-amazon-s3-upload)",
      code: '{\n  "type": "AWS",\n  "integrationHttpMethod": "PUT",\n  "uri": "arn:aws:apigateway:us-east-1:s3:path/{bucket}/{object}",\n  "requestTemplates": { "application/json": "#set($context.requestOverride.path.bucket = $stageVariables.bucket)\\n#set($context.requestOverride.path.object = \\"x\\")" }\n}\n',
    },
    { name: "S3 path mapped (rec-aws-s3-integration-method-any)", code: body("AWS", "arn:aws:apigateway:us-east-1:s3:path/my-bucket/{object_path}", '"integration.request.path.object_path": "method.request.path.object_path"') },
  ],
  invalid: [
    {
      name: "an unmapped path placeholder: the span is the placeholder",
      code: body("HTTP_PROXY", "https://example.com/orders/{id}/items/{item}", '"integration.request.path.id": "method.request.path.id"'),
      errors: [{ message: "The uri placeholder {item} is not mapped: add integration.request.path.item to requestParameters, or the backend is called with the placeholder unfilled.", line: 4, column: 49, endLine: 4, endColumn: 55 }],
    },
    {
      name: "a querystring mapping does not fill a placeholder",
      code: body("HTTP", "https://example.com/?q={q}", '"integration.request.querystring.q": "method.request.querystring.q"'),
      errors: [{ message: "The uri placeholder {q} is not mapped: add integration.request.path.q to requestParameters, or the backend is called with the placeholder unfilled.", line: 4, column: 34, endLine: 4, endColumn: 37 }],
    },
  ],
});
