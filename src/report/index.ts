import type { RunReport } from '../run-report.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';

/** Report formats `--format` accepts. */
export type ReportFormat = 'html' | 'json' | 'junit' | 'md';

/** A pure function from a run to the text of one report file. */
export type Renderer = (report: RunReport) => string;

/** Every format's renderer (knip-style registry). */
export const renderers: Record<ReportFormat, Renderer> = {
  html: renderHtml,
  json: renderJson,
  junit: renderJunit,
  md: renderMarkdown,
};

/** File name of each format under `--out`. */
export const REPORT_FILE_NAMES: Record<ReportFormat, string> = {
  html: 'citecheck.html',
  json: 'citecheck.json',
  junit: 'citecheck.junit.xml',
  md: 'citecheck.md',
};

/** Renders a run in one format. */
export function renderReport(report: RunReport, format: ReportFormat): string {
  return renderers[format](report);
}

export { applyBaseline } from './baseline.js';
export { renderGithubAnnotations } from './gh-annotations.js';
export { extractJsonSchema, renderJsonSchema, reportJsonSchema } from './json-schema.js';
export { mergeReports } from './merge.js';
export { parseRunReport } from './parse-run-report.js';
export { ReportError, type ReportErrorCode } from './report-error.js';
export { exitCodeFor, type FailOn, hasNewFindingsAtOrAbove } from './severity-threshold.js';
export { countFindings, type FindingCounts, summarizeResults } from './summary.js';
