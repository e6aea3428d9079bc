/**
 * Whether a value lost to a duplicate key held an API Gateway integration: then the duplicate is reported
 * even in a file where no integration survives (`/a` twice in `paths`, a CloudFormation logical id twice),
 * since the hidden integration is never checked and the user would not otherwise be told.
 */
const INTEGRATION_KEYS = new Set(["x-amazon-apigateway-integration", "Integration", "methodIntegration", "integrationUri"]);
const INTEGRATION_TYPE = /^AWS::(?:ApiGateway(?:V2)?::|Serverless::(?:Api|HttpApi|Function)$)/;
/** Enough for any real integration; a bound so that a huge hidden value costs little. */
const MAX_NODES = 10_000;

export function valueHoldsIntegration(value: unknown): boolean {
  const stack: unknown[] = [value];
  for (let seen = 0; stack.length > 0 && seen < MAX_NODES; seen++) {
    const node = stack.pop();
    if (typeof node === "string") {
      if (INTEGRATION_TYPE.test(node)) return true;
    } else if (Array.isArray(node)) stack.push(...node.slice(0, MAX_NODES));
    else if (typeof node === "object" && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        if (INTEGRATION_KEYS.has(key)) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

/** The same question asked of JSON text (the JSON loader keeps no value for a lost duplicate). */
export function jsonTextHoldsIntegration(text: string): boolean {
  return /"(?:x-amazon-apigateway-integration|Integration|methodIntegration|integrationUri)"\s*:|"AWS::(?:ApiGateway(?:V2)?::|Serverless::(?:Api|HttpApi|Function)")/.test(text);
}

export const HIDDEN_INTEGRATION_NOTE = " The value it replaces holds an API Gateway integration, which is not checked.";
