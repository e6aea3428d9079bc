/**
 * Builders of small input documents for rule tests. Each returns the text exactly as the tests count
 * lines and columns in it, so a builder must never reflow its output.
 */

export const LAMBDA_URI = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:orders/invocations";

/**
 * An `aws apigateway get-method` output. `integration` and `responses` are pasted as written (one line
 * each); line 4 holds the method responses, line 5 opens methodIntegration, line 6 the integration fields.
 */
export function getMethod(options: { methodResponses?: string; requestParameters?: string; integration: string; responses?: string }): string {
  return [
    "{",
    '  "httpMethod": "GET",',
    `  "authorizationType": "NONE",${options.requestParameters ? ` "requestParameters": { ${options.requestParameters} },` : ""}`,
    `  "methodResponses": { ${options.methodResponses ?? '"200": { "statusCode": "200" }'} },`,
    '  "methodIntegration": {',
    `    ${options.integration}${options.responses !== undefined ? "," : ""}`,
    ...(options.responses !== undefined ? [`    "integrationResponses": { ${options.responses} }`] : []),
    "  }",
    "}",
    "",
  ].join("\n");
}
