import type { LoadedDocument } from "../load/types.js";
import type { Extractor } from "./types.js";
import { rawExtractor } from "./raw.js";

/**
 * Extractors in detection order: the most specific content signature first. CloudFormation and
 * OpenAPI register here in their own modules.
 */
export const extractors: Extractor[] = [rawExtractor];

export function registerExtractor(extractor: Extractor, before?: string): void {
  const at = before ? extractors.findIndex((e) => e.name === before) : -1;
  if (at === -1) extractors.push(extractor);
  else extractors.splice(at, 0, extractor);
}

export function findExtractor(doc: LoadedDocument): Extractor | undefined {
  return extractors.find((extractor) => extractor.detect(doc));
}
