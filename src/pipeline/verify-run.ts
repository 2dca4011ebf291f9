// The whole run as a library call: verify every input, mark against a baseline, total it up and return the
// report's head (verifyEach) or the whole report (verify). The CLI's verify command runs this.
import { createFetcher } from '../fetch/fetcher.js';
import type { FetcherOptions } from '../fetch/fetcher-options.js';
import type { RequestBudget } from '../fetch/request-budget.js';
import type { Fetcher } from '../fetch/types.js';
import type { RunReportHead } from '../report/report-head.js';
import { createBaselineMarker } from '../run/baseline.js';
import { redactArticle, redactDeep, redactSecrets } from '../run/redact.js';
import { createFindingCounter, createSummaryAccumulator } from '../run/summary.js';
import { type ArticleReport, REPORT_SCHEMA_VERSION, type RunReport } from '../run-report.js';
import { reserveStalest } from '../sweep-plan.js';
import { streamVerifiedArticles, type VerifyInputsOptions } from './verify-inputs.js';

export interface VerifyOptions extends Omit<VerifyInputsOptions, 'fetcher'> {
  /** A fetcher to share; when absent one is created from `fetcherOptions` and closed at the end. */
  fetcher?: Fetcher;
  fetcherOptions?: FetcherOptions;
  /** citecheck version recorded in the report. */
  version?: string;
  /** Effective options recorded in the report (never secrets). */
  describeOptions?: Record<string, unknown>;
  /** Shard label (`I/N`) recorded in the report. */
  shard?: string | null;
  /** A previous report: findings are marked new or known against it. */
  baseline?: { report: RunReport; path: string };
  /** The budget the given fetcher was created with, to plan the stalest-first order (`--max-requests`). */
  requestBudget?: RequestBudget;
}

/**
 * The whole job as a library call: verify every input and return the run's report (nothing is written).
 * The report holds every article; for a large site use verifyEach (or streamVerifiedArticles and the
 * chunked renderers), which keep memory flat.
 */
export async function verify(specs: readonly string[], options: VerifyOptions): Promise<RunReport> {
  const articles: ArticleReport[] = [];
  const { findingCounts: _counts, ...head } = await verifyEach(specs, options, (article) => {
    articles.push(article);
  });
  return {
    schemaVersion: head.schemaVersion,
    tool: head.tool,
    run: head.run,
    summary: head.summary,
    articles,
    fetchStats: head.fetchStats,
    baseline: head.baseline,
    exceptions: head.exceptions,
  };
}

/**
 * verify() without keeping the articles: each one (marked against the baseline, if any) goes to `onArticle`
 * in input order as soon as it is verified, and the run's head (totals, fetch statistics, baseline diff)
 * is returned at the end. The next article waits until `onArticle` settles.
 */
export async function verifyEach(
  specs: readonly string[],
  options: VerifyOptions,
  onArticle: (article: ArticleReport) => void | Promise<void>,
): Promise<RunReportHead> {
  const fetcher = options.fetcher ?? (await createFetcher(options.fetcherOptions ?? {}));
  const startedAt = new Date().toISOString();
  const summary = createSummaryAccumulator();
  const findings = createFindingCounter();
  const marker =
    options.baseline === undefined
      ? undefined
      : createBaselineMarker(options.baseline.report, options.baseline.path);
  try {
    const budget = options.requestBudget ?? options.fetcherOptions?.requestBudget;
    if (budget !== undefined)
      await reserveStalest(
        specs,
        options.cwd,
        fetcher,
        budget,
        (options.fetcherOptions?.clock ?? Date.now)(),
      );
    for await (const verified of streamVerifiedArticles(specs, { ...options, fetcher })) {
      // Secrets in what the user typed (a URL input's password or token) never reach a report.
      const redacted = redactArticle(verified);
      const article = marker === undefined ? redacted : marker.mark(redacted);
      summary.add(article);
      findings.add(article);
      await onArticle(article);
    }
    return {
      schemaVersion: REPORT_SCHEMA_VERSION,
      tool: { name: 'citecheck', version: options.version ?? '0.0.0' },
      run: {
        startedAt,
        finishedAt: new Date().toISOString(),
        inputs: specs.map(redactSecrets),
        // `--upstream http://user:pass@…` and the like are recorded without their credentials.
        options: redactDeep(options.describeOptions ?? {}),
        shard: options.shard ?? null,
      },
      summary: summary.result(),
      fetchStats: fetcher.stats(),
      baseline: marker === undefined ? null : marker.diff(),
      exceptions: options.exceptions?.problems() ?? [],
      findingCounts: findings.result(),
    };
  } finally {
    if (options.fetcher === undefined) await fetcher.close();
  }
}
