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

/** Whether text that did not parse shows signs of an API definition any extractor reads. */
export function showsApiMarkers(text: string): boolean {
  return extractors.some((extractor) => extractor.textMarkers.test(text));
}

export function findExtractor(doc: LoadedDocument): Extractor | undefined {
  return extractors.find((extractor) => extractor.detect(doc));
}
