// Scores apigw-lint's JSON output against the generator's truth file, at the (path, method, defect
// kind) level like ../shared/bench/score.mjs. Our messages carry a line, not a JSON pointer, so each
// finding is mapped back to its operation through a line -> (path, method) index of the generated doc.
import { readFileSync } from "node:fs";

export const RULE_KIND = {
  "timeout-out-of-range": "timeout-range",
  "vpc-link-connection-id-missing": "vpclink-missing-connection-id",
  "lambda-method-not-post": "lambda-http-method",
  "aws-uri-invalid": "malformed-arn",
  "aws-proxy-not-lambda": "malformed-arn",
  "aws-uri-region-invalid": "malformed-arn",
  "lambda-uri-not-invocation": "malformed-arn",
  "cache-key-parameter-undeclared": "cache-key-undeclared",
  "request-parameter-undeclared": "request-param-undeclared",
  "type-invalid": "invalid-enum",
  "passthrough-behavior-invalid": "invalid-enum",
};

/** For every line of a generated doc, the operation (path, method) it lies in, or undefined. */
export function operationIndex(text, format) {
  const lines = text.split("\n");
  const index = new Array(lines.length + 1);
  const pathLine = format === "yaml" ? /^  ("?)(\/.*)\1:$/ : /^    "(\/.*)": \{$/;
  const methodLine = format === "yaml" ? /^    ([\w-]+):$/ : /^      "([\w-]+)": \{$/;
  const leave = format === "yaml" ? /^\S/ : /^  \S/;
  let inPaths = false;
  let path;
  let method;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (format === "yaml" ? line === "paths:" : line === '  "paths": {') { inPaths = true; continue; }
    if (inPaths && leave.test(line)) { inPaths = false; path = method = undefined; }
    if (!inPaths) continue;
    const p = pathLine.exec(line);
    if (p) { path = format === "yaml" ? p[2] : p[1]; method = undefined; continue; }
    const m = methodLine.exec(line);
    if (m && path) method = m[1];
    index[n + 1] = path && method ? [path, method] : undefined;
  }
  return index;
}

/** {truth, found, tp, fp, fn, recall, precision, misses, extras} for one run's JSON output. */
export function score(outputJson, docText, format, truthFile) {
  const truth = JSON.parse(readFileSync(truthFile, "utf8"));
  const index = operationIndex(docText, format);
  const found = new Map();
  let unmapped = 0;
  for (const result of JSON.parse(outputJson)) {
    for (const message of result.messages) {
      const kind = RULE_KIND[message.ruleId];
      if (!kind) continue;
      const op = index[message.line];
      if (!op) { unmapped++; continue; }
      const key = `${op[0]} ${op[1]} ${kind}`;
      if (!found.has(key)) found.set(key, `${message.ruleId}: ${message.message}`);
    }
  }
  const expected = new Set(truth.defects.map((d) => `${d.path} ${d.method} ${d.kind}`));
  const misses = [...expected].filter((k) => !found.has(k));
  const extras = [...found].filter(([k]) => !expected.has(k)).map(([k, m]) => `${k}: ${m.slice(0, 140)}`);
  const tp = expected.size - misses.length;
  const round = (x) => Math.round(x * 1000) / 1000;
  return {
    truth: expected.size, found: found.size, tp, fp: extras.length, fn: misses.length, unmapped,
    recall: expected.size ? round(tp / expected.size) : 1,
    precision: tp + extras.length ? round(tp / (tp + extras.length)) : 1,
    misses: misses.slice(0, 5), extras: extras.slice(0, 5),
  };
}
