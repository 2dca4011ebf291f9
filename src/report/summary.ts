import type { Severity } from '../result.js';
import { SeveritySchema } from '../result.js';
import type { ArticleReport, RunSummary } from '../run-report.js';

/** Counts for the report's `summary`: `bySeverity` counts citations by their overall (worst) severity. */
export function summarizeResults(articles: readonly ArticleReport[]): RunSummary {
  const bySeverity = emptySeverityCounts();
  let citations = 0;
  let embeds = 0;
  let links = 0;
  let sourceErrors = 0;
  for (const article of articles) {
    sourceErrors += article.errors.length;
    for (const result of article.results) {
      citations += 1;
      if (result.citation.kind === 'embed') embeds += 1;
      else links += 1;
      bySeverity[result.severity] += 1;
    }
  }
  return { articles: articles.length, citations, embeds, links, sourceErrors, bySeverity };
}

/** Breakdowns the summary schema does not carry: lookup outcomes per citation and findings per check id. */
export interface FindingCounts {
  /** Citations per lookup status; `no-lookup` when no ID was found or lookups were skipped. */
  byLookupStatus: Record<string, number>;
  /** Verdicts other than `ok` per check id, with the worst severity seen for that check. */
  byCheck: Record<string, { count: number; severity: Severity }>;
}

const SEVERITY_ORDER: readonly Severity[] = ['ok', 'unverifiable', 'notice', 'warning', 'error'];

/** Counts lookup outcomes and non-ok verdicts by check id, keys sorted for stable output. */
export function countFindings(articles: readonly ArticleReport[]): FindingCounts {
  const byLookupStatus: Record<string, number> = {};
  const byCheck: Record<string, { count: number; severity: Severity }> = {};
  for (const article of articles) {
    for (const result of article.results) {
      const status = result.lookup?.status ?? 'no-lookup';
      byLookupStatus[status] = (byLookupStatus[status] ?? 0) + 1;
      for (const verdict of result.verdicts) {
        if (verdict.severity === 'ok') continue;
        const entry = byCheck[verdict.check] ?? { count: 0, severity: verdict.severity };
        entry.count += 1;
        if (SEVERITY_ORDER.indexOf(verdict.severity) > SEVERITY_ORDER.indexOf(entry.severity)) {
          entry.severity = verdict.severity;
        }
        byCheck[verdict.check] = entry;
      }
    }
  }
  return { byLookupStatus: sortKeys(byLookupStatus), byCheck: sortKeys(byCheck) };
}

function emptySeverityCounts(): Record<Severity, number> {
  return Object.fromEntries(SeveritySchema.options.map((s) => [s, 0])) as Record<Severity, number>;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
