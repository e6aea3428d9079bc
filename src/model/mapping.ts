/** Grammar helpers for REST mapping expressions (`method.request.querystring.x`, `integration.request.header.y`). */

const METHOD_REQUEST_SOURCE = /^method\.request\.(path|querystring|multivaluequerystring|header|multivalueheader)\.(.+)$/s;

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
