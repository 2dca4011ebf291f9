import type { RunReport } from '../run-report.js';
import { renderHtml, renderHtmlChunks } from './html.js';
import { renderJson, renderJsonChunks } from './json.js';
import { renderJunit, renderJunitChunks } from './junit.js';
import { renderMarkdown, renderMarkdownChunks } from './markdown.js';
import type { ChunkRenderer } from './report-head.js';
import { renderSarif, renderSarifChunks } from './sarif.js';

/** A pure function from a run to the text of one report file. */
export type Renderer = (report: RunReport) => string;

/**
 * Every report format: the file it is written to under `--out`, and its renderers (whole, and chunked for a
 * run whose articles arrive one at a time; both give the same text). The one home of this list: a new
 * format is one entry here (and its renderer's file); `--format`, the file names and the registries follow.
 */
const FORMATS = {
  html: { fileName: 'citecheck.html', render: renderHtml, renderChunks: renderHtmlChunks },
  json: { fileName: 'citecheck.json', render: renderJson, renderChunks: renderJsonChunks },
  junit: { fileName: 'citecheck.junit.xml', render: renderJunit, renderChunks: renderJunitChunks },
  md: { fileName: 'citecheck.md', render: renderMarkdown, renderChunks: renderMarkdownChunks },
  sarif: { fileName: 'citecheck.sarif', render: renderSarif, renderChunks: renderSarifChunks },
} as const satisfies Record<string, { fileName: string; render: Renderer; renderChunks: ChunkRenderer }>;

/** A report format `--format` accepts. */
export type ReportFormat = keyof typeof FORMATS;

/** The formats, in the order above (a tuple for z.enum). */
export const REPORT_FORMATS = Object.keys(FORMATS) as [ReportFormat, ...ReportFormat[]];

function each<T>(pick: (entry: (typeof FORMATS)[ReportFormat]) => T): Record<ReportFormat, T> {
  return Object.fromEntries(REPORT_FORMATS.map((format) => [format, pick(FORMATS[format])])) as Record<
    ReportFormat,
    T
  >;
}

export const REPORT_FILE_NAMES: Readonly<Record<ReportFormat, string>> = each((entry) => entry.fileName);

/** Every format's renderer (knip-style registry). */
export const renderers: Readonly<Record<ReportFormat, Renderer>> = each((entry) => entry.render);

/** Every format's chunked renderer: the same text as `renderers`, articles read one at a time. */
export const chunkRenderers: Readonly<Record<ReportFormat, ChunkRenderer>> = each(
  (entry) => entry.renderChunks,
);
