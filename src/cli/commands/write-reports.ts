import path from 'node:path';
import {
  REPORT_FILE_NAMES,
  type ReportFormat,
  renderGithubAnnotations,
  renderReport,
} from '../../report/index.js';
import type { RunReport } from '../../run-report.js';
import { writeFileAtomically } from '../write-atomic.js';

/** Renders every requested format and writes each file atomically; returns the paths written. */
export async function writeReports(report: RunReport, formats: readonly ReportFormat[], outDir: string) {
  // Render everything before writing anything: a renderer bug must not leave a mix of old and new files.
  const rendered = formats.map((format) => ({
    file: path.join(outDir, REPORT_FILE_NAMES[format]),
    content: renderReport(report, format),
  }));
  for (const { file, content } of rendered) await writeFileAtomically(file, content);
  return rendered.map(({ file }) => file);
}

/** The human summary on stdout, GitHub annotations when running in Actions, statistics with --verbose. */
export function printRunSummary(
  report: RunReport,
  written: readonly string[],
  options: { verbose: boolean },
): void {
  const { summary } = report;
  const counts = Object.entries(summary.bySeverity)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`)
    .join(', ');
  console.log(
    `citecheck: ${summary.citations} citations (${summary.embeds} embeds, ${summary.links} links) in ${summary.articles} articles: ${counts || 'nothing to report'}`,
  );
  if (summary.sourceErrors > 0)
    console.log(`citecheck: ${summary.sourceErrors} source problems (see the report)`);
  if (report.baseline !== null) {
    console.log(
      `citecheck: since baseline: ${report.baseline.newFindings} new findings, ${report.baseline.resolvedFindings} resolved`,
    );
  }
  for (const file of written) console.log(`  wrote ${path.relative(process.cwd(), file) || file}`);
  if (process.env.GITHUB_ACTIONS === 'true') process.stdout.write(renderGithubAnnotations(report));
  if (options.verbose) {
    console.error('requests per host:');
    for (const [host, stats] of Object.entries(report.fetchStats)) {
      console.error(
        `  ${host}: ${stats.requests} sent, ${stats.cacheHits} cached, ${stats.retries} retries, ${stats.rateLimited} rate-limited, ${stats.errors} errors, ${stats.bytes} bytes, paused ${Math.round(stats.pausedMs)} ms`,
      );
    }
  }
}
