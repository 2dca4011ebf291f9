import path from 'node:path';
import { showControls } from '../../report/control-chars.js';
import {
  headOf,
  REPORT_FILE_NAMES,
  type ReportFormat,
  type RunReportHead,
  renderArticleAnnotations,
  renderReportChunks,
} from '../../report/index.js';
import { plural } from '../../report/plural.js';
import type { ArticleReport, RunReport } from '../../run-report.js';
import { writeReportFiles } from '../write-report-files.js';

/** A run's articles, read afresh for each report (a spool file, or an array in memory). */
export type ArticleSource = () => AsyncIterable<ArticleReport> | Iterable<ArticleReport>;

/**
 * Streams every requested format into place (all rendered before any is renamed over the previous one);
 * returns the paths written.
 */
export async function writeReportStreams(
  head: RunReportHead,
  articles: ArticleSource,
  formats: readonly ReportFormat[],
  outDir: string,
): Promise<string[]> {
  return writeReportFiles(
    formats.map((format) => ({
      file: path.join(outDir, REPORT_FILE_NAMES[format]),
      chunks: () => renderReportChunks(head, articles(), format),
    })),
  );
}

/** writeReportStreams for a report already in memory (`citecheck merge`). */
export async function writeReports(report: RunReport, formats: readonly ReportFormat[], outDir: string) {
  return writeReportStreams(headOf(report), () => report.articles, formats, outDir);
}

/** The human summary on stdout, GitHub annotations when running in Actions, statistics with --verbose. */
export async function printRunSummary(
  head: Omit<RunReport, 'articles'>,
  articles: ArticleSource,
  written: readonly string[],
  options: { verbose: boolean },
): Promise<void> {
  const { summary } = head;
  const counts = Object.entries(summary.bySeverity)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`)
    .join(', ');
  console.log(
    `citecheck: ${plural(summary.citations, 'citation')} (${plural(summary.embeds, 'embed')}, ${plural(summary.links, 'link')}) in ${plural(summary.articles, 'article')}: ${counts || 'nothing to report'}`,
  );
  if (summary.sourceErrors > 0)
    console.log(`citecheck: ${summary.sourceErrors} source problems (see the report)`);
  if (summary.suppressed > 0 || head.exceptions.length > 0) {
    console.log(
      `citecheck: ${summary.suppressed} suppressed by reviewed exceptions, ${head.exceptions.length} ${head.exceptions.length === 1 ? 'exception needs' : 'exceptions need'} a look (see the report)`,
    );
  }
  if (head.baseline !== null) {
    console.log(
      `citecheck: since baseline: ${head.baseline.newFindings} new findings, ${head.baseline.resolvedFindings} resolved`,
    );
  }
  for (const file of written)
    console.log(`  wrote ${showControls(path.relative(process.cwd(), file) || file)}`);
  if (process.env.GITHUB_ACTIONS === 'true') {
    for await (const article of articles()) await writeOut(renderArticleAnnotations(article));
  }
  if (options.verbose) {
    console.error('requests per host:');
    for (const [host, stats] of Object.entries(head.fetchStats)) {
      console.error(
        `  ${host}: ${stats.requests} sent, ${stats.cacheHits} cached, ${stats.retries} retries, ${stats.rateLimited} rate-limited, ${stats.errors} errors, ${stats.bytes} bytes, paused ${Math.round(stats.pausedMs)} ms`,
      );
    }
  }
}

/** Writes to stdout, waiting when a slow reader (a pipe) has its buffer full. */
async function writeOut(text: string): Promise<void> {
  if (text === '' || process.stdout.write(text)) return;
  await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}
