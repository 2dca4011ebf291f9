import { parseArticleReport, parseRunReportHead } from '../run/parse-run-report.js';
import type { RunReport } from '../run-report.js';
import { chunksOf, type PieceRenderer, type RunReportHead, wholeOf } from './report-head.js';

/** Where the articles go in the head's JSON: a top-level key is the only one indented by exactly two spaces. */
const ARTICLES_SLOT = '\n  "articles": []';

/**
 * The report as JSON in pieces: the head validated against RunReportSchema up front and each article as it
 * comes (an invalid report is a bug and throws a ReportError naming the path), keys in schema order with
 * free-form records sorted, 2-space indent, final newline.
 */
export function startJson(head: RunReportHead): PieceRenderer {
  const { findingCounts: _counts, ...rest } = head;
  const parsed = parseRunReportHead(rest, 'report');
  const stable: RunReport = {
    schemaVersion: parsed.schemaVersion,
    tool: parsed.tool,
    run: { ...parsed.run, options: sortDeep(parsed.run.options) as Record<string, unknown> },
    summary: parsed.summary,
    articles: [],
    fetchStats: Object.fromEntries(Object.entries(parsed.fetchStats).sort(byKey)),
    baseline: parsed.baseline,
    exceptions: parsed.exceptions,
  };
  const text = JSON.stringify(stable, null, 2);
  const slot = text.indexOf(ARTICLES_SLOT);
  const before = text.slice(0, slot + ARTICLES_SLOT.length - 1);
  const after = text.slice(slot + ARTICLES_SLOT.length);
  let count = 0;
  return {
    start: before,
    article(article) {
      const valid = parseArticleReport(article, count, 'report');
      const text = `${count === 0 ? '\n    ' : ',\n    '}${JSON.stringify(valid, null, 2).replaceAll('\n', '\n    ')}`;
      count += 1;
      return text;
    },
    end: () => `${count === 0 ? ']' : '\n  ]'}${after}\n`,
  };
}

/** The JSON report as chunks, articles validated as they are read. */
export const renderJsonChunks = chunksOf(startJson);

/** The JSON report as one string. */
export const renderJson = wholeOf(startJson);

function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .sort(byKey)
        .map(([key, inner]) => [key, sortDeep(inner)]),
    );
  }
  return value;
}

function byKey([a]: [string, unknown], [b]: [string, unknown]): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
