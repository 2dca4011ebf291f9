export { applyEdits, StaleEditError } from './apply-edits.js';
export { attachSuggestedEdits } from './attach-edits.js';
export { contentHash } from './content-hash.js';
export { rewriteDateLike } from './date-style.js';
export {
  type FixAnswer,
  type FixPlan,
  type FixRefusal,
  ID_RECOVERED,
  type PlannedEdit,
  planEdits,
} from './plan-edits.js';
export { renderUnifiedDiff } from './render-diff.js';
