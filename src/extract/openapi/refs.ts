import type { JsonPath, LoadedDocument, PathSegment } from "../../load/types.js";
import type { ExtractContext } from "../types.js";
import { isObject, Located } from "./located.js";

/** An object whose only job is to point elsewhere: `{"$ref": "#/components/parameters/id"}`. */
export function isRef(value: unknown): value is { $ref: unknown } {
  return isObject(value) && "$ref" in value;
}

/** http(s) URLs and network-path references (`//host/x`, which resolve against the document's URL). */
const REMOTE = /^(?:https?:)?\/\//i;
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]+:/i;

/**
 * Follows `$ref`s the way a bundler would before the import: local pointers (`#/components/...`) and
 * relative files inside the project root (through `context.loadRelated`). Nothing is fetched from the
 * network. Every reference that cannot be followed is reported once, at its `$ref`, and resolves to
 * `undefined`, so callers treat what it stood for as unknown.
 */
export class RefResolver {
  private readonly reported = new Set<string>();
  /**
   * What a `$ref` string led to, per document and OpenAPI object: operations of a large document point at the
   * same few components again and again. Only references that could be followed are kept; a failure is reported
   * again, once per place that writes it.
   */
  private readonly followed = new WeakMap<LoadedDocument, WeakMap<JsonPath, Map<string, Located>>>();

  constructor(private readonly context: ExtractContext) {}

  /** The node itself when it is not a `$ref`; the end of the `$ref` chain otherwise. */
  resolve(node: Located): Located | undefined {
    // The places a chain passed through, as keys, from its second hop on: a single hop cannot loop.
    let visited: Set<string> | undefined;
    let first: Located | undefined;
    let current = node;
    while (isRef(current.value)) {
      if (first === undefined) first = current;
      else {
        visited ??= new Set([locationKey(first)]);
        const here = locationKey(current);
        if (visited.has(here)) {
          this.fail(current, "ref-unresolved", `$ref '${String(current.value.$ref)}' is circular: following it comes back to itself.`);
          return undefined;
        }
        visited.add(here);
      }
      const next = this.followKnown(current, current.value.$ref);
      if (!next) return undefined;
      current = next;
    }
    return current;
  }

  private followKnown(node: Located, ref: unknown): Located | undefined {
    if (typeof ref !== "string") return this.follow(node, ref);
    let byBase = this.followed.get(node.doc);
    if (!byBase) this.followed.set(node.doc, (byBase = new WeakMap()));
    let byRef = byBase.get(node.base);
    if (!byRef) byBase.set(node.base, (byRef = new Map()));
    const known = byRef.get(ref);
    if (known) return known;
    const found = this.follow(node, ref);
    if (found) byRef.set(ref, found);
    return found;
  }

  private follow(node: Located, ref: unknown): Located | undefined {
    if (typeof ref !== "string") {
      this.fail(node, "ref-unresolved", `$ref must be a string, got ${JSON.stringify(ref)}.`);
      return undefined;
    }
    if (REMOTE.test(ref)) {
      this.fail(node, "ref-remote", `$ref '${ref}' is a remote URL: apigw-lint never fetches over the network, so what it points to is not checked.`);
      return undefined;
    }
    if (OTHER_SCHEME.test(ref)) {
      this.fail(node, "ref-unresolved", `$ref '${ref}' cannot be followed: only local pointers (#/...) and relative file paths are.`);
      return undefined;
    }
    const hash = ref.indexOf("#");
    const filePart = hash === -1 ? ref : ref.slice(0, hash);
    const fragment = hash === -1 ? "" : ref.slice(hash + 1);
    let target: Located;
    if (filePart === "") {
      target = Located.at(node.doc, node.base, undefined, node.base);
    } else {
      const loaded = this.context.loadRelated(node.doc, safeDecode(filePart));
      if (typeof loaded === "string") {
        this.fail(node, "ref-unresolved", `$ref '${ref}' cannot be followed: ${loaded}.`);
        return undefined;
      }
      const doc = loaded.documents[0];
      if (!doc) {
        this.fail(node, "ref-unresolved", `$ref '${ref}' cannot be followed: ${filePart} holds no document.`);
        return undefined;
      }
      target = Located.at(doc, [], undefined, []);
    }
    const segments = parsePointer(fragment);
    if (segments === undefined) {
      this.fail(node, "ref-unresolved", `$ref '${ref}' cannot be followed: '#${fragment}' is not a JSON pointer (it must start with '/').`);
      return undefined;
    }
    const found = walk(target.doc.value, target.path, segments);
    if (!found) {
      this.fail(node, "ref-unresolved", `$ref '${ref}' points to nothing: ${filePart === "" ? "the document" : filePart} has no '#${fragment}'.`);
      return undefined;
    }
    return Located.at(target.doc, found.path, found.value, target.base);
  }

  private fail(node: Located, ruleId: "ref-unresolved" | "ref-remote", message: string): void {
    const key = locationKey(node);
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.context.report({ ruleId, at: { doc: node.doc, path: [...node.path, "$ref"] }, message });
  }
}

function locationKey(node: Located): string {
  return `${node.doc.file}\u0000${node.doc.index}\u0000${JSON.stringify(node.path)}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** RFC 6901 pointer (URI fragment form): `/components/parameters/a~1b` -> ["components", "parameters", "a/b"]. */
function parsePointer(fragment: string): string[] | undefined {
  if (fragment === "") return [];
  if (!fragment.startsWith("/")) return undefined;
  return fragment.slice(1).split("/").map((s) => safeDecode(s).replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Walks the pointer from `start`; array indexes become numbers so positions can be located. */
function walk(root: unknown, start: JsonPath, segments: readonly string[]): { path: JsonPath; value: unknown } | undefined {
  let value: unknown = root;
  for (const segment of start) {
    value = step(value, segment);
    if (value === MISSING) return undefined;
  }
  const path: PathSegment[] = [...start];
  for (const segment of segments) {
    const key: PathSegment = Array.isArray(value) && /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment;
    value = step(value, key);
    if (value === MISSING) return undefined;
    path.push(key);
  }
  return { path, value };
}

const MISSING = Symbol("missing");

function step(value: unknown, key: PathSegment): unknown {
  if (Array.isArray(value) && typeof key === "number") return key < value.length ? value[key] : MISSING;
  if (isObject(value) && typeof key === "string" && Object.hasOwn(value, key)) return value[key];
  return MISSING;
}
