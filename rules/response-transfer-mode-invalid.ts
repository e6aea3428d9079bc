import { defineRule, enumValue } from "../src/rule-api.js";

const MODES = ["BUFFERED", "STREAM"];

export default defineRule({
  id: "response-transfer-mode-invalid",
  severity: "error",
  reads: { fields: ["responseTransferMode"] },
  docs: {
    summary: "`responseTransferMode` is not BUFFERED or STREAM.",
    why: "responseTransferMode is an enum of the API model (BUFFERED, the default, or STREAM for response streaming); other values are rejected. The exact message is not recorded.",
    source: {
      catalog: ["response-transfer-mode-enum", "cfn-enum-upper"],
      behaviour: "Rejected by the API model's enum; the message is not recorded (by analogy with `type`, a ValidationException).",
      references: ["docs: CloudFormation Integration ResponseTransferMode", "model: localstack api ResponseTransferMode", "issue: aws/aws-cdk#36155"],
      evidence: [
        "catalog `response-transfer-mode-enum`: BUFFERED | STREAM (API model enum, AWS response-streaming documentation)",
      ],
      counterEvidence: [
        { query: "search code \"x-amazon-apigateway-integration passthroughBehavior when_no_template contentHandling convert_to_text connectionType vpc_link lowercase\"", date: "2026-11-25", found: "no file with a responseTransferMode other than BUFFERED or STREAM", verdict: "kept" },
      ],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/events",\n  "responseTransferMode": "STREAMING"\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/events",\n  "responseTransferMode": "STREAM"\n}\n' },
    fix: "Use BUFFERED (the default) or STREAM.",
  },
  messages: {
    responseTransferModeInvalid: "Invalid responseTransferMode '{{text}}': Member must satisfy enum value set: [{{allowed}}].",
  },
  check(integration, context) {
    const field = integration.fields.responseTransferMode;
    const value = enumValue(integration, field);
    if (!field || value === undefined || MODES.includes(value)) return;
    context.report({ at: field.ref, messageId: "responseTransferModeInvalid", data: { text: field.text, allowed: MODES.join(", ") } });
  },
});
