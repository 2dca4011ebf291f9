// The pure renderers: RunReport → the text of one report file per format. Run policy (summary, baseline,
// merge, exit codes) lives in src/run/.
import type { ArticleReport, RunReport } from '../run-report.js';
import { chunkRenderers, type ReportFormat, renderers } from './formats.js';
import type { RunReportHead } from './report-head.js';

export {
  chunkRenderers,
  REPORT_FILE_NAMES,
  REPORT_FORMATS,
  type Renderer,
  type ReportFormat,
  renderers,
} from './formats.js';

/** Renders a run in one format. */
export function renderReport(report: RunReport, format: ReportFormat): string {
  return renderers[format](report);
}

/**
 * Renders a run in one format as chunks, reading the articles as they come: memory stays flat however many
 * articles there are (the head's totals must be known first; see RunReportHead).
 */
export function renderReportChunks(
  head: RunReportHead,
  articles: AsyncIterable<ArticleReport> | Iterable<ArticleReport>,
  format: ReportFormat,
): AsyncIterable<string> {
  return chunkRenderers[format](head, articles);
}

export { renderArticleAnnotations, renderGithubAnnotations } from './gh-annotations.js';
export { extractJsonSchema, renderJsonSchema, reportJsonSchema } from './json-schema.js';
export { type ChunkRenderer, headOf, type RunReportHead } from './report-head.js';
