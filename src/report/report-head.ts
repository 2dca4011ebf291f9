import { countFindings, type FindingCounts } from '../run/summary.js';
import type { ArticleReport, RunReport } from '../run-report.js';

/**
 * Everything a report shows besides the articles themselves: the run's metadata and totals, which are known
 * only once every article is in (so a streaming writer spools the articles first, then renders).
 */
export type RunReportHead = Omit<RunReport, 'articles'> & {
  /** Breakdowns of the articles' findings (the HTML summary shows them above the articles). */
  findingCounts: FindingCounts;
};

/** The head of a report already in memory. */
export function headOf(report: RunReport): RunReportHead {
  const { articles, ...rest } = report;
  return { ...rest, findingCounts: countFindings(articles) };
}

/** One format's renderer in pieces, for a run whose articles arrive one at a time. */
export interface PieceRenderer {
  /** Text before the first article. */
  readonly start: string;
  /** Text of the next article (in input order). */
  article(article: ArticleReport): string;
  /** Text after the last article. */
  end(): string;
}

/** Starts rendering one format for a run. */
export type StartRenderer = (head: RunReportHead) => PieceRenderer;

/** A report's text as chunks, articles read as they come (from a spool file, say). */
export type ChunkRenderer = (
  head: RunReportHead,
  articles: AsyncIterable<ArticleReport> | Iterable<ArticleReport>,
) => AsyncIterable<string>;

/** The chunked form of a piecewise renderer. */
export function chunksOf(start: StartRenderer): ChunkRenderer {
  return async function* (head, articles) {
    const renderer = start(head);
    yield renderer.start;
    for await (const article of articles) yield renderer.article(article);
    yield renderer.end();
  };
}

/** The whole-string form of a piecewise renderer: the same pieces, joined. */
export function wholeOf(start: StartRenderer): (report: RunReport) => string {
  return (report) => {
    const renderer = start(headOf(report));
    const parts = [renderer.start];
    for (const article of report.articles) parts.push(renderer.article(article));
    parts.push(renderer.end());
    return parts.join('');
  };
}
