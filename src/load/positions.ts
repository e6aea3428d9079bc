import type { LocateRequest, SourceRange } from "./types.js";
import type { LineIndex } from "./line-index.js";

/**
 * Source offsets kept beside the plain data built from YAML, as private fields of each collection (invisible
 * to Object.keys, symbols, JSON.stringify, spread and equality checks). Compact on purpose, since a 30 MB
 * document has millions of members: the offsets of one load live in a few shared Int32Array chunks (an
 * OffsetPool), and a collection keeps a reference to its chunk and where its run starts. An object's run is
 * [keyStart, keyEnd, valueStart, valueEnd, ...] in source order, an array's [valueStart, valueEnd, ...]; the
 * int before a run is its length. Source order is Object.keys order, except where keys are array indexes
 * (which JavaScript lists first), `__proto__`, or duplicates: only then is the key list kept too, in a
 * hidden symbol property.
 *
 * (An array of numbers per collection cost 8 bytes an offset plus ~48 bytes of headers: at 20,000
 * operations that was about half of the loaded document's heap.)
 */
const SOURCE_KEYS: unique symbol = Symbol("apigw-lint.source-keys");

export type MemberOffsets = [keyStart: number, keyEnd: number, valueStart: number, valueEnd: number];

interface Positioned {
  [SOURCE_KEYS]?: string[];
}

const HIDDEN: PropertyDescriptor = { value: undefined, enumerable: false, writable: false, configurable: false };

function hide(node: object, symbol: symbol, value: unknown): void {
  // One descriptor for every node: a fresh one per node is garbage the collector must sweep.
  HIDDEN.value = value;
  Object.defineProperty(node, symbol, HIDDEN);
  HIDDEN.value = undefined;
}

/** A base class whose constructor returns the object it is given, so that a subclass adds its fields to it. */
class ReturnsItsArgument {
  constructor(node: object) {
    return node;
  }
}

/**
 * Stamps a collection with its run: `new OffsetStamp(node, chunk, start)` adds the two private fields to
 * `node` itself. Two `Object.defineProperty` calls of hidden symbol properties cost about four times as much
 * (231 ms of a 20,000-operation YAML lint, `--cpu-prof`; `hide` above is left for the rare key list).
 */
class OffsetStamp extends ReturnsItsArgument {
  readonly #chunk: Int32Array;
  readonly #start: number;

  constructor(node: object, chunk: Int32Array, start: number) {
    super(node);
    this.#chunk = chunk;
    this.#start = start;
  }

  static chunkOf(node: object): Int32Array | undefined {
    return #chunk in node ? (node as OffsetStamp).#chunk : undefined;
  }

  static startOf(node: object): number {
    return (node as OffsetStamp).#start;
  }
}

const FIRST_CHUNK = 256;
const LARGEST_CHUNK = 1 << 16;

/**
 * The offsets of one load: builders push onto a shared stack while a collection is being read (collections
 * nest, so a child's run is pushed and taken off before its parent's next member), and a finished
 * collection's run is copied into the current chunk. Chunks start small and double, so that a small load
 * (an editor's re-read of one entry) keeps little.
 */
export class OffsetPool {
  private readonly stack: number[] = [];
  private chunk = new Int32Array(FIRST_CHUNK);
  private used = 0;

  /** @internal Where a builder's run starts on the stack. */
  top(): number {
    return this.stack.length;
  }

  /** @internal */
  push4(a: number, b: number, c: number, d: number): void {
    this.stack.push(a, b, c, d);
  }

  /** @internal */
  push2(a: number, b: number): void {
    this.stack.push(a, b);
  }

  /** @internal Moves the run from `from` to the top of the stack into a chunk, and hides it on `node`. */
  settle(node: object, from: number): void {
    const stack = this.stack;
    const length = stack.length - from;
    if (this.used + 1 + length > this.chunk.length) {
      const size = Math.max(1 + length, Math.min(LARGEST_CHUNK, this.chunk.length * 2));
      this.chunk = new Int32Array(size);
      this.used = 0;
    }
    const chunk = this.chunk;
    const at = this.used + 1;
    chunk[at - 1] = length;
    for (let n = 0; n < length; n++) chunk[at + n] = stack[from + n]!;
    this.used = at + length;
    stack.length = from;
    new OffsetStamp(node, chunk, at);
  }
}

const INDEX_LIKE = /^(?:0|[1-9]\d{0,9})$/;
const FAR_INDEX = 2 ** 30;

/** Builds an object member by member, with its offsets; reports duplicates to the caller. */
export class ObjectBuilder {
  readonly object: Record<string, unknown> = {};
  /** The source key list, kept from the first key whose place Object.keys would not give. */
  private keys: string[] | undefined;
  private integerKeys = false;
  private holdsUndefined = false;
  private from = -1;
  private count = 0;

  constructor(private readonly pool: OffsetPool) {}

  /**
   * Adds a member; returns false when the key was already there (the new value replaces the old). `known` is
   * that answer when the caller has just asked `has` (the YAML reader checks every key for duplicates first).
   */
  add(key: string, value: unknown, keyStart: number, keyEnd: number, valueStart: number, valueEnd: number, known?: boolean): boolean {
    const fresh = known ?? !Object.hasOwn(this.object, key);
    const first = key.charCodeAt(0);
    const indexLike = first >= 48 && first <= 57 && INDEX_LIKE.test(key); // most keys do not start with a digit
    // Until now every key was new and ordinary, so Object.keys is the source order so far.
    if (!this.keys && (!fresh || key === "__proto__" || indexLike)) this.keys = Object.keys(this.object);
    if (indexLike && !this.integerKeys) {
      // V8 keeps integer keys in a store sized to the largest (a `"500":` response allocated some 750 slots,
      // 6 KB for three members: half the heap of a loaded 20,000-operation document). A far index makes it
      // a dictionary, which stays one once the far index is gone.
      this.integerKeys = true;
      this.object[FAR_INDEX] = undefined;
      delete this.object[FAR_INDEX];
    }
    if (value === undefined) this.holdsUndefined = true;
    if (key === "__proto__") Object.defineProperty(this.object, key, { value, enumerable: true, writable: true, configurable: true });
    else this.object[key] = value;
    this.keys?.push(key);
    if (this.from === -1) this.from = this.pool.top();
    else if (this.pool.top() !== this.from + this.count * 4) throw new Error("positions: collections must be finished in the order they nest");
    this.pool.push4(keyStart, keyEnd, valueStart, valueEnd);
    this.count++;
    return fresh;
  }

  has(key: string): boolean {
    // Unless a member holds undefined, a plain read that gives undefined is a miss (cheaper than hasOwn);
    // anything else may still be inherited (`toString`).
    if (this.object[key] === undefined && !this.holdsUndefined) return false;
    return Object.hasOwn(this.object, key);
  }

  finish(): Record<string, unknown> {
    this.pool.settle(this.object, this.from === -1 ? this.pool.top() : this.from);
    if (this.keys) hide(this.object, SOURCE_KEYS, this.keys);
    return this.object;
  }
}

/** Builds an array element by element, with its offsets. */
export class ArrayBuilder {
  readonly array: unknown[] = [];
  private from = -1;

  constructor(private readonly pool: OffsetPool) {}

  add(value: unknown, valueStart: number, valueEnd: number): void {
    if (this.from === -1) this.from = this.pool.top();
    else if (this.pool.top() !== this.from + this.array.length * 2) throw new Error("positions: collections must be finished in the order they nest");
    this.array.push(value);
    this.pool.push2(valueStart, valueEnd);
  }

  finish(): unknown[] {
    this.pool.settle(this.array, this.from === -1 ? this.pool.top() : this.from);
    return this.array;
  }
}

/**
 * A collection's offsets as a view on its run: reads and writes go to the pool (an editor's re-read moves
 * offsets in place). Undefined for a node without offsets.
 */
export function offsetsOf(node: object): Int32Array | undefined {
  const chunk = OffsetStamp.chunkOf(node);
  if (!chunk) return undefined;
  const start = OffsetStamp.startOf(node);
  return chunk.subarray(start, start + chunk[start - 1]!);
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
  const chunk = OffsetStamp.chunkOf(object);
  if (!chunk) return undefined;
  const index = slotOf(object, key);
  const start = OffsetStamp.startOf(object);
  if (index === -1 || index * 4 + 3 >= chunk[start - 1]!) return undefined;
  const at = start + index * 4;
  return [chunk[at]!, chunk[at + 1]!, chunk[at + 2]!, chunk[at + 3]!];
}

/** The offsets of an element, or undefined. */
export function elementOffsets(array: readonly unknown[], index: number): [number, number] | undefined {
  const chunk = OffsetStamp.chunkOf(array);
  if (!chunk) return undefined;
  const start = OffsetStamp.startOf(array);
  if (index < 0 || index * 2 + 1 >= chunk[start - 1]!) return undefined;
  return [chunk[start + index * 2]!, chunk[start + index * 2 + 1]!];
}

/** Every member's offsets in source order (tests compare loaders with it). */
export function allMemberOffsets(object: object): [string, MemberOffsets][] | undefined {
  const flat = offsetsOf(object);
  if (!flat) return undefined;
  const keys = (object as Positioned)[SOURCE_KEYS] ?? Object.keys(object);
  return keys.map((key, n) => [key, [flat[n * 4]!, flat[n * 4 + 1]!, flat[n * 4 + 2]!, flat[n * 4 + 3]!]]);
}

export function hasOffsets(node: object): boolean {
  return OffsetStamp.chunkOf(node) !== undefined;
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
