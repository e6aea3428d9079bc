import { escapeXmlAttribute } from "./junit.js";
import type { Reporter } from "./types.js";

/**
 * Checkstyle XML, as reviewdog (`-f=checkstyle`), Jenkins warnings-ng and many CI dashboards read it: one
 * `<file>` per linted API file, one `<error>` per finding with line, column, severity (error, warning, info:
 * Checkstyle's own levels) and the rule id as `source` (`apigw-lint.rules.<id>`, as ESLint writes
 * `eslint.rules.<id>`).
 */
export const checkstyleReporter: Reporter = (results) => {
  const files = results
    .filter((r) => r.integrationCount > 0 || r.messages.length > 0)
    .map((result) => {
      const errors = result.messages.map(
        (m) =>
          `    <error line="${m.line}" column="${m.column}" severity="${m.severity}" message="${escapeXmlAttribute(`${m.message} (${m.ruleId})`)}" source="${escapeXmlAttribute(`apigw-lint.rules.${m.ruleId}`)}"/>`,
      );
      return [`  <file name="${escapeXmlAttribute(result.filePath)}">`, ...errors, "  </file>"].join("\n");
    });
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">', ...files, "</checkstyle>", ""].join("\n");
};
