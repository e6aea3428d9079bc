import { reindentFlowContinuations } from "./yaml-flow-indent.js";
import type { Reindented } from "./yaml-padded-text.js";
import { reindentQuotedContinuations } from "./yaml-quoted-indent.js";

/**
 * The text as CloudFormation and the SAM CLI read it, in YAML `yaml` accepts: under-indented continuation
 * lines of flow collections, then of quoted scalars, indented further. Offsets map back to the original.
 * `undefined` when neither pass changes anything.
 */
export function reindentLikeCloudFormation(text: string): Reindented | undefined {
  const flow = reindentFlowContinuations(text);
  const quoted = reindentQuotedContinuations(flow?.text ?? text);
  if (!quoted) return flow;
  if (!flow) return quoted;
  return { text: quoted.text, toOriginal: (offset) => flow.toOriginal(quoted.toOriginal(offset)) };
}
