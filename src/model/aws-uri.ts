import { UNKNOWN_PART } from "./integration.js";

/**
 * Parsing of API Gateway integration URIs: `arn:<partition>:apigateway:<region>:<service>:path|action/...`
 * and the Lambda invocation form inside it. Parts that are unknown (UNKNOWN_PART) or stage variables
 * are accepted wherever they stand: what cannot be known is not an error.
 */

export const PARTITIONS = ["aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc"];

const STAGE_VARIABLE = /\$\{stageVariables\.[A-Za-z0-9_.-]+\}/g;

/** A value that holds an unknown part or a stage variable: its final text is known only later. */
export function isDynamic(text: string): boolean {
  return text.includes(UNKNOWN_PART) || /\$\{stageVariables\./.test(text);
}

/** Replaces stage variables with UNKNOWN_PART so that patterns can treat both the same way. */
export function withUnknownStageVariables(text: string): string {
  return text.replace(STAGE_VARIABLE, UNKNOWN_PART);
}

export interface ApiGatewayArn {
  readonly partition: string;
  readonly region: string;
  /** `lambda`, `s3`, or `subdomain.service`. */
  readonly service: string;
  /** `path` or `action`, or undefined when the resource starts with neither. */
  readonly kind: "path" | "action" | undefined;
  /** What follows `path/` or `action/`. */
  readonly rest: string;
  readonly resource: string;
}

/**
 * Splits an apigateway ARN; `undefined` when the text is not a parsable ARN at all
 * (AWS: `Invalid ARN specified in the request`).
 */
export function parseApiGatewayArn(text: string): ApiGatewayArn | undefined {
  const match = /^arn:([^:]*):apigateway:([^:]*):([^:]*):(.*)$/s.exec(text);
  if (!match) return undefined;
  const [, partition, region, service, resource] = match as unknown as [string, string, string, string, string];
  if (service === "" || resource === "") return undefined;
  const kind = resource.startsWith("path/") ? "path" : resource.startsWith("action/") ? "action" : undefined;
  const rest = kind ? resource.slice(kind.length + 1) : resource;
  return { partition, region, service, kind, rest, resource };
}

/** Any ARN shape (`arn:partition:service:region:account:resource`), for telling "not an ARN" apart. */
export function looksLikeArn(text: string): boolean {
  return /^arn:[^:]*:[^:]+:[^:]*:[^:]*:.+/s.test(text) || /^arn:[^:]*:apigateway:[^:]*:[^:]+:.+/s.test(text);
}

const fuzzy = (pattern: string) => pattern.replaceAll("U", UNKNOWN_PART);
/** A region name (`us-east-1`, `cn-north-1`, `us-gov-west-1`), or unknown. */
const REGION = new RegExp(`^(?:[a-z]{2,4}(?:-[a-z]+)+-\\d+|[${fuzzy("U")}a-z0-9-]*${fuzzy("U")}[${fuzzy("U")}a-z0-9-]*)$`);

export function isValidRegion(region: string): boolean {
  return REGION.test(withUnknownStageVariables(region));
}

export interface LambdaInvocation {
  /** `2015-03-31/functions/<fn>/invocations` or the response-streaming form. */
  readonly streaming: boolean;
  readonly functionArn: string;
}

/** The rest of a `lambda:path/...` URI, when it is an invocation (normal or response streaming). */
export function parseLambdaInvocation(rest: string): LambdaInvocation | undefined {
  const normal = /^2015-03-31\/functions\/(.+)\/invocations$/s.exec(rest);
  if (normal) return { streaming: false, functionArn: normal[1]! };
  const streaming = /^2021-11-15\/functions\/(.+)\/response-streaming-invocations$/s.exec(rest);
  if (streaming) return { streaming: true, functionArn: streaming[1]! };
  return undefined;
}

/**
 * A Lambda function reference inside an invocation path: a full function ARN (optionally qualified by
 * a version or alias), where any part may be unknown or a stage variable.
 */
export function isValidFunctionArn(functionArn: string): boolean {
  const text = withUnknownStageVariables(functionArn);
  if (text.includes(UNKNOWN_PART) && !text.startsWith("arn:")) return true;
  const match = /^arn:([^:]+):lambda:([^:]+):([^:]+):function:([^:]+)(?::([^:]+))?$/s.exec(text);
  if (!match) return false;
  const [, partition, region, account, name, qualifier] = match as unknown as [string, string, string, string, string, string | undefined];
  const ok = (value: string, pattern: RegExp) => value.includes(UNKNOWN_PART) || pattern.test(value);
  return (
    ok(partition, /^aws(-[a-z]+)*$/) &&
    ok(region, /^[a-z]{2,4}(-[a-z]+)+-\d+$/) &&
    ok(account, /^\d{12}$/) &&
    ok(name, /^[A-Za-z0-9_-]{1,140}$/) &&
    (qualifier === undefined || ok(qualifier, /^(\$LATEST|[A-Za-z0-9_-]+)$/))
  );
}

/** Whether an AWS/AWS_PROXY integration targets Lambda (the uri's service is `lambda`). */
export function isLambdaUri(text: string | undefined): boolean {
  if (!text) return false;
  const arn = parseApiGatewayArn(text);
  return arn !== undefined && arn.service === "lambda";
}
