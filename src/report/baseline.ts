import type { FieldVerdict } from '../result.js';
import type { ArticleReport, BaselineDiff, RunReport } from '../run-report.js';
import { citationIdentity, findingKey } from './finding-key.js';

export { hasNewFindingsAtOrAbove } from './severity-threshold.js';

type ResolvedFinding = BaselineDiff['resolved'][number];

/**
 * Marks every non-ok verdict of `current` as `new` or `known` against `baseline` (matched by findingKey,
 * as multisets so two identical findings need two baseline entries) and fills `report.baseline`.
 * A baseline finding counts as resolved only when its source was checked this run and its citation
 * was not unverifiable now: an outage or a `--changed-since` run must not "resolve" anything.
 */
export function applyBaseline(current: RunReport, baseline: RunReport, baselinePath: string): RunReport {
  const remaining = new Map<string, ResolvedFinding[]>();
  for (const article of baseline.articles) {
    forEachFinding(article, (key, verdict) => {
      const list = remaining.get(key) ?? [];
      list.push({ source: article.source, key, check: verdict.check, message: verdict.message });
      remaining.set(key, list);
    });
  }

  let newFindings = 0;
  const articles = current.articles.map((article) => ({
    ...article,
    results: article.results.map((result) => ({
      ...result,
      verdicts: result.verdicts.map((verdict): FieldVerdict => {
        const { baseline: _previous, ...rest } = verdict;
        if (verdict.severity === 'ok') return rest;
        const matches = remaining.get(findingKey(article.source, result.citation, verdict));
        if (matches !== undefined && matches.length > 0) {
          matches.shift();
          return { ...rest, baseline: 'known' };
        }
        newFindings += 1;
        return { ...rest, baseline: 'new' };
      }),
    })),
  }));

  const checkedSources = new Set(current.articles.map((article) => article.source));
  const uncheckable = new Set<string>();
  for (const article of current.articles) {
    for (const result of article.results) {
      if (result.lookup?.status === 'unverifiable') {
        uncheckable.add(`${article.source}#${citationIdentity(result.citation)}#`);
      }
    }
  }
  const resolved = [...remaining.values()]
    .flat()
    .filter((finding) => checkedSources.has(finding.source))
    // Check ids never contain '#', so everything up to the last '#' is source + citation identity.
    .filter((finding) => !uncheckable.has(finding.key.slice(0, finding.key.lastIndexOf('#') + 1)))
    .sort((a, b) => compare(a.source, b.source) || compare(a.key, b.key));

  return {
    ...current,
    articles,
    baseline: { baseline: baselinePath, newFindings, resolvedFindings: resolved.length, resolved },
  };
}

function forEachFinding(article: ArticleReport, visit: (key: string, verdict: FieldVerdict) => void): void {
  for (const result of article.results) {
    for (const verdict of result.verdicts) {
      if (verdict.severity !== 'ok') visit(findingKey(article.source, result.citation, verdict), verdict);
    }
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
