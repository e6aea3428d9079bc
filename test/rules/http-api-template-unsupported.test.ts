import rule from "../../rules/http-api-template-unsupported.js";
import { httpApi } from "../helpers/http-api.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "no templates", code: httpApi("HTTP_PROXY") },
    { name: "REST takes templates", code: '{\n  "type": "HTTP",\n  "integrationHttpMethod": "POST",\n  "uri": "https://example.com/",\n  "requestTemplates": { "application/json": "{}" }\n}\n' },
  ],
  invalid: [
    {
      name: "templates and passthrough behaviour",
      code: httpApi("HTTP_PROXY", ',\n        "RequestTemplates": { "application/json": "{}" },\n        "PassthroughBehavior": "NEVER"'),
      errors: [
        { message: "RequestTemplates is not supported by HTTP APIs (WebSocket APIs only): the request reaches the backend untransformed.", line: 13, column: 9, endLine: 13, endColumn: 27 },
        { message: "PassthroughBehavior is not supported by HTTP APIs (WebSocket APIs only): the request reaches the backend untransformed.", line: 14, column: 9, endLine: 14, endColumn: 30 },
      ],
    },
  ],
});
