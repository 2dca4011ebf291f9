/**
 * citecheck's library API: what a user needs to run the pipeline the CLI runs, and the records it produces.
 * extract (pure) → verify (one polite fetcher) → report (pure renderers); run policy (baseline, merge, exit
 * codes) for CI scripts. Internals (ID recovery steps, chunk renderers per format, summary helpers) are not
 * exported: README "Library" says what was removed and why.
 */
export { CHECK_IDS, CHECKS, type CheckId } from './checks.js';
export {
  type ArticleExtraction,
  ArticleExtractionSchema,
  CITATION_SCHEMA_VERSION,
  type Citation,
  CitationSchema,
  type ExtractOutput,
  ExtractOutputSchema,
  type ExtractProblem,
} from './citation.js';
export { compareCitation, worstSeverity } from './compare/index.js';
// Reviewed exceptions for verify(): pass createExceptionSet({ entries, configFile, today }) as `exceptions`.
export {
  createExceptionSet,
  type ExceptionSet,
  type IgnoreEntry,
  IgnoreEntrySchema,
} from './exceptions/index.js';
export { extractCitations, type SourceFormat } from './extract/index.js';
export {
  createFetcher,
  FetchError,
  type FetchErrorCode,
  type Fetcher,
  type FetcherOptions,
  type FetchStats,
  isFetchError,
} from './fetch/index.js';
export { type InputResult, readInputs } from './inputs/index.js';
export { verifyCitation } from './pipeline/verify-citation.js';
export { type SourceDocument, type VerifyContext, verifyDocument } from './pipeline/verify-document.js';
export { streamVerifiedArticles, type VerifyInputsOptions } from './pipeline/verify-inputs.js';
// verify() returns the whole run in memory; for a large site use verifyEach (or streamVerifiedArticles) with
// renderReportChunks, which keep memory flat in the number of articles.
export { type VerifyOptions, verify, verifyEach } from './pipeline/verify-run.js';
export {
  REPORT_FILE_NAMES,
  type ReportFormat,
  type RunReportHead,
  renderReport,
  renderReportChunks,
  reportJsonSchema,
} from './report/index.js';
export {
  type FieldVerdict,
  FieldVerdictSchema,
  type IdResolution,
  type PostLookup,
  type Severity,
  type VerificationResult,
  VerificationResultSchema,
} from './result.js';
export { applyBaseline, exitCodeFor, type FailOn, mergeReports } from './run/index.js';
export { REPORT_SCHEMA_VERSION, type RunReport, RunReportSchema } from './run-report.js';
export { parseStatusUrl } from './x-url/index.js';
