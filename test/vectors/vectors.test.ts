import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { lintText } from "../../src/engine/lint.js";
import type { LintOptions } from "../../src/engine/types.js";

/**
 * Every vector of recorded AWS behaviour (shared/aws/vectors.json) becomes an input document in the
 * format it was seen through, run through the real engine: rejected -> an error carrying the AWS
 * message's substance; accepted -> no error, and a warning where a run-time failure was recorded.
 */

interface Vector {
  id: string;
  api: "REST" | "HTTP";
  operation: string;
  input: Record<string, any>;
  aws: "accepted" | "rejected";
  message: string | null;
  runtime?: { status?: number };
  notes?: string;
}

const vectors = JSON.parse(readFileSync(resolve(__dirname, "../../../shared/aws/vectors.json"), "utf8")) as Vector[];

/**
 * Context a vector's notes say it needs but does not spell out (the docs example assumes the
 * operation declares its query parameters and method responses).
 */
const EXTRA_OPENAPI_OPERATION: Record<string, Record<string, unknown>> = {
  // The original file (localstack tests/aws/files/openapi-method-int.spec.yaml) declares the header.
  "rec-import-integer-status-code-yaml": {
    responses: { "200": { description: "200 response", headers: { "Access-Control-Allow-Origin": { schema: { type: "string" } } } } },
  },
  "doc-openapi-aws-lambda-full-example": {
    parameters: [
      { name: "version", in: "query", schema: { type: "string" } },
      { name: "vendor", in: "query", schema: { type: "string" } },
    ],
    responses: {
      "200": { description: "ok", headers: { requestId: { schema: { type: "string" } } } },
      "302": { description: "redirect", headers: { Location: { schema: { type: "string" } } } },
      "400": { description: "bad", headers: { "test-method-response-header": { schema: { type: "string" } } } },
    },
  },
};

const PASCAL: Record<string, string> = { integrationHttpMethod: "IntegrationHttpMethod" };
const pascal = (object: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(object).map(([k, v]) => [PASCAL[k] ?? k[0]!.toUpperCase() + k.slice(1), v]));

/** A get-method output: the method with its methodIntegration (backend verb as `httpMethod`). */
function asGetMethod(input: Record<string, any>) {
  const { integrationHttpMethod, ...integration } = input.integration ?? { type: "MOCK" };
  const methodIntegration: Record<string, unknown> = { ...integration, ...(integrationHttpMethod ? { httpMethod: integrationHttpMethod } : {}) };
  if (input.integrationResponse) {
    methodIntegration.integrationResponses = { [String(input.integrationResponse.statusCode)]: input.integrationResponse };
  }
  const method = input.method ?? { httpMethod: "GET", authorizationType: "NONE" };
  const { resourcePath: _resourcePath, ...methodFields } = method;
  const methodResponses = Object.fromEntries((input.methodResponses ?? []).map((r: { statusCode: string }) => [r.statusCode, r]));
  return {
    authorizationType: "NONE",
    ...methodFields,
    ...(input.methodRequestParameters ? { requestParameters: input.methodRequestParameters } : {}),
    methodResponses,
    methodIntegration,
  };
}

/** The docs snippet gives only the mappings; "the rest of the integration is not given" (its notes). */
const EXTRA_INTEGRATION: Record<string, Record<string, unknown>> = {
  "doc-request-params-body-and-multivalue": { type: "http", httpMethod: "POST", uri: "https://example.com/{integrationPathParam}/{pet-name}" },
};

function asOpenApi(input: Record<string, any>, id: string) {
  const parameters = Object.keys(input.methodRequestParameters ?? {}).map((key) => {
    const [, location, name] = /^method\.request\.(path|querystring|header)\.(.+)$/.exec(key) ?? [];
    const where = location === "querystring" ? "query" : location;
    return { name, in: where, ...(where === "path" ? { required: true } : {}), schema: { type: "string" } };
  });
  const operation = {
    ...(parameters.length ? { parameters } : {}),
    responses: input.openapiResponses ?? { "200": { description: "ok" } },
    ...EXTRA_OPENAPI_OPERATION[id],
    "x-amazon-apigateway-integration": { ...EXTRA_INTEGRATION[id], ...input["x-amazon-apigateway-integration"] },
  };
  return { openapi: "3.0.1", info: { title: id, version: "1" }, paths: { [input.openapiPath ?? "/"]: { [input.openapiMethod ?? "get"]: operation } } };
}

function asCloudFormation(input: Record<string, any>) {
  const method = input.method ?? {};
  const integration = pascal(input.integration ?? {});
  return {
    AWSTemplateFormatVersion: "2010-09-09",
    Resources: {
      Api: { Type: "AWS::ApiGateway::RestApi", Properties: { Name: "vector" } },
      Method: {
        Type: "AWS::ApiGateway::Method",
        Properties: {
          RestApiId: { Ref: "Api" },
          ResourceId: { "Fn::GetAtt": ["Api", "RootResourceId"] },
          HttpMethod: method.httpMethod ?? "GET",
          AuthorizationType: "NONE",
          ...(method.requestParameters ? { RequestParameters: method.requestParameters } : {}),
          Integration: integration,
        },
      },
    },
  };
}

function document(vector: Vector): { filename: string; text: string; options: LintOptions } {
  const options: LintOptions = vector.api === "HTTP" ? { apiKind: "HTTP" } : {};
  if (vector.operation.startsWith("Import")) {
    const doc = asOpenApi(vector.input, vector.id);
    return vector.input.format === "yaml"
      ? { filename: `${vector.id}.yaml`, text: stringify(doc), options }
      : { filename: `${vector.id}.json`, text: JSON.stringify(doc, null, 2), options };
  }
  if (vector.operation.startsWith("CloudFormation")) {
    return { filename: `${vector.id}.json`, text: JSON.stringify(asCloudFormation(vector.input), null, 2), options };
  }
  return { filename: `${vector.id}.json`, text: JSON.stringify(asGetMethod(vector.input), null, 2), options };
}

/** The part of an AWS message a linter can promise to carry: the innermost error, without envelopes. */
export function substance(message: string): string {
  const inner = /errors : \[(.*)\]$/s.exec(message)?.[1] ?? message;
  return inner.replace(/^1 validation error detected: Value '.*?' at '.*?' failed to satisfy constraint: /s, "").replace(/\.$/, "");
}

describe("AWS behaviour vectors", () => {
  for (const vector of vectors) {
    it(`${vector.id} (${vector.aws})`, () => {
      const { filename, text, options } = document(vector);
      const [result] = lintText(text, filename, { cwd: process.cwd(), ...options });
      expect(result, "the document must be read").toBeDefined();
      expect(result!.integrationCount, "the vector's integration is extracted").toBeGreaterThan(0);
      const errors = result!.messages.filter((m) => m.severity === "error");
      const warnings = result!.messages.filter((m) => m.severity === "warning");
      if (vector.aws === "rejected") {
        expect(errors.length, JSON.stringify(result!.messages, null, 1)).toBeGreaterThan(0);
        if (vector.message) {
          const expected = substance(vector.message);
          expect(errors.map((e) => e.message).join("\n")).toContain(expected);
        }
      } else {
        expect(errors, "an accepted configuration yields no error").toEqual([]);
        if ((vector.runtime?.status ?? 0) >= 500) expect(warnings.length, "a recorded run-time failure is a warning").toBeGreaterThan(0);
      }
    });
  }
});
