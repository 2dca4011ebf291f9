// Run policy, pure: what a run adds up to (summary, finding counts), how it compares with a baseline, how
// shard reports merge, which exit code it earns, and what of the user's input may reach a report.
export { applyBaseline, type BaselineMarker, createBaselineMarker } from './baseline.js';
export {
  createExitCodeTracker,
  type ExitCodeBasis,
  exitCodeFor,
  FAIL_ON,
  type FailOn,
  hasNewFindingsAtOrAbove,
  unverifiableFailure,
} from './exit-policy.js';
export { citationIdentity, findingKey } from './finding-key.js';
export { mergeReports } from './merge.js';
export { parseArticleReport, parseRunReport, parseRunReportHead } from './parse-run-report.js';
export { redactArticle, redactDeep, redactSecrets } from './redact.js';
export { ReportError, type ReportErrorCode } from './report-error.js';
export { MAX_SHARDS, parseShardLabel, type Shard } from './shard-label.js';
export {
  type Accumulator,
  countFindings,
  createFindingCounter,
  createSummaryAccumulator,
  type FindingCounts,
  summarizeResults,
} from './summary.js';
