import { allMemberOffsets, elementOffsets, hasOffsets } from "../../src/load/positions.js";

/**
 * Every node of a loaded value as one line: its path, its JSON value (for scalars, -0 and NaN kept
 * apart) and the hidden offsets of collections. Comparing two snapshots compares values and the offsets
 * of every node.
 */
export function snapshot(value: unknown, path = ""): string[] {
  if (typeof value !== "object" || value === null) {
    const shown = typeof value === "number" && !Number.isFinite(value) ? String(value) : Object.is(value, -0) ? "-0" : JSON.stringify(value);
    return [`${path} = ${typeof value} ${shown}`];
  }
  if (Array.isArray(value)) {
    const offsets = hasOffsets(value) ? value.map((_, n) => elementOffsets(value, n)) : undefined;
    return [`${path} [] ${offsets ? JSON.stringify(offsets) : "-"}`, ...value.flatMap((item, n) => snapshot(item, `${path}/${n}`))];
  }
  const members = allMemberOffsets(value);
  const shownOffsets = members ? JSON.stringify(members) : "-";
  return [`${path} {} ${shownOffsets}`, ...Object.entries(value).flatMap(([key, item]) => snapshot(item, `${path}/${key}`))];
}
