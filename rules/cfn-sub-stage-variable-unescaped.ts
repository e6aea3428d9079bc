import { defineRule, presentFields, type Field, type NodeRef } from "../src/rule-api.js";

/** `${stageVariables.x}` that Fn::Sub would try to resolve (`${!stageVariables.x}` is the escaped literal). */
const UNESCAPED = /\$\{\s*(stageVariables\.[^}]*?)\s*\}/g;

interface SubString {
  readonly text: string;
  readonly at: NodeRef;
  readonly variables: Readonly<Record<string, unknown>>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Every `Fn::Sub` template string inside a value, with its location and variable map. */
function subStrings(raw: unknown, at: NodeRef, out: SubString[] = [], depth = 0): SubString[] {
  if (depth > 30) return out;
  if (Array.isArray(raw)) {
    raw.forEach((item, index) => subStrings(item, { doc: at.doc, path: [...at.path, index] }, out, depth + 1));
  } else if (isObject(raw)) {
    for (const [key, value] of Object.entries(raw)) {
      const path = [...at.path, key];
      if (key === "Fn::Sub" && typeof value === "string") out.push({ text: value, at: { doc: at.doc, path }, variables: {} });
      else if (key === "Fn::Sub" && Array.isArray(value) && typeof value[0] === "string") {
        out.push({ text: value[0], at: { doc: at.doc, path: [...path, 0] }, variables: isObject(value[1]) ? value[1] : {} });
        subStrings(value[1], { doc: at.doc, path: [...path, 1] }, out, depth + 1);
      } else subStrings(value, { doc: at.doc, path }, out, depth + 1);
    }
  }
  return out;
}

/** A document whose text never says Fn::Sub nor !Sub holds none: skip the walk over every value. */
const subInText = new WeakMap<object, boolean>();
function mayHoldSub(doc: { readonly text: string }): boolean {
  let known = subInText.get(doc);
  if (known === undefined) subInText.set(doc, (known = doc.text.includes("Fn::Sub") || doc.text.includes("!Sub")));
  return known;
}

export default defineRule({
  id: "cfn-sub-stage-variable-unescaped",
  severity: "error",
  reads: { fields: "all", responses: true },
  docs: {
    summary: "A `${stageVariables.x}` reference inside CloudFormation `Fn::Sub` is not escaped as `${!stageVariables.x}`.",
    why: "`Fn::Sub` replaces every `${...}` it finds, and `stageVariables.x` reads to it as the attribute `x` of a resource called `stageVariables`, which does not exist: the template is rejected before API Gateway sees it. Stage variables are resolved by API Gateway at run time, so the literal `${stageVariables.x}` must survive `Fn::Sub`, which is what the `${!...}` escape does. A plain string (no `Fn::Sub`) needs no escaping.",
    source: {
      catalog: ["cfn-fn-sub-stage-variables"],
      behaviour: "CloudFormation fails the template (Fn::Sub cannot resolve the variable); `${!Literal}` is written out as `${Literal}`.",
      references: ["docs: CloudFormation Fn::Sub (\"To write a dollar sign and curly braces (${}) literally, add an exclamation point (!) after the open curly brace\")"],
      evidence: [
        "catalog `cfn-fn-sub-stage-variables`: inside Fn::Sub, `${stageVariables.x}` is read as a reference to a resource attribute, which does not exist; `${!stageVariables.x}` is written out literally (CloudFormation Fn::Sub documentation)",
      ],
      counterEvidence: [
        { query: "search issues \"Fn::Sub stageVariables template error unresolved resource dependencies API Gateway integration uri\"", date: "2026-11-25", found: "stage variables in OpenAPI files pulled in by DefinitionUri (serverless-application-model#178) and in Terraform (`$${stageVariables.x}`, terraform#6463): both outside Fn::Sub, where the rule does not look; no template with an unescaped stage variable inside Fn::Sub that deployed", verdict: "kept" },
      ],
    },
    bad: {
      format: "cloudformation",
      language: "yaml",
      code: "Resources:\n  Method:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      HttpMethod: GET\n      Integration:\n        Type: HTTP_PROXY\n        IntegrationHttpMethod: GET\n        Uri: !Sub https://${stageVariables.backendHost}/orders\n",
    },
    good: {
      format: "cloudformation",
      language: "yaml",
      code: "Resources:\n  Method:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      HttpMethod: GET\n      Integration:\n        Type: HTTP_PROXY\n        IntegrationHttpMethod: GET\n        Uri: !Sub https://${!stageVariables.backendHost}/orders\n",
    },
    fix: "Write `${!stageVariables.x}` inside `Fn::Sub`, or drop `Fn::Sub` when the string has no other placeholder.",
  },
  fixable: "`${stageVariables.x}` becomes `${!stageVariables.x}` (only where no white space is inside the braces).",
  messages: {
    cfnSubStageVariableUnescaped: "Fn::Sub cannot resolve ${{{name}}}: CloudFormation rejects the template. Write ${!{{name}}} so that API Gateway receives the stage variable.",
  },
  check(integration, context) {
    if (!mayHoldSub(integration.ref.doc)) return;
    const fields: Field[] = presentFields(integration);
    for (const response of integration.responses ?? []) {
      for (const f of [response.statusCode, response.selectionPattern, response.responseParameters, response.responseTemplates, response.contentHandling]) {
        if (f) fields.push(f);
      }
    }
    for (const field of fields) {
      for (const sub of subStrings(field.raw, field.ref)) {
        for (const match of sub.text.matchAll(UNESCAPED)) {
          const name = match[1]!;
          if (name in sub.variables) continue;
          const start = match.index;
          context.report({
            at: sub.at,
            inner: { start, end: start + match[0].length },
            messageId: "cfnSubStageVariableUnescaped",
            data: { name },
            // `${` + `!`: the `{` is rewritten as `{!`, so the edit never touches the name (or an escape in it).
            ...(match[0] === `\${${name}}` ? { fix: { title: `Escape as \${!${name}}`, start: start + 1, end: start + 2, text: "{!" } } : {}),
          });
        }
      }
    }
  },
});
