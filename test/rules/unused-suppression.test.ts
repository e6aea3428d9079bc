import { ruleTester } from "../helpers/rule-tester.js";
import rule from "../../rules/unused-suppression.js";

const spec = (timeout: number, comment = "", trailing = "") => `openapi: 3.0.1
info: { title: pets, version: "1" }
paths:
  /pets:
    get:
      x-amazon-apigateway-integration:
        type: http_proxy
        httpMethod: GET
        uri: https://example.com/pets
${comment}        timeoutInMillis: ${timeout}${trailing}
`;

ruleTester(rule, {
  valid: [
    { name: "no directive", code: spec(100) },
    { name: "a used disable-next-line", code: spec(10, "        # apigw-lint-disable-next-line timeout-out-of-range -- sandbox\n") },
    { name: "a used disable-line", code: spec(10, "", " # apigw-lint-disable-line timeout-out-of-range") },
    { name: "a used blanket disable range", code: "# apigw-lint-disable\n" + spec(10) },
    { name: "a directive-looking string is not a comment", code: spec(100).replace("https://example.com/pets", '"https://example.com/pets # apigw-lint-disable-line"') },
  ],
  invalid: [
    {
      name: "disable-next-line above a clean line",
      code: spec(100, "        # apigw-lint-disable-next-line timeout-out-of-range\n"),
      errors: [{ message: "Unused apigw-lint-disable-next-line for 'timeout-out-of-range': there is no such finding on line 11.", line: 10, column: 9, endLine: 10, endColumn: 60 }],
    },
    {
      name: "an unknown rule id",
      code: spec(10, "", " # apigw-lint-disable-line timeout-out-of-range, timeout"),
      errors: [{ message: "apigw-lint-disable-line names an unknown rule 'timeout'.", line: 10, column: 29, endLine: 10, endColumn: 84 }],
    },
    {
      name: "an enable without disable",
      code: spec(100) + "# apigw-lint-enable\n",
      errors: [{ message: "apigw-lint-enable has no matching apigw-lint-disable above it.", line: 11, column: 1, endLine: 11, endColumn: 20 }],
    },
    {
      name: "an unused CloudFormation Metadata ignore",
      code: `Resources:
  GetPets:
    Type: AWS::ApiGateway::Method
    Metadata: { apigw-lint: { ignore: [timeout-out-of-range], reason: old } }
    Properties:
      HttpMethod: GET
      ResourceId: r
      RestApiId: a
      AuthorizationType: NONE
      Integration: { Type: MOCK, TimeoutInMillis: 100 }
`,
      errors: [{ message: "Unused Metadata apigw-lint ignore for 'timeout-out-of-range': resource GetPets has no such finding.", line: 4, column: 40, endLine: 4, endColumn: 60 }],
    },
  ],
});
