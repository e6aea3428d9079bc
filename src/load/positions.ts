import type { LocateRequest, SourceRange } from "./types.js";
import type { LineIndex } from "./line-index.js";

/**
 * Source offsets kept beside the plain data built from YAML, in a hidden symbol property (JSON.stringify
 * and Object.keys ignore symbols). Compact on purpose, since a 30 MB document has millions of members:
 * an object keeps one flat array [keyStart, keyEnd, valueStart, valueEnd, ...] in source order, an array
 * [valueStart, valueEnd, ...]. Source order is Object.keys order, except where keys are array indexes
 * (which JavaScript lists first), `__proto__`, or duplicates: only then is the key list kept too.
 */
export const POSITIONS: unique symbol = Symbol("apigw-lint.positions");
const SOURCE_KEYS: unique symbol = Symbol("apigw-lint.source-keys");

export type MemberOffsets = [keyStart: number, keyEnd: number, valueStart: number, valueEnd: number];

interface Positioned {
  [POSITIONS]?: number[];
  [SOURCE_KEYS]?: string[];
}

const HIDDEN: PropertyDescriptor = { value: undefined, enumerable: false, writable: false, configurable: false };

function hide(node: object, symbol: symbol, value: unknown): void {
  // One descriptor for every node: a fresh one per node is garbage the collector must sweep.
  HIDDEN.value = value;
  Object.defineProperty(node, symbol, HIDDEN);
  HIDDEN.value = undefined;
}

const INDEX_LIKE = /^(?:0|[1-9]\d{0,9})$/;

/** Builds an object member by member, with its offsets; reports duplicates to the caller. */
export class ObjectBuilder {
  readonly object: Record<string, unknown> = {};
  private readonly flat: number[] = [];
  private readonly keys: string[] = [];
  private keysNeeded = false;

  /** Adds a member; returns false when the key was already there (the new value replaces the old). */
  add(key: string, value: unknown, keyStart: number, keyEnd: number, valueStart: number, valueEnd: number): boolean {
    const fresh = !Object.hasOwn(this.object, key);
    if (!fresh || key === "__proto__" || INDEX_LIKE.test(key)) this.keysNeeded = true;
    if (key === "__proto__") Object.defineProperty(this.object, key, { value, enumerable: true, writable: true, configurable: true });
    else this.object[key] = value;
    this.keys.push(key);
    this.flat.push(keyStart, keyEnd, valueStart, valueEnd);
    return fresh;
  }

  has(key: string): boolean {
    return Object.hasOwn(this.object, key);
  }

  // The offsets are kept as a copy of exactly their length: an array grown by push keeps up to half again
  // as many slots, and at 20,000 operations that slack was 60 of the 307 MB the loaded document kept.
  finish(): Record<string, unknown> {
    hide(this.object, POSITIONS, this.flat.slice());
    if (this.keysNeeded) hide(this.object, SOURCE_KEYS, this.keys);
    return this.object;
  }
}

/** Builds an array element by element, with its offsets. */
export class ArrayBuilder {
  readonly array: unknown[] = [];
  private readonly flat: number[] = [];

  add(value: unknown, valueStart: number, valueEnd: number): void {
    this.array.push(value);
    this.flat.push(valueStart, valueEnd);
  }

  finish(): unknown[] {
    hide(this.array, POSITIONS, this.flat.slice());
    return this.array;
  }
}

/**
 * Slot of each key of a large object, built on its first lookup: many findings under `paths` (thousands of
 * keys) must not each scan the key list.
 */
const slotsOf = new WeakMap<object, Map<string, number>>();

function slotOf(object: object, key: string): number {
  const cached = slotsOf.get(object);
  if (cached) return cached.get(key) ?? -1;
  const keys = (object as Positioned)[SOURCE_KEYS] ?? Object.keys(object);
  if (keys.length <= 16) return keys.lastIndexOf(key);
  const slots = new Map<string, number>();
  keys.forEach((k, n) => slots.set(k, n)); // later duplicates win, as in lastIndexOf
  slotsOf.set(object, slots);
  return slots.get(key) ?? -1;
}

/** The offsets of a member (the last one written, for a duplicate key), or undefined. */
export function memberOffsets(object: object, key: string): MemberOffsets | undefined {
  const flat = (object as Positioned)[POSITIONS];
  if (!flat) return undefined;
  const index = slotOf(object, key);
  if (index === -1 || index * 4 + 3 >= flat.length) return undefined;
  return [flat[index * 4]!, flat[index * 4 + 1]!, flat[index * 4 + 2]!, flat[index * 4 + 3]!];
}

/** The offsets of an element, or undefined. */
export function elementOffsets(array: readonly unknown[], index: number): [number, number] | undefined {
  const flat = (array as Positioned)[POSITIONS];
  if (!flat || index < 0 || index * 2 + 1 >= flat.length) return undefined;
  return [flat[index * 2]!, flat[index * 2 + 1]!];
}

/** Every member's offsets in source order (tests compare loaders with it). */
export function allMemberOffsets(object: object): [string, MemberOffsets][] | undefined {
  const flat = (object as Positioned)[POSITIONS];
  if (!flat) return undefined;
  const keys = (object as Positioned)[SOURCE_KEYS] ?? Object.keys(object);
  return keys.map((key, n) => [key, [flat[n * 4]!, flat[n * 4 + 1]!, flat[n * 4 + 2]!, flat[n * 4 + 3]!]]);
}

export function hasOffsets(node: object): boolean {
  return (node as Positioned)[POSITIONS] !== undefined;
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
      if (Array.isArray(node)) {
        const at = elementOffsets(node, Number(segment));
        if (!at) return undefined;
        found = at;
        node = node[Number(segment)];
      } else {
        const at = memberOffsets(node, String(segment));
        if (!at) return undefined;
        const last = depth === path.length - 1;
        found = last && part === "key" ? [at[0], at[1]] : [at[2], at[3]];
        node = (node as Record<string, unknown>)[String(segment)];
      }
    }
    return lines.range(found[0], found[1]);
  });
}
