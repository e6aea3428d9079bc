import type { LoadedDocument, LoadedFile, NodePart } from "../load/types.js";
import type { ApiKind, EndpointType, Integration, NodeRef } from "../model/integration.js";

/** A finding an extractor makes while reading (a remote $ref, an unknown tag, a bare Lambda ARN...). */
export interface ExtractorFinding {
  readonly ruleId: string;
  readonly at: NodeRef;
  readonly part?: NodePart;
  readonly message: string;
}

export interface ExtractOptions {
  /** Forces the API kind where the document does not say (CLI `--api-kind`, config `apiKind`). */
  readonly apiKind?: ApiKind;
  readonly endpointType?: EndpointType;
  /** The project's own placeholder patterns (config `placeholders`), read as unknown values like the built-in shapes. */
  readonly placeholders?: readonly RegExp[];
}

export interface ExtractContext {
  readonly file: LoadedFile;
  /** The project root: file references must stay inside it. */
  readonly root: string;
  readonly options: ExtractOptions;
  report(finding: ExtractorFinding): void;
  /**
   * Loads another local file (an OpenAPI `$ref`, an `AWS::Include`). Relative to `from`'s file.
   * Returns a reason string instead when the file is outside the root, missing or unparsable.
   */
  loadRelated(from: LoadedDocument, relativePath: string): LoadedFile | string;
}

/** One input format. `detect` looks at content, never at the file name. */
export interface Extractor {
  readonly name: string;
  detect(doc: LoadedDocument): boolean;
  /**
   * A cheap test on the raw text for what this format cannot do without (e.g. `AWS::ApiGateway`): in a folder
   * walk, a file that does not parse is reported only when some extractor's markers are in it, else skipped.
   */
  readonly textMarkers: RegExp;
  extract(doc: LoadedDocument, context: ExtractContext): Integration[];
}
