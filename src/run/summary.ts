import type { Severity } from '../result.js';
import { SEVERITY_RANK, SeveritySchema } from '../result.js';
import type { ArticleReport, RunSummary } from '../run-report.js';

/** Something that takes a run's articles one at a time and gives a total at the end. */
export interface Accumulator<T> {
  add(article: ArticleReport): void;
  result(): T;
}

/** Incremental summarizeResults: add each article as it is verified, read the summary at the end. */
export function createSummaryAccumulator(): Accumulator<RunSummary> {
  const bySeverity = emptySeverityCounts();
  let articles = 0;
  let citations = 0;
  let embeds = 0;
  let links = 0;
  let sourceErrors = 0;
  let suppressed = 0;
  return {
    add(article) {
      articles += 1;
      sourceErrors += article.errors.length;
      for (const result of article.results) {
        citations += 1;
        if (result.citation.kind === 'embed') embeds += 1;
        else links += 1;
        bySeverity[result.severity] += 1;
        for (const verdict of result.verdicts) if (verdict.suppressed !== undefined) suppressed += 1;
      }
    },
    result: () => ({
      articles,
      citations,
      embeds,
      links,
      sourceErrors,
      bySeverity: { ...bySeverity },
      suppressed,
    }),
  };
}

/** Counts for the report's `summary`: `bySeverity` counts citations by their overall (worst) severity. */
export function summarizeResults(articles: Iterable<ArticleReport>): RunSummary {
  return accumulate(createSummaryAccumulator(), articles);
}

/** Breakdowns the summary schema does not carry: lookup outcomes per citation and findings per check id. */
export interface FindingCounts {
  /** Citations per lookup status; `no-lookup` when no ID was found or lookups were skipped. */
  byLookupStatus: Record<string, number>;
  /** Verdicts other than `ok` per check id, with the worst severity seen for that check. */
  byCheck: Record<string, { count: number; severity: Severity }>;
}

/** Incremental countFindings: add each article as it is verified, read the counts at the end. */
export function createFindingCounter(): Accumulator<FindingCounts> {
  const byLookupStatus: Record<string, number> = {};
  const byCheck: Record<string, { count: number; severity: Severity }> = {};
  return {
    add(article) {
      for (const result of article.results) {
        const status = result.lookup?.status ?? 'no-lookup';
        byLookupStatus[status] = (byLookupStatus[status] ?? 0) + 1;
        for (const verdict of result.verdicts) {
          if (verdict.severity === 'ok' || verdict.suppressed !== undefined) continue;
          const entry = byCheck[verdict.check] ?? { count: 0, severity: verdict.severity };
          entry.count += 1;
          if (SEVERITY_RANK[verdict.severity] > SEVERITY_RANK[entry.severity]) {
            entry.severity = verdict.severity;
          }
          byCheck[verdict.check] = entry;
        }
      }
    },
    result: () => ({
      byLookupStatus: sortKeys(byLookupStatus),
      byCheck: Object.fromEntries(
        Object.entries(sortKeys(byCheck)).map(([check, entry]) => [check, { ...entry }]),
      ),
    }),
  };
}

/** Counts lookup outcomes and non-ok verdicts by check id, keys sorted for stable output. */
export function countFindings(articles: Iterable<ArticleReport>): FindingCounts {
  return accumulate(createFindingCounter(), articles);
}

/** Feeds every article to an accumulator and returns its result. */
export function accumulate<T>(accumulator: Accumulator<T>, articles: Iterable<ArticleReport>): T {
  for (const article of articles) accumulator.add(article);
  return accumulator.result();
}

function emptySeverityCounts(): Record<Severity, number> {
  return Object.fromEntries(SeveritySchema.options.map((s) => [s, 0])) as Record<Severity, number>;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
