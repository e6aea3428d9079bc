import { describe, expect, it } from "vitest";
import { mayFire, RulePlan } from "../../src/engine/rule-plan.js";
import type { Field, FieldName, Integration, RuleReads } from "../../src/rule-api.js";

/** Which rules the engine runs on an integration, by their `reads` declarations (issue 14). */

const doc = {} as Integration["ref"]["doc"];
const field = (key: string): Field => ({ key, raw: "x", ref: { doc, path: [key] }, text: "x" });
const fields = (...names: FieldName[]) => Object.fromEntries(names.map((name) => [name, field(name)]));

function integration(over: Partial<Integration> = {}): Integration {
  return { dialect: "put-integration", input: "put-integration", apiKind: "REST", ref: { doc, path: [] }, fields: {}, method: {}, ...over };
}

const response = { ref: { doc, path: ["responses", "default"] } };

describe("mayFire", () => {
  it("runs a rule only where one of the fields it fires on is set", () => {
    const reads: RuleReads = { fields: ["connectionType", "connectionId"], firesOn: { fields: ["connectionType"] } };
    expect(mayFire(reads, integration({ fields: fields("type", "connectionType") }))).toBe(true);
    expect(mayFire(reads, integration({ fields: fields("type", "connectionId") }))).toBe(false);
    expect(mayFire(reads, integration({ fields: { ...fields("type"), connectionType: undefined } }))).toBe(false);
  });

  it("fires on anything it reads when firesOn is absent", () => {
    const reads: RuleReads = { fields: ["requestTemplates"], responses: true, method: ["requestParameters"] };
    expect(mayFire(reads, integration({ fields: fields("requestTemplates") }))).toBe(true);
    expect(mayFire(reads, integration({ responses: [response] }))).toBe(true);
    expect(mayFire(reads, integration({ method: { requestParameters: new Map([["method.request.path.id", { name: "method.request.path.id", required: true }]]) } }))).toBe(true);
    expect(mayFire(reads, integration({ fields: fields("type", "uri") }))).toBe(false);
  });

  it("counts an empty responses list or an empty parameter map as absent", () => {
    const reads: RuleReads = { fields: [], responses: true, method: ["requestParameters"] };
    expect(mayFire(reads, integration({ responses: [], method: { requestParameters: new Map() } }))).toBe(false);
  });

  it("runs an 'always' rule on an integration with nothing in it", () => {
    expect(mayFire({ fields: ["type"], firesOn: "always" }, integration())).toBe(true);
    expect(mayFire({ fields: ["type"] }, integration())).toBe(false);
  });

  it("runs a rule that reads every field wherever any field is set", () => {
    expect(mayFire({ fields: "all" }, integration({ fields: fields("cacheNamespace") }))).toBe(true);
    expect(mayFire({ fields: "all" }, integration())).toBe(false);
  });

  it("skips the API kinds and dialects a rule does not name", () => {
    const reads: RuleReads = { fields: ["uri"], apiKind: ["HTTP"], dialects: ["openapi", "cloudformation"] };
    const uri = fields("uri");
    expect(mayFire(reads, integration({ fields: uri, apiKind: "HTTP", dialect: "openapi" }))).toBe(true);
    expect(mayFire(reads, integration({ fields: uri, apiKind: "REST", dialect: "openapi" }))).toBe(false);
    expect(mayFire(reads, integration({ fields: uri, apiKind: "HTTP", dialect: "terraform" }))).toBe(false);
  });

  it("runs more, never less, on what it does not know (a key that is no field name, an unknown dialect)", () => {
    const reads: RuleReads = { fields: ["uri"], dialects: ["openapi"] };
    expect(mayFire(reads, integration({ fields: { something: field("something") } as Integration["fields"], dialect: "openapi" }))).toBe(true);
    expect(mayFire(reads, integration({ fields: fields("uri"), dialect: "yaml-someday" as Integration["dialect"] }))).toBe(true);
  });
});

describe("RulePlan", () => {
  const rules = [
    { name: "a", reads: { fields: ["type"] } },
    { name: "b", reads: { fields: ["uri"], apiKind: ["REST"] } },
    { name: "c", reads: { fields: ["type"], firesOn: "always" } },
    { name: "d", reads: { fields: [], responses: true } },
  ] as const satisfies readonly { name: string; reads: RuleReads }[];

  it("picks the rules that can fire, in the order given, once per integration shape", () => {
    const plan = new RulePlan(rules);
    const first = plan.rulesFor(integration({ fields: fields("type", "uri") }));
    expect(first.map((rule) => rule.name)).toEqual(["a", "b", "c"]);
    expect(plan.rulesFor(integration({ fields: fields("uri", "type") }))).toBe(first);
    expect(plan.rulesFor(integration({ fields: fields("type", "uri"), responses: [response] })).map((rule) => rule.name)).toEqual(["a", "b", "c", "d"]);
    expect(plan.rulesFor(integration({ fields: fields("type", "uri"), apiKind: "HTTP" })).map((rule) => rule.name)).toEqual(["a", "c"]);
    expect(plan.rulesFor(integration()).map((rule) => rule.name)).toEqual(["c"]);
  });
});
