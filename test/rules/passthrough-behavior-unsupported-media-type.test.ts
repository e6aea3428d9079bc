import rule from "../../rules/passthrough-behavior-unsupported-media-type.js";
import { ruleTester } from "../helpers/rule-tester.js";

const body = (behaviour: string, templates?: string) => `{
  "type": "MOCK",
  "passthroughBehavior": "${behaviour}"${templates !== undefined ? `,\n  "requestTemplates": { ${templates} }` : ""}
}
`;

ruleTester(rule, {
  valid: [
    { name: "WHEN_NO_MATCH", code: body("WHEN_NO_MATCH", '"application/json": "{}"') },
    { name: "WHEN_NO_TEMPLATES without templates passes everything through", code: body("WHEN_NO_TEMPLATES") },
  ],
  invalid: [
    {
      name: "NEVER with one template",
      code: body("NEVER", '"application/json": "{}"'),
      errors: [{ message: "passthroughBehavior NEVER: requests whose Content-Type has no mapping template get 415 Unsupported Media Type (only application/json has a template).", line: 3, column: 26, endLine: 3, endColumn: 33 }],
    },
    {
      name: "NEVER without templates",
      code: body("NEVER"),
      errors: [{ message: "passthroughBehavior NEVER: requests whose Content-Type has no mapping template get 415 Unsupported Media Type (there are no templates, so every request is rejected).", line: 3, column: 26, endLine: 3, endColumn: 33 }],
    },
    {
      name: "WHEN_NO_TEMPLATES with two templates",
      code: body("WHEN_NO_TEMPLATES", '"application/json": "{}", "application/xml": "<a/>"'),
      errors: [{ message: "passthroughBehavior WHEN_NO_TEMPLATES: requests whose Content-Type has no mapping template get 415 Unsupported Media Type (only application/json, application/xml have templates).", line: 3, column: 26, endLine: 3, endColumn: 45 }],
    },
  ],
});
