// Preloaded with `node --import` by scripts/bench.mjs where /usr/bin/time is absent: prints the
// process's peak resident set (KB) as the last line of stderr, the way `/usr/bin/time -f %M` does.
process.on("exit", () => process.stderr.write(`\n${process.resourceUsage().maxRSS}\n`));
