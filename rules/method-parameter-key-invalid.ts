import { defineRule, parseMethodParameter } from "../src/rule-api.js";

export default defineRule({
  id: "method-parameter-key-invalid",
  severity: "error",
  reads: { fields: [], method: ["requestParameters"] },
  docs: {
    summary: "A method's `requestParameters` key is not `method.request.path|querystring|header.NAME`.",
    why: "A method declares its request parameters as `method.request.path.NAME`, `method.request.querystring.NAME` or `method.request.header.NAME` (the multivalue forms are mapping sources, not declarations). `method.request.body`, a typo in the location, or a key that is not a name at all (a boolean `true` written as a key) is rejected.",
    source: {
      catalog: ["method-params-keys", "method-params-values"],
      behaviour: "400 BadRequestException: `Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: method.request.body]`.",
      references: ["recorded: localstack test_put_integration_request_parameter_bool_type (put-method-request-param-wrong-type)", "issue: DianaIonita/serverless-api-gateway-caching#63, #65"],
      evidence: [
        "issue awsdocs/amazon-api-gateway-developer-guide#24 and vector `iss-method-request-body-param` (`method.request.body` as a method parameter key rejected)",
        "catalog `method-params-keys`; CloudFormation RequestParameters docs (`method.request.{location}.{name}`, location querystring, path or header; awsdocs/aws-cloudformation-user-guide#747)",
      ],
      counterEvidence: [
        { query: "search issues \"Invalid mapping expression parameter specified method.request\"", date: "2026-11-25", found: "serverless-api-gateway-caching#135: `method.context.authorizer.principalId` rejected; no deployed method declaring another location", verdict: "kept" },
        { query: "search issues \"RequestParameters method.request expected type: Boolean, found: JSONObject Properties validation failed AWS::ApiGateway::Method\"", date: "2026-11-25", found: "awsdocs/aws-cloudformation-user-guide#747 fixed the list of valid locations (path, querystring, header)", verdict: "kept" },
      ],
    },
    bad: { format: "get-method", language: "json", code: '{\n  "httpMethod": "POST",\n  "authorizationType": "NONE",\n  "requestParameters": { "method.request.body": true },\n  "methodIntegration": { "type": "HTTP_PROXY", "httpMethod": "POST", "uri": "https://example.com/orders" }\n}\n' },
    good: { format: "get-method", language: "json", code: '{\n  "httpMethod": "POST",\n  "authorizationType": "NONE",\n  "requestParameters": { "method.request.header.Content-Type": true },\n  "methodIntegration": { "type": "HTTP_PROXY", "httpMethod": "POST", "uri": "https://example.com/orders" }\n}\n' },
    fix: "Declare path, query string and header parameters only; read the body in a mapping (`method.request.body`) without declaring it.",
  },
  messages: {
    methodParameterKeyInvalid: "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: {{name}}]: method request parameters are method.request.path|querystring|header.NAME.",
  },
  check(integration, context) {
    const declared = integration.method.requestParameters;
    if (!declared) return;
    for (const [name, parameter] of declared) {
      // Only keys the user wrote in a requestParameters map: OpenAPI `parameters` are turned into keys by the import.
      const ref = parameter.ref;
      if (!ref || !/^requestparameters$/i.test(String(ref.path[ref.path.length - 2] ?? ""))) continue;
      if (name.includes("\uE000") || parseMethodParameter(name)) continue;
      context.report({
        at: ref,
        part: "key",
        messageId: "methodParameterKeyInvalid", data: { name },
      });
    }
  },
});
