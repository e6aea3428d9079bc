// Preloaded (node --require) by the hostile-input runner: writes the process's peak RSS (KB) on exit.
const file = process.env.APIGW_LINT_RSS_FILE;
if (file) process.on("exit", () => require("node:fs").writeFileSync(file, String(process.resourceUsage().maxRSS)));
