import { defineRule, entries, integrationType, isProxyType, UNKNOWN_PART, vtlProblem, type Field } from "../src/rule-api.js";

export default defineRule({
  id: "template-syntax-invalid",
  severity: "warning",
  reads: { fields: ["type", "requestTemplates"], responses: true, firesOn: { fields: ["requestTemplates"], responses: true }, apiKind: ["REST"] },
  docs: {
    summary: "A mapping template is not valid Velocity (VTL): an unclosed `#if`/`#foreach`, a stray `#end`, an unterminated `${...}` or `$input.json('...'`.",
    why: "API Gateway renders mapping templates with Apache Velocity. A template that does not parse makes the request (or response) transformation fail at run time with 500. Whether the template is also rejected when it is written is not recorded, so this is a warning. The finding points at the place in the template where parsing fails (through JSON escapes and YAML block scalars). Templates over the 300 KB limit are not parsed (template-too-large reports them), and a template nested more than 200 levels deep (`#if`, `#foreach`, parentheses) or with more than 8,000 directives in one top-level block is reported at info level as not checked: the parser's cost grows with the square of those.",
    source: {
      catalog: ["templates-content-type-keys", "templates-string-values"],
      behaviour: "Templates are Velocity templates (docs). A template that fails to render makes the call fail with 500 (`Execution failed due to configuration error: Unable to transform request`); rejection at write time is not recorded.",
      references: ["docs: api-gateway-mapping-template-reference.md", "docs: Apache Velocity Template Language 1.7"],
    },
    bad: { format: "put-integration", language: "yaml", code: "type: MOCK\nrequestTemplates:\n  application/json: |\n    #if($input.params('id') != \"\")\n    {\"statusCode\": 200}\n" },
    good: { format: "put-integration", language: "yaml", code: "type: MOCK\nrequestTemplates:\n  application/json: |\n    #if($input.params('id') != \"\")\n    {\"statusCode\": 200}\n    #else\n    {\"statusCode\": 404}\n    #end\n" },
    fix: "Close every #if, #foreach and #macro with #end, and close every `${`, `(` and quote.",
  },
  messages: {
    notChecked: "The mapping template for {{key}} was not checked: {{description}}.",
    invalid: "The mapping template for {{key}} is not valid VTL: {{description}}.",
  },
  check(integration, context) {
    if (integration.apiKind !== "REST") return;
    const proxy = isProxyType(integrationType(integration));
    const check = (templates: Field | undefined) => {
      for (const template of entries(templates)) {
        const text = template.text;
        if (!text || text.includes(UNKNOWN_PART)) continue;
        const problem = vtlProblem(text);
        if (!problem) continue;
        if (problem.unchecked) {
          // Not a syntax finding: the user learns the template was skipped, at the lowest severity.
          context.report({ at: template.ref, severity: "info", messageId: "notChecked", data: { key: template.key, description: problem.description } });
          continue;
        }
        context.report({
          at: template.ref,
          inner: { start: problem.start, end: problem.end },
          messageId: "invalid", data: { key: template.key, description: problem.description },
        });
      }
    };
    if (!proxy) check(integration.fields.requestTemplates);
    for (const response of proxy ? [] : (integration.responses ?? [])) check(response.responseTemplates);
  },
});
