import rule from "../../rules/response-transfer-mode-invalid.js";
import { ruleTester } from "../helpers/rule-tester.js";

const body = (mode: string) => `{
  "type": "HTTP_PROXY",
  "integrationHttpMethod": "GET",
  "uri": "https://example.com/events",
  "responseTransferMode": "${mode}"
}
`;

ruleTester(rule, {
  valid: [
    { name: "BUFFERED", code: body("BUFFERED") },
    { name: "STREAM", code: body("STREAM") },
  ],
  invalid: [
    {
      name: "STREAMING",
      code: body("STREAMING"),
      errors: [{ message: "Invalid responseTransferMode 'STREAMING': Member must satisfy enum value set: [BUFFERED, STREAM].", line: 5, column: 27, endLine: 5, endColumn: 38 }],
    },
    {
      name: "lowercase in a PutIntegration body",
      code: body("stream"),
      errors: [{ message: "Invalid responseTransferMode 'stream': Member must satisfy enum value set: [BUFFERED, STREAM].", line: 5, column: 27, endLine: 5, endColumn: 35 }],
    },
  ],
});
