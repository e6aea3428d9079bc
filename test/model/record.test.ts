import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { FIELD_INDEX, FIELD_NAMES, FieldTable, RecordFields } from "../../src/model/record.js";
import { evaluatePlain, type Evaluate } from "../../src/model/fields.js";
import type { LoadedDocument } from "../../src/load/types.js";
import { presentFields, entries } from "../../src/rule-api.js";
import type { Integration } from "../../src/model/integration.js";

const doc = { file: "/x/api.json", index: 0 } as unknown as LoadedDocument;
const upper: Evaluate = (raw) => (typeof raw === "string" ? raw.toUpperCase() : undefined);

describe("the compact integration record (FieldTable)", () => {
  it("reads each row's fields by name, with key, value, text and path as written", () => {
    const table = new FieldTable();
    const base = { doc, path: ["paths", "/a", "get", "x-amazon-apigateway-integration"] };
    const object = { uri: "https://example.com", type: "http", timeoutInMillis: 100 };
    const first = table.row(upper).member("uri", "uri", object, base).member("type", "type", object, base).member("timeoutInMillis", "timeoutInMillis", object, base).done();
    const second = table.row(evaluatePlain).set("httpMethod", "IntegrationHttpMethod", "post", { doc, path: ["Resources", "M", "Properties", "Integration"] }, "IntegrationHttpMethod").done();

    expect(first.type?.key).toBe("type");
    expect(first.type?.raw).toBe("http");
    expect(first.type?.text).toBe("HTTP");
    expect(first.uri?.ref.path).toEqual(["paths", "/a", "get", "x-amazon-apigateway-integration", "uri"]);
    expect(first.timeoutInMillis?.raw).toBe(100);
    expect(first.httpMethod).toBeUndefined();
    expect(second.httpMethod?.key).toBe("IntegrationHttpMethod");
    expect(second.httpMethod?.text).toBe("post");
    expect(second.httpMethod?.ref).toEqual({ doc, path: ["Resources", "M", "Properties", "Integration", "IntegrationHttpMethod"] });
    expect(second.uri).toBeUndefined();
  });

  it("keeps a presence bit per column, and a later write of a field replaces the earlier one", () => {
    const table = new FieldTable();
    const at = { doc, path: [] };
    const fields = table.row(evaluatePlain).set("responses", "responses", {}, at, "responses").set("type", "a", "A", at, "a").set("type", "b", "B", at, "b").done();
    expect(fields.presence).toBe((1 << FIELD_INDEX.type) | (1 << FIELD_INDEX.responses));
    expect(fields.type?.key).toBe("b");
    expect(fields.responses?.key).toBe("responses");
  });

  it("finds the right cell for every column, whichever others are present", () => {
    const table = new FieldTable();
    const at = { doc, path: [] };
    const rows = [0, 1, 2, 3].map((seed) => {
      const row = table.row(evaluatePlain);
      FIELD_NAMES.forEach((name, column) => {
        if ((column + seed) % (seed + 1) === 0) row.set(name, `k-${name}`, `v-${name}-${seed}`, at, name);
      });
      return row.done();
    });
    rows.forEach((fields, seed) => {
      FIELD_NAMES.forEach((name, column) => {
        if ((column + seed) % (seed + 1) === 0) expect(fields[name]?.raw).toBe(`v-${name}-${seed}`);
        else expect(fields[name]).toBeUndefined();
      });
    });
  });

  it("makes a field once, and its path only when asked", () => {
    const table = new FieldTable();
    const base = { doc, get path(): string[] { throw new Error("the path was read"); } };
    const fields = table.row(evaluatePlain).set("uri", "uri", "u", base, "uri").done();
    expect(fields.uri).toBe(fields.uri);
    expect(fields.uri?.text).toBe("u");
    expect(() => fields.uri?.ref.path).toThrow("the path was read");
  });

  it("adopts a field an extractor made, as it is", () => {
    const table = new FieldTable();
    const made = new FieldTable().row(evaluatePlain).set("payloadFormatVersion", "httpApi.payload", "2.0", { doc, path: ["provider", "httpApi", "payload"] }).done().payloadFormatVersion!;
    const fields = table.row(evaluatePlain).adopt("payloadFormatVersion", made).adopt("uri", undefined).done();
    expect(fields.payloadFormatVersion).toBe(made);
    expect(fields.uri).toBeUndefined();
    expect(fields.payloadFormatVersion?.ref.path).toEqual(["provider", "httpApi", "payload"]);
  });

  it("refuses a row started inside another", () => {
    const table = new FieldTable();
    table.row(evaluatePlain);
    expect(() => table.row(evaluatePlain)).toThrow(/before the previous one was done/);
  });

  it("lists present fields for for...in and presentFields, in column order; children keep lazy paths", () => {
    const table = new FieldTable();
    const at = { doc, path: ["i"] };
    const fields = table.row(evaluatePlain).set("uri", "uri", "u", at, "uri").set("requestParameters", "requestParameters", { "integration.request.path.id": "method.request.path.id" }, at, "requestParameters").done();
    const integration = { fields } as unknown as Integration;
    expect(presentFields(integration).map((f) => f.key)).toEqual(["uri", "requestParameters"]);
    const names: string[] = [];
    for (const name in fields) names.push(name);
    expect(names).toEqual([...FIELD_NAMES]);
    expect(entries(fields.requestParameters)[0]?.ref.path).toEqual(["i", "requestParameters", "integration.request.path.id"]);
    expect(fields).toBeInstanceOf(RecordFields);
  });
});

describe("rules read fields by name", () => {
  it("no rule lists integration.fields with Object.keys/values/entries or a spread (the record's getters are not own properties)", () => {
    const dir = join(import.meta.dirname, "../../rules");
    const offenders = readdirSync(dir)
      .filter((file) => file.endsWith(".ts"))
      .filter((file) => /Object\.(keys|values|entries)\(\s*[\w.]*fields\s*\)|\.\.\.\s*[\w.]*\.fields\b/.test(readFileSync(join(dir, file), "utf8")));
    expect(offenders).toEqual([]);
  });
});
