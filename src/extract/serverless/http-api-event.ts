import type { JsonPath } from "../../load/types.js";
import type { Field, Integration } from "../../model/integration.js";
import { UNKNOWN_PART } from "../../model/integration.js";
import { isObject } from "../cloudformation/template.js";
import type { ServiceReader } from "./service.js";

/**
 * `functions.<name>.events[].httpApi` (HTTP API routes). The framework deploys one
 * `AWS::ApiGatewayV2::Integration` per function, shared by its routes: AWS_PROXY to the function, with
 * `PayloadFormatVersion` from `functions.<name>.httpApi.payload`, else `provider.httpApi.payload`, else 2.0.
 * Some framework versions also write `TimeoutInMillis` from the function's timeout, capped at the HTTP API
 * ceiling (min(timeout + 0.5 s, 29 or 30 s)): it is always in range, so it is not modelled.
 */

const U = UNKNOWN_PART;
const FUNCTION_ARN = `arn:${U}:lambda:${U}:${U}:function:${U}`;

/** A function with httpApi events: where its first route is, and the function's own `httpApi` settings. */
export interface HttpApiFunction {
  readonly functionPath: JsonPath;
  readonly config: Record<string, unknown>;
  readonly firstRoute: number;
}

/**
 * One integration per function that sets its own payload version, and one for all the others (they share
 * the provider's value or the default, reported once where it is written).
 */
export function httpApiIntegrations(service: ServiceReader, functions: readonly HttpApiFunction[]): Integration[] {
  // The framework takes the first truthy one: an empty payload falls through to the next.
  const own = functions.filter(({ config }) => isObject(config.httpApi) && Boolean(config.httpApi.payload));
  const shared = functions.find((fn) => !own.includes(fn));
  return [...own, ...(shared ? [shared] : [])].map((fn) => integration(service, fn, own.includes(fn)));
}

function integration(service: ServiceReader, { functionPath, config, firstRoute }: HttpApiFunction, ownPayload: boolean): Integration {
  const eventPath = [...functionPath, "events", firstRoute, "httpApi"];
  const at = { doc: service.doc, path: eventPath };
  const fields = service.table
    .row(service.evaluate)
    .set("type", "httpApi", "AWS_PROXY", at)
    .set("uri", "httpApi", FUNCTION_ARN, at)
    .adopt(
      "payloadFormatVersion",
      ownPayload
        ? service.field([...functionPath, "httpApi", "payload"], "httpApi.payload", (config.httpApi as Record<string, unknown>).payload)
        : providerPayload(service, eventPath),
    )
    .done();
  const events = Array.isArray(config.events) ? config.events : [];
  const route = (events[firstRoute] as Record<string, unknown>).httpApi;
  const [method, path] = isObject(route) ? [route.method, route.path] : typeof route === "string" ? route.trim().split(/\s+/) : [];
  return {
    dialect: "cloudformation",
    input: "serverless",
    apiKind: "HTTP",
    ref: { doc: service.doc, path: eventPath },
    fields,
    method: {
      ...(typeof method === "string" && !method.includes(U) ? { httpMethod: method === "*" ? "ANY" : method.toUpperCase() } : {}),
      ...(typeof path === "string" && !path.includes(U) ? { resourcePath: path } : {}),
      ref: { doc: service.doc, path: eventPath },
    },
    describe: (at) => `from ${dotted(at)}`,
  };
}

/** `provider.httpApi.payload` where written, else the framework's default 2.0. */
function providerPayload(service: ServiceReader, eventPath: JsonPath): Field {
  const provider = service.provider.httpApi;
  if (isObject(provider) && provider.payload) {
    return service.field(["provider", "httpApi", "payload"], "provider.httpApi.payload", provider.payload);
  }
  return service.field(eventPath, "httpApi", "2.0");
}

/** `functions.hello.events[0].httpApi` */
function dotted(path: JsonPath): string {
  return path.map((segment, n) => (typeof segment === "number" ? `[${segment}]` : n === 0 ? segment : `.${segment}`)).join("");
}
