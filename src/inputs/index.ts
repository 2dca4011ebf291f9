export { ARTICLE_EXTENSIONS } from '../extract/index.js';
export { type DecodedText, decodeText } from './decode-file-bytes.js';
export {
  type InputEntry,
  listInputs,
  type ResolveInputsOptions,
  resolveInputs,
} from './list-inputs.js';
export {
  DEFAULT_MAX_INPUT_BYTES,
  type InputResult,
  type ReadInputsOptions,
  readInputs,
} from './read-inputs.js';
export { readRegularFile } from './read-regular-file.js';
