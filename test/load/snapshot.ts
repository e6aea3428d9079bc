import { POSITIONS } from "../../src/load/positions.js";

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
  const offsets = (value as { [POSITIONS]?: unknown })[POSITIONS];
  if (Array.isArray(value)) {
    return [`${path} [] ${offsets ? JSON.stringify(offsets) : "-"}`, ...value.flatMap((item, n) => snapshot(item, `${path}/${n}`))];
  }
  const shownOffsets = offsets instanceof Map ? JSON.stringify([...offsets]) : "-";
  return [`${path} {} ${shownOffsets}`, ...Object.entries(value).flatMap(([key, item]) => snapshot(item, `${path}/${key}`))];
}
