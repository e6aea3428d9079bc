import rule from "../../rules/response-transfer-mode-mismatch.js";
import { LAMBDA_URI } from "../helpers/documents.js";
import { ruleTester } from "../helpers/rule-tester.js";

const STREAMING = "arn:aws:apigateway:us-east-1:lambda:path/2021-11-15/functions/arn:aws:lambda:us-east-1:123456789012:function:chat/response-streaming-invocations";
const body = (uri: string, mode?: string) => `{
  "type": "AWS_PROXY",
  "integrationHttpMethod": "POST",
  "uri": "${uri}"${mode ? `,\n  "responseTransferMode": "${mode}"` : ""}
}
`;

ruleTester(rule, {
  valid: [
    { name: "streaming uri with STREAM", code: body(STREAMING, "STREAM") },
    { name: "ordinary uri, default mode", code: body(LAMBDA_URI) },
    { name: "ordinary uri with BUFFERED", code: body(LAMBDA_URI, "BUFFERED") },
  ],
  invalid: [
    {
      name: "streaming uri with the default mode",
      code: body(STREAMING),
      errors: [{ message: "The uri is Lambda's response-streaming invocation, but responseTransferMode is BUFFERED (the default): set responseTransferMode to STREAM, or use .../2015-03-31/functions/<function ARN>/invocations.", line: 4, column: 10, endLine: 4, endColumn: 156 }],
    },
    {
      name: "STREAM with the ordinary uri",
      code: body(LAMBDA_URI, "STREAM"),
      errors: [{ message: "responseTransferMode is STREAM, but the uri is Lambda's ordinary invocation: streaming needs .../2021-11-15/functions/<function ARN>/response-streaming-invocations.", line: 5, column: 27, endLine: 5, endColumn: 35 }],
    },
  ],
});
