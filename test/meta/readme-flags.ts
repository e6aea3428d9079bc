/** Long and short flags named at the start of --help's option lines (`-f, --format <name>`, `--quiet`). */
export function HELP_TEXT_FLAGS(help: string): string[] {
  const flags = new Set<string>();
  for (const line of help.split("\n")) {
    const match = /^\s+((?:-[a-z], )?--[a-z-]+(?:, --[a-z-]+)?)/.exec(line);
    if (!match) continue;
    for (const flag of match[1]!.split(", ")) flags.add(flag);
  }
  return [...flags];
}
