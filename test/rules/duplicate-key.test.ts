import rule from "../../rules/duplicate-key.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "distinct keys", code: '{\n  "type": "MOCK",\n  "timeoutInMillis": 10000\n}\n' },
    { name: "a duplicate in a file with no integration, where the lost value held none either", code: "openapi: 3.0.1\npaths:\n  /a: {get: {summary: x}}\n  /a: {get: {summary: y}}\n" },
    { name: "the same key in different objects", code: "type: MOCK\nrequestTemplates:\n  type: x\npassthroughBehavior: NEVER\n" },
  ],
  invalid: [
    {
      name: "JSON",
      code: '{\n  "type": "MOCK",\n  "timeoutInMillis": 5000,\n  "timeoutInMillis": 10000\n}\n',
      errors: [{ message: 'Duplicate key "timeoutInMillis": this value silently replaces the one given earlier for the same key.', line: 4, column: 3, endLine: 4, endColumn: 20 }],
    },
    {
      name: "YAML",
      code: "type: MOCK\npassthroughBehavior: NEVER\npassthroughBehavior: WHEN_NO_MATCH\n",
      errors: [{ message: 'Duplicate key "passthroughBehavior": this value silently replaces the one given earlier for the same key.', line: 3, column: 1, endLine: 3, endColumn: 20 }],
    },
    {
      name: "OpenAPI path given twice: the lost copy held the only integration",
      code: "openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration: {type: mock}\n  /a:\n    get: {summary: x}\n",
      errors: [{ message: 'Duplicate key "/a": this value silently replaces the one given earlier for the same key. The value it replaces holds an API Gateway integration, which is not checked.', line: 6, column: 3, endLine: 6, endColumn: 5 }],
    },
    {
      name: "CloudFormation logical id given twice in JSON: the lost copy was an API Gateway method",
      code: '{"Resources": {\n  "M": {"Type": "AWS::ApiGateway::Method", "Properties": {"Integration": {"Type": "MOCK"}}},\n  "M": {"Type": "AWS::S3::Bucket"}\n}}\n',
      errors: [{ message: 'Duplicate key "M": this value silently replaces the one given earlier for the same key. The value it replaces holds an API Gateway integration, which is not checked.', line: 3, column: 3, endLine: 3, endColumn: 6 }],
    },
  ],
});
