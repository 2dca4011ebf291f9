import { createFetcher } from './fetch/fetcher.js';
import type { FetcherOptions } from './fetch/fetcher-options.js';
import type { Fetcher } from './fetch/types.js';
import { applyBaseline } from './report/baseline.js';
import { summarizeResults } from './report/summary.js';
import { REPORT_SCHEMA_VERSION, type RunReport } from './run-report.js';
import { type VerifyInputsOptions, verifyInputs } from './verify-inputs.js';

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
}

/** The whole job as a library call: verify every input and return the run's report (nothing is written). */
export async function verify(specs: readonly string[], options: VerifyOptions): Promise<RunReport> {
  const fetcher = options.fetcher ?? (await createFetcher(options.fetcherOptions ?? {}));
  const startedAt = new Date().toISOString();
  try {
    const articles = await verifyInputs(specs, { ...options, fetcher });
    const report: RunReport = {
      schemaVersion: REPORT_SCHEMA_VERSION,
      tool: { name: 'citecheck', version: options.version ?? '0.0.0' },
      run: {
        startedAt,
        finishedAt: new Date().toISOString(),
        inputs: [...specs],
        options: options.describeOptions ?? {},
        shard: options.shard ?? null,
      },
      summary: summarizeResults(articles),
      articles,
      fetchStats: fetcher.stats(),
      baseline: null,
    };
    return options.baseline === undefined
      ? report
      : applyBaseline(report, options.baseline.report, options.baseline.path);
  } finally {
    if (options.fetcher === undefined) await fetcher.close();
  }
}
