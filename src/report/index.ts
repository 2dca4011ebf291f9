// The pure renderers: RunReport → the text of one report file per format. Run policy (summary, baseline,
// merge, exit codes) lives in src/run/.
import type { ArticleReport, RunReport } from '../run-report.js';
import type { ReportFormat } from './formats.js';
import { renderHtml, renderHtmlChunks } from './html.js';
import { renderJson, renderJsonChunks } from './json.js';
import { renderJunit, renderJunitChunks } from './junit.js';
import { renderMarkdown, renderMarkdownChunks } from './markdown.js';
import type { ChunkRenderer, RunReportHead } from './report-head.js';
import { renderSarif, renderSarifChunks } from './sarif.js';

export { REPORT_FILE_NAMES, REPORT_FORMATS, type ReportFormat } from './formats.js';

/** A pure function from a run to the text of one report file. */
export type Renderer = (report: RunReport) => string;

/** Every format's renderer (knip-style registry). */
export const renderers: Record<ReportFormat, Renderer> = {
  html: renderHtml,
  json: renderJson,
  junit: renderJunit,
  md: renderMarkdown,
  sarif: renderSarif,
};

/** Every format's chunked renderer: the same text as `renderers`, articles read one at a time. */
export const chunkRenderers: Record<ReportFormat, ChunkRenderer> = {
  html: renderHtmlChunks,
  json: renderJsonChunks,
  junit: renderJunitChunks,
  md: renderMarkdownChunks,
  sarif: renderSarifChunks,
};

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
export { renderHtmlChunks } from './html.js';
export { renderJsonChunks } from './json.js';
export { extractJsonSchema, renderJsonSchema, reportJsonSchema } from './json-schema.js';
export { renderJunitChunks } from './junit.js';
export { renderMarkdownChunks } from './markdown.js';
export { type ChunkRenderer, headOf, type RunReportHead } from './report-head.js';
export { renderSarifChunks } from './sarif.js';
