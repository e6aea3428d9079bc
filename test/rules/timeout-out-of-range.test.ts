import rule from "../../rules/timeout-out-of-range.js";
import { ruleTester } from "../helpers/rule-tester.js";

const body = (timeout: string, extra = "") => `{
  "type": "HTTP_PROXY",
  "integrationHttpMethod": "GET",
  "uri": "https://example.com/",${extra}
  "timeoutInMillis": ${timeout}
}
`;

ruleTester(rule, {
  valid: [
    { name: "lower bound", code: body("50") },
    { name: "default ceiling", code: body("29000") },
    { name: "raised quota via maxTimeout", code: body("60000"), options: { maxTimeout: 60000 } },
    { name: "STREAM allows 900000", code: body("900000", '\n  "responseTransferMode": "STREAM",') },
  ],
  invalid: [
    {
      name: "below 50",
      code: body("10"),
      errors: [{ message: "Timeout should be between 50 ms and 29000 ms: got 10.", line: 5, column: 22, endLine: 5, endColumn: 24 }],
    },
    {
      name: "above 29000 with no endpoint type: a warning",
      code: body("30000"),
      errors: [{ severity: "warning", message: "Timeout should be between 50 ms and 29000 ms: got 30000. Only REGIONAL or PRIVATE APIs whose account quota was raised accept it; set --max-timeout to that quota.", line: 5, column: 22, endLine: 5, endColumn: 27 }],
    },
    {
      name: "above 29000 on EDGE: an error",
      code: body("30000"),
      options: { endpointType: "EDGE" },
      errors: [{ message: "Timeout should be between 50 ms and 29000 ms: got 30000 (EDGE APIs cannot raise the quota).", line: 5, column: 22, endLine: 5, endColumn: 27 }],
    },
    {
      name: "above the configured ceiling",
      code: body("60001"),
      options: { maxTimeout: 60000 },
      errors: [{ message: "Timeout should be between 50 ms and 60000 ms: got 60001 (the configured maxTimeout).", line: 5, column: 22, endLine: 5, endColumn: 27 }],
    },
    {
      name: "STREAM above 900000",
      code: body("900001", '\n  "responseTransferMode": "STREAM",'),
      errors: [{ message: "Timeout should be between 50 ms and 900000 ms: got 900001 (the ceiling for responseTransferMode STREAM).", line: 6, column: 22, endLine: 6, endColumn: 28 }],
    },
    {
      name: "YAML PutIntegration body",
      code: "type: MOCK\ntimeoutInMillis: 49\n",
      errors: [{ message: "Timeout should be between 50 ms and 29000 ms: got 49.", line: 2, column: 18, endLine: 2, endColumn: 20 }],
    },
  ],
});
