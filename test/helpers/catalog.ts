import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/** The AWS constraint catalog, read-only shared material (`shared/aws/constraints.md`). */
export const CATALOG_PATH = resolve(__dirname, "../../../shared/aws/constraints.md");

/** Row ids (`| \`id\` |` in the first column) of the given numbered sections (`## 1.` ... `## 4.`). */
export function catalogRowIds(sections: readonly number[] = [1, 2, 3, 4]): string[] {
  const text = readFileSync(CATALOG_PATH, "utf8");
  const ids: string[] = [];
  let section = 0;
  for (const line of text.split("\n")) {
    const heading = /^## (\d+)\./.exec(line);
    if (heading) section = Number(heading[1]);
    const row = /^\| `([a-z0-9-]+)`(?: \([A-Za-z]+\))? \|/.exec(line);
    if (row && sections.includes(section) && !ids.includes(row[1]!)) ids.push(row[1]!);
  }
  return ids;
}
