import { httpApiTemplateExample } from "../../src/rule-api.js";

/** A CloudFormation HTTP API template with one integration (line 9: IntegrationType, line 13: PayloadFormatVersion). */
export const httpApi = httpApiTemplateExample;

/** An OpenAPI 3 document the extractor reads as an HTTP API (the HTTP API export marker); the integration starts on line 8. */
export function httpApiOpenApi(integration: string): string {
  return `openapi: 3.0.1
info: { title: orders, version: '1' }
x-amazon-apigateway-importexport-version: '1.0'
paths:
  /orders:
    get:
      x-amazon-apigateway-integration:
${integration.replace(/^/gm, "        ")}
`;
}
