/**
 * Grammar helpers for REST API mapping expressions (catalog 1.8, 1.12): the keys and values of an
 * integration's `requestParameters` and of an integration response's `responseParameters`.
 * REST sources have no `$` (`context.requestId`, `stageVariables.x`); a static value begins and ends with a single quote.
 */

const METHOD_REQUEST_SOURCE = /^method\.request\.(path|querystring|multivaluequerystring|header|multivalueheader)\.(.+)$/s;

/**
 * The NAME part of a parameter expression. The developer guide gives `[a-zA-Z0-9._$-]+`, but whether API
 * Gateway enforces it is not recorded, so only what cannot be a name is refused: white space and commas.
 */
const NAME = "[^\\s,]+";

/**
 * The declared parameter a mapping source reads: `method.request.multivaluequerystring.x` refers to the
 * declared `method.request.querystring.x`. `undefined` for sources that are not method parameters.
 */
export function declaredNameOf(source: string): string | undefined {
  const match = METHOD_REQUEST_SOURCE.exec(source);
  if (!match) return undefined;
  const location = match[1] === "multivaluequerystring" ? "querystring" : match[1] === "multivalueheader" ? "header" : match[1];
  return `method.request.${location}.${match[2]}`;
}

/**
 * `'application/json'`: a static value begins and ends with a single quote (catalog `static-value-quoting`).
 * Quotes inside are accepted: SAM turns `Cors: AllowHeaders: "'Content-Type', 'Authorization'"` into exactly
 * such a response parameter and deploys it. What AWS rejects is a value that does not end with a quote
 * (`'Content-Type',Authorization`, recorded).
 */
const STATIC_VALUE = /^'.*'$/s;

/** Begins or ends with a quote but is not a static value: the per-item quoting AWS rejects. */
export function isMisquotedStatic(value: string): boolean {
  return (value.startsWith("'") || value.endsWith("'")) && !STATIC_VALUE.test(value);
}
const QUOTED_ITEM = /^'[^',]+'$/;
/** A bare list item that is a word (a header name, a verb, `*`, a media type), never a mapping expression (no dots, no `$`). */
const BARE_ITEM = /^[A-Za-z0-9_*=/+-]+$/;

/**
 * A list quoted per item (`'Content-Type',Authorization`, `GET, 'POST'`), which AWS rejects, written as the one
 * static value it lists: `'Content-Type,Authorization'` (separators kept as written). Undefined unless every
 * comma-separated item is a quoted literal or a bare word: `'v1',method.request.header.x` is an attempt at
 * concatenation, which has no certain fix, and a lone `'abc` lacks a quote rather than being a list.
 */
export function staticListAsOneValue(value: string): string | undefined {
  if (!isMisquotedStatic(value)) return undefined;
  const parts = value.split(/(\s*,\s*)/); // items at even indexes, separators at odd ones
  const items = parts.filter((_, n) => n % 2 === 0);
  if (items.length < 2 || !items.some((item) => QUOTED_ITEM.test(item)) || !items.every((item) => QUOTED_ITEM.test(item) || BARE_ITEM.test(item))) return undefined;
  return `'${parts.map((part, n) => (n % 2 === 0 && QUOTED_ITEM.test(part) ? part.slice(1, -1) : part)).join("")}'`;
}

const SHARED_SOURCES = [new RegExp(`^stageVariables\\.${NAME}$`), new RegExp(`^context\\.${NAME}$`), STATIC_VALUE];

const REQUEST_SOURCES = [
  new RegExp(`^method\\.request\\.(path|querystring|multivaluequerystring|header|multivalueheader)\\.${NAME}$`),
  /^method\.request\.body(\.\S+)?$/s,
  ...SHARED_SOURCES,
];

const RESPONSE_SOURCES = [
  new RegExp(`^integration\\.response\\.(header|multivalueheader)\\.${NAME}$`),
  /^integration\.response\.body(\.\S+)?$/s,
  ...SHARED_SOURCES,
];

/** A valid source of an integration request mapping (`method.request.querystring.id`, `'static'`, ...). */
export function isRequestMappingSource(value: string): boolean {
  return REQUEST_SOURCES.some((pattern) => pattern.test(value));
}

/** A valid source of an integration response mapping (`integration.response.header.x`, `'static'`, ...). */
export function isResponseMappingSource(value: string): boolean {
  return RESPONSE_SOURCES.some((pattern) => pattern.test(value));
}

const REQUEST_TARGET = new RegExp(`^integration\\.request\\.(path|querystring|header)\\.(${NAME})$`);

/** The location and name of an integration request mapping target, or undefined when malformed. */
export function parseRequestTarget(key: string): { location: "path" | "querystring" | "header"; name: string } | undefined {
  const match = REQUEST_TARGET.exec(key);
  return match ? { location: match[1] as "path" | "querystring" | "header", name: match[2]! } : undefined;
}

const RESPONSE_TARGET = new RegExp(`^method\\.response\\.header\\.(${NAME})$`);

/** The header name of a `method.response.header.X` target, or undefined when malformed. */
export function parseResponseTarget(key: string): string | undefined {
  return RESPONSE_TARGET.exec(key)?.[1];
}

const METHOD_DECLARATION = new RegExp(`^method\\.request\\.(path|querystring|header)\\.(${NAME})$`);

/** A method request parameter declaration key (`method.request.querystring.page`); undefined when malformed. */
export function parseMethodParameter(key: string): { location: "path" | "querystring" | "header"; name: string } | undefined {
  const match = METHOD_DECLARATION.exec(key);
  return match ? { location: match[1] as "path" | "querystring" | "header", name: match[2]! } : undefined;
}
