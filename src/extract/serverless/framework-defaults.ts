import { UNKNOWN_PART } from "../../model/integration.js";

/**
 * What the Serverless Framework deploys for an `http` event when the user does not say otherwise
 * (lib/plugins/aws/package/compile/events/api-gateway: validate.js and method/integration.js).
 */

/**
 * The `lambda` integration's default request templates (`application/json` and form-urlencoded) are long
 * VTL that the framework owns and ships tested; their text is not the user's, so it stands as unknown.
 */
export const DEFAULT_REQUEST_TEMPLATE = UNKNOWN_PART;

/** `arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations`. */
const U = UNKNOWN_PART;
export const LAMBDA_INVOCATION_URI = `arn:${U}:apigateway:${U}:lambda:path/2015-03-31/functions/arn:${U}:lambda:${U}:${U}:function:${U}/invocations`;

/**
 * The `lambda` integration's status codes when `response.statusCodes` is not written: a default 200 and
 * error responses selected by `[<code>]` in the Lambda error message.
 */
export const DEFAULT_STATUS_CODES: Readonly<Record<string, string>> = {
  200: "",
  400: String.raw`[\s\S]*\[400\][\s\S]*`,
  401: String.raw`[\s\S]*\[401\][\s\S]*`,
  403: String.raw`[\s\S]*\[403\][\s\S]*`,
  404: String.raw`[\s\S]*\[404\][\s\S]*`,
  422: String.raw`[\s\S]*\[422\][\s\S]*`,
  500: String.raw`[\s\S]*(Process\s?exited\s?before\s?completing\s?request|\[500\])[\s\S]*`,
  502: String.raw`[\s\S]*\[502\][\s\S]*`,
  504: String.raw`([\s\S]*\[504\][\s\S]*)|(.*Task timed out after \d+\.\d+ seconds$)`,
};
