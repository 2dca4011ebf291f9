/**
 * citecheck's library API: the same pipeline the CLI runs, stage by stage.
 * extract (pure) → fetch/resolve (one polite fetcher) → compare (pure) → report (pure renderers).
 */
export {
  type ArticleExtraction,
  ArticleExtractionSchema,
  CITATION_SCHEMA_VERSION,
  type Citation,
  CitationSchema,
  type ExtractOutput,
  ExtractOutputSchema,
  type ExtractProblem,
  type SourceFormat,
} from './citation.js';
export { CHECK_IDS, CHECKS, type CheckId, compareCitation, worstSeverity } from './compare/index.js';
// Reviewed exceptions for verify(): pass createExceptionSet({ entries, configFile, today }) as `exceptions`.
export {
  createExceptionSet,
  type ExceptionSet,
  type IgnoreEntry,
  IgnoreEntrySchema,
} from './exceptions/index.js';
export { detectFormat, extractCitations, parseLocalizedDate, parseStatusUrl } from './extract/index.js';
export {
  createFetcher,
  FetchError,
  type FetchErrorCode,
  type Fetcher,
  type FetcherOptions,
  type FetchStats,
  isFetchError,
} from './fetch/index.js';
export { type InputResult, listInputs, readInputs } from './inputs/index.js';
export { verifyCitation } from './pipeline/verify-citation.js';
export { type SourceDocument, type VerifyContext, verifyDocument } from './pipeline/verify-document.js';
export { streamVerifiedArticles, type VerifyInputsOptions, verifyInputs } from './pipeline/verify-inputs.js';
// verify() returns the whole run in memory; for a large site use verifyEach (or streamVerifiedArticles) with the
// chunked renderers, which keep memory flat in the number of articles.
export { type VerifyOptions, verify, verifyEach } from './pipeline/verify-run.js';
export {
  type ChunkRenderer,
  headOf,
  REPORT_FILE_NAMES,
  type ReportFormat,
  type RunReportHead,
  renderHtmlChunks,
  renderJsonChunks,
  renderJunitChunks,
  renderMarkdownChunks,
  renderReport,
  renderReportChunks,
  renderSarifChunks,
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
export { applyBaseline, exitCodeFor, mergeReports, summarizeResults } from './run/index.js';
export { REPORT_SCHEMA_VERSION, type RunReport, RunReportSchema } from './run-report.js';
export { findStatusId, lookupPost, resolveShortLink, snowflakeTime } from './x/index.js';
