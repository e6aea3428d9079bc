import type { Reporter } from "./types.js";

const COMMAND = { error: "error", warning: "warning", info: "notice" } as const;
/** GitHub shows at most this many annotations of each kind per step; the rest are dropped silently. */
const SHOWN_PER_KIND = 10;

/** Workflow-command data: %, CR and LF are the only characters that must be escaped. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Property values also separate on `,` and `:`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** GitHub Actions annotations: one `::error file=...,line=...::message` line per finding. */
export const githubReporter: Reporter = (results) => {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const result of results) {
    for (const m of result.messages) {
      counts[m.severity]++;
      const properties = [
        `file=${escapeProperty(result.filePath)}`,
        `line=${m.line}`,
        `endLine=${m.endLine}`,
        `col=${m.column}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(m.ruleId)}`,
      ].join(",");
      lines.push(`::${COMMAND[m.severity]} ${properties}::${escapeData(`${m.message} (${m.ruleId})`)}`);
    }
  }
  const hidden = Object.entries(counts).filter(([, n]) => n > SHOWN_PER_KIND);
  if (hidden.length) {
    const detail = hidden.map(([kind, n]) => `${n} ${kind}`).join(", ");
    lines.push(`::notice title=apigw-lint::${escapeData(`GitHub shows ${SHOWN_PER_KIND} annotations of each kind per step; this run has ${detail}. Upload the SARIF report (-f sarif) to see them all.`)}`);
  }
  return lines.length ? lines.join("\n") + "\n" : "";
};
