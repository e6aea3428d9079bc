import type { LintResult } from "../engine/types.js";
import type { Reporter } from "./types.js";

/** XML 1.0 forbids most control characters even when escaped: they are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** In attributes, line breaks and tabs must be character references or parsers turn them into spaces. */
export function escapeXmlAttribute(text: string): string {
  return escapeXml(text).replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}

/**
 * JUnit XML as Jenkins, GitLab, Azure and CircleCI read it: one testsuite per linted API file, one failing
 * testcase per finding, one passing testcase for a clean file (so CI shows it was checked).
 */
export const junitReporter: Reporter = (results) => {
  const checked = results.filter((r) => r.integrationCount > 0 || r.messages.length > 0);
  const suites = checked.map(suite);
  const tests = checked.reduce((n, r) => n + Math.max(1, r.messages.length), 0);
  const failures = checked.reduce((n, r) => n + r.messages.length, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="apigw-lint" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
};

function suite(result: LintResult): string {
  const file = escapeXmlAttribute(result.filePath);
  const cases = result.messages.length
    ? result.messages.map((m) => {
        const where = `${result.filePath}:${m.line}:${m.column}`;
        return [
          `    <testcase classname="${file}" name="${escapeXml(`${m.ruleId} ${m.line}:${m.column}`)}">`,
          `      <failure type="${m.severity}" message="${escapeXmlAttribute(m.message)}">${escapeXml(`${where}: ${m.severity}: ${m.message} (${m.ruleId})`)}</failure>`,
          "    </testcase>",
        ].join("\n");
      })
    : [`    <testcase classname="${file}" name="apigw-lint"/>`];
  return [`  <testsuite name="${file}" tests="${Math.max(1, result.messages.length)}" failures="${result.messages.length}" errors="0">`, ...cases, "  </testsuite>"].join("\n");
}
