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
    { name: "a template over AWS's 300 KB is not parsed (template-too-large reports it)", code: json(`#if($x)\n${"a".repeat(300 * 1024)}`) },
    { name: "a long flat template is parsed in top-level chunks", code: json(`#set($n = 0)\n${"#set($n = $n + 1)\n{\"a\": \"$n\"}\n".repeat(3000)}`) },
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
      name: "an error in a late chunk of a long template is placed in the whole template",
      code: json(`${"#set($n = 1)\n".repeat(3000)}#if($n)\n`),
      errors: [{ message: NEVER_CLOSED, line: 6, column: 46 + 3000 * 14, endLine: 6, endColumn: 46 + 3000 * 14 + 7 }],
    },
    {
      name: "a template nested past the parser's budget is reported as not checked (info), not as invalid",
      code: json(`#set($x = ${"(".repeat(300)}1${")".repeat(300)})`),
      errors: [{ severity: "info", message: "The mapping template for application/json was not checked: it nests #if, #foreach or parentheses more than 200 levels deep.", line: 6, column: 45, endLine: 6, endColumn: 659 }],
    },
    {
      name: "a response template",
      code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "methodResponses": { "200": { "statusCode": "200" } },\n  "methodIntegration": {\n    "type": "MOCK",\n    "integrationResponses": { "200": { "statusCode": "200", "responseTemplates": { "application/json": "$input.json(\'$\'" } } }\n  }\n}\n',
      errors: [{ message: "The mapping template for application/json is not valid VTL: Velocity syntax error: unexpected end of template (expected CLOSE_PARENTHESIS, MAP_END, SPACE, COMMA, ...).", line: 7, column: 117, endLine: 7, endColumn: 120 }],
    },
  ],
});
