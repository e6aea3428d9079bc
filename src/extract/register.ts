/**
 * Registers every extractor in detection order. Imported for its effect by the engine, so that the
 * extractor registry does not import format modules (and they do not import the engine).
 */
import "./index.js";
import "./openapi/index.js";
import "./cloudformation/index.js";
import "./serverless/index.js";
import "./terraform/index.js";
