import rule from "../../rules/template-syntax-invalid.js";
import { ruleTester } from "../helpers/rule-tester.js";

const json = (template: string) => `{
  "type": "AWS",
  "integrationHttpMethod": "POST",
  "uri": "arn:aws:apigateway:us-east-1:states:action/StartExecution",
  "credentials": "arn:aws:iam::123456789012:role/apigw",
  "requestTemplates": { "application/json": ${JSON.stringify(template)} }
}
`;
const NEVER_CLOSED = "The mapping template for application/json is not valid VTL: Velocity syntax error: #if is never closed with #end.";

ruleTester(rule, {
  valid: [
    { name: "the docs example (doc-openapi-aws-lambda-full-example)", code: json('#set ($root=$input.path(\'$\')) { "stage": "$root.name", "user-id": "$root.key" }') },
    { name: "foreach with #if inside, comments", code: json('## list\n#set($items = $input.path(\'$.items\'))\n[#foreach($i in $items){"id": "$i.id"}#if($foreach.hasNext),#end#end]\n#* done *#') },
    { name: "util and context calls", code: json('{"input": "$util.escapeJavaScript($input.json(\'$\'))", "id": "$context.requestId"}') },
    { name: "templating placeholders are unknown, not errors", code: "type: MOCK\nrequestTemplates:\n  application/json: '{\"arn\": \"${state_machine_arn}\"'\n" },
  ],
  invalid: [
    {
      name: "JSON: the span of an unclosed #if counts the escapes before it",
      code: json('{\n  \"a\": \"$input.path(\'$.a\')\",\n#if($x)\n  \"b\": 1\n}'),
      errors: [{ message: NEVER_CLOSED, line: 6, column: 83, endLine: 6, endColumn: 90 }],
    },
    {
      name: "JSON: an unterminated ${ reports where the parser stops",
      code: json('{"a": "${input.body"}'),
      errors: [{ message: "The mapping template for application/json is not valid VTL: Velocity syntax error: unexpected 'CONTENT' (expected MAP_END, VAR_END, DOT, BRACKET).", line: 6, column: 64, endLine: 6, endColumn: 68 }],
    },
    {
      name: "YAML block literal: the line and column inside the block",
      code: "type: MOCK\nrequestTemplates:\n  application/json: |\n    {\"statusCode\": 200}\n    #if($input.params('id') != \"\")\n    {\"found\": true}\n",
      errors: [{ message: NEVER_CLOSED, line: 5, column: 5, endLine: 5, endColumn: 35 }],
    },
    {
      name: "YAML block literal: a stray #end",
      code: "type: MOCK\nrequestTemplates:\n  application/json: |-\n      {\"statusCode\": 200}\n      #end\n",
      errors: [{ message: "The mapping template for application/json is not valid VTL: Velocity syntax error: #end without an opening #if, #foreach, #macro or #define.", line: 5, column: 7, endLine: 5, endColumn: 11 }],
    },
    {
      name: "YAML double-quoted with escapes",
      code: "type: MOCK\nrequestTemplates:\n  application/json: \"{\\\"a\\\": 1}\\n#foreach($x in $y)\"\n",
      errors: [{ message: "The mapping template for application/json is not valid VTL: Velocity syntax error: #foreach is never closed with #end.", line: 3, column: 34, endLine: 3, endColumn: 52 }],
    },
    {
      name: "YAML folded block: the break before a blank line is dropped",
      code: 'type: MOCK\nrequestTemplates:\n  application/json: >\n    {"a": 1,\n\n    "b": 2}\n    #if($x)\n',
      errors: [{ message: NEVER_CLOSED, line: 7, column: 5, endLine: 7, endColumn: 12 }],
    },
    {
      name: "YAML block with an indentation indicator",
      code: 'type: MOCK\nrequestTemplates:\n  application/json: |2\n      {"a": 1}\n    #if($x)\n',
      errors: [{ message: NEVER_CLOSED, line: 5, column: 5, endLine: 5, endColumn: 12 }],
    },
    {
      name: "YAML double-quoted over several lines: folding and a blank line",
      code: 'type: MOCK\nrequestTemplates:\n  application/json: "{\\"a\\":  \n    1}\n\n    #if($x)"\n',
      errors: [{ message: NEVER_CLOSED, line: 6, column: 5, endLine: 6, endColumn: 12 }],
    },
    {
      name: "YAML plain scalar over two lines",
      code: "type: MOCK\nrequestTemplates:\n  application/json: a\n    b ${foo\n",
      errors: [{ message: "The mapping template for application/json is not valid VTL: Velocity syntax error: unexpected end of template (expected PARENTHESIS, MAP_END, VAR_END, DOT, ...).", line: 4, column: 9, endLine: 4, endColumn: 12 }],
    },
    {
      name: "a response template",
      code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "methodResponses": { "200": { "statusCode": "200" } },\n  "methodIntegration": {\n    "type": "MOCK",\n    "integrationResponses": { "200": { "statusCode": "200", "responseTemplates": { "application/json": "$input.json(\'$\'" } } }\n  }\n}\n',
      errors: [{ message: "The mapping template for application/json is not valid VTL: Velocity syntax error: unexpected end of template (expected CLOSE_PARENTHESIS, MAP_END, SPACE, COMMA, ...).", line: 7, column: 117, endLine: 7, endColumn: 120 }],
    },
  ],
});
