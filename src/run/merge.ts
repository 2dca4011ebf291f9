import type { FetchStats, HostStats } from '../fetch-record.js';
import { REPORT_SCHEMA_VERSION, type RunReport } from '../run-report.js';
import { ReportError } from './report-error.js';
import { parseShardLabel } from './shard-label.js';
import { summarizeResults } from './summary.js';

/**
 * Combines shard reports into one: articles sorted by source (a source seen twice is kept once, from the
 * first report), fetch statistics summed per host, summary recomputed, earliest start and latest finish.
 * Throws ReportError when there is nothing to merge or the schema versions differ.
 */
export function mergeReports(reports: readonly RunReport[]): RunReport {
  const first = reports[0];
  if (first === undefined) throw new ReportError('no-reports', 'nothing to merge: no reports given');
  reports.forEach((report, index) => {
    const version: unknown = report.schemaVersion;
    if (version !== REPORT_SCHEMA_VERSION) {
      throw new ReportError(
        'schema-version-mismatch',
        `report ${index + 1} has schemaVersion ${JSON.stringify(version)}; every merged report must have ${REPORT_SCHEMA_VERSION}`,
      );
    }
  });
  checkShardsComplete(reports);

  const bySource = new Map<string, RunReport['articles'][number]>();
  const keptFrom = new Map<string, number>();
  reports.forEach((report, index) => {
    for (const article of report.articles) {
      if (bySource.has(article.source)) continue;
      bySource.set(article.source, article);
      keptFrom.set(article.source, index);
    }
  });
  const articles = [...bySource.values()].sort((a, b) => compare(a.source, b.source));

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: first.tool,
    run: {
      startedAt: pick(
        reports.map((r) => r.run.startedAt),
        (a, b) => instant(a) < instant(b),
      ),
      finishedAt: pick(
        reports.map((r) => r.run.finishedAt),
        (a, b) => instant(a) > instant(b),
      ),
      inputs: [...new Set(reports.flatMap((r) => r.run.inputs))].sort(compare),
      options: first.run.options,
      shard: null,
    },
    summary: summarizeResults(articles),
    articles,
    fetchStats: sumFetchStats(reports.map((r) => r.fetchStats)),
    baseline: mergeBaselines(reports, keptFrom, articles),
    exceptions: mergeExceptionProblems(reports),
  };
}

/**
 * Every shard's exception problems once; an exception "matches nothing" only when it matched nothing in
 * every shard (each shard saw only its slice of the articles).
 */
function mergeExceptionProblems(reports: readonly RunReport[]): RunReport['exceptions'] {
  const seen = new Map<string, { problem: RunReport['exceptions'][number]; count: number }>();
  for (const report of reports) {
    for (const problem of report.exceptions) {
      const key = `${problem.kind}\u0000${problem.where}`;
      const entry = seen.get(key) ?? { problem, count: 0 };
      entry.count += 1;
      seen.set(key, entry);
    }
  }
  return [...seen.values()]
    .filter(({ problem, count }) => problem.kind !== 'unused' || count === reports.length)
    .map(({ problem }) => problem)
    .sort((a, b) => a.where.localeCompare(b.where, 'en', { numeric: true }));
}

/** Adds per-host counters of several runs; hosts sorted. */
export function sumFetchStats(all: readonly FetchStats[]): FetchStats {
  const sums: Record<string, HostStats> = {};
  for (const stats of all) {
    for (const [host, s] of Object.entries(stats)) {
      const t = sums[host] ?? {
        requests: 0,
        cacheHits: 0,
        retries: 0,
        rateLimited: 0,
        errors: 0,
        bytes: 0,
        pausedMs: 0,
      };
      sums[host] = {
        requests: t.requests + s.requests,
        cacheHits: t.cacheHits + s.cacheHits,
        retries: t.retries + s.retries,
        rateLimited: t.rateLimited + s.rateLimited,
        errors: t.errors + s.errors,
        bytes: t.bytes + s.bytes,
        pausedMs: t.pausedMs + s.pausedMs,
      };
    }
  }
  return Object.fromEntries(Object.entries(sums).sort(([a], [b]) => compare(a, b)));
}

/** Shards compared with the same baseline merge into one diff; unless every shard has one, none. */
function mergeBaselines(
  reports: readonly RunReport[],
  keptFrom: ReadonlyMap<string, number>,
  articles: RunReport['articles'],
): RunReport['baseline'] {
  const diffs = reports.map((r) => r.baseline);
  const firstDiff = diffs[0];
  if (firstDiff === null || firstDiff === undefined || diffs.some((d) => d === null)) return null;
  // A resolved finding belongs to the report whose copy of its source was kept.
  const resolved = diffs
    .flatMap((d, index) => (d?.resolved ?? []).filter((f) => (keptFrom.get(f.source) ?? index) === index))
    .sort((a, b) => compare(a.source, b.source) || compare(a.key, b.key));
  const newFindings = articles
    .flatMap((a) => a.results)
    .flatMap((r) => r.verdicts)
    .filter((v) => v.baseline === 'new').length;
  return { baseline: firstDiff.baseline, newFindings, resolvedFindings: resolved.length, resolved };
}

function pick(values: readonly string[], better: (a: string, b: string) => boolean): string {
  return values.reduce((best, value) => (better(value, best) ? value : best));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Milliseconds of an ISO time; unparsable times sort first so a valid one wins. */
function instant(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

/**
 * Shard reports must be one full set (the same N, each of 1…N once): a merge of 3 of 4 shards would pass
 * a CI job while a quarter of the site went unchecked. Reports written without --shard merge freely.
 * Only the labels given are looked at, never a list of N entries: a report claiming shard 1/4000000000
 * is refused, not a reason to allocate four billion slots.
 */
function checkShardsComplete(reports: readonly RunReport[]): void {
  const labels = reports.map((report) => report.run.shard);
  if (labels.every((label) => label === null)) return;
  const shards = labels.map((label) => (label === null ? 'unsharded' : parseShardLabel(label)));
  const total = shards.find((shard) => typeof shard !== 'string')?.total;
  const indexes = new Set(shards.map((shard) => (typeof shard === 'string' ? 0 : shard.index)));
  const complete =
    total === reports.length &&
    shards.every((shard) => typeof shard !== 'string' && shard.total === total) &&
    indexes.size === total;
  if (!complete) {
    throw new ReportError(
      'incomplete-shards',
      `shard reports must be one complete set 1/N … N/N, each once; got ${labels.map((label) => label ?? 'unsharded').join(', ')}`,
    );
  }
}
