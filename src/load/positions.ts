import type { LocateRequest, SourceRange } from "./types.js";
import type { LineIndex } from "./line-index.js";

/**
 * Source offsets kept beside the plain data built from YAML: a hidden symbol property on every object
 * and array (JSON.stringify and Object.keys ignore symbols). Objects keep
 * [keyStart, keyEnd, valueStart, valueEnd] per key; arrays [valueStart, valueEnd] per index.
 */
export const POSITIONS: unique symbol = Symbol("apigw-lint.positions");

export type MemberOffsets = [keyStart: number, keyEnd: number, valueStart: number, valueEnd: number];
export type ObjectOffsets = Map<string, MemberOffsets>;
export type ArrayOffsets = [valueStart: number, valueEnd: number][];

export interface Positioned {
  [POSITIONS]?: ObjectOffsets | ArrayOffsets;
}

export function locateInPositioned(
  root: unknown,
  rootRange: [number, number],
  lines: LineIndex,
  requests: readonly LocateRequest[],
): (SourceRange | undefined)[] {
  return requests.map(({ path, part }) => {
    let node: unknown = root;
    let found: [number, number] = rootRange;
    for (const [depth, segment] of path.entries()) {
      if (typeof node !== "object" || node === null) return undefined;
      const offsets = (node as Positioned)[POSITIONS];
      if (!offsets) return undefined;
      if (Array.isArray(node)) {
        const at = (offsets as ArrayOffsets)[Number(segment)];
        if (!at) return undefined;
        found = at;
        node = node[Number(segment)];
      } else {
        const at = (offsets as ObjectOffsets).get(String(segment));
        if (!at) return undefined;
        const last = depth === path.length - 1;
        found = last && part === "key" ? [at[0], at[1]] : [at[2], at[3]];
        node = (node as Record<string, unknown>)[String(segment)];
      }
    }
    return lines.range(found[0], found[1]);
  });
}
