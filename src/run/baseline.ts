import type { FieldVerdict } from '../result.js';
import type { ArticleReport, BaselineDiff, RunReport } from '../run-report.js';
import { citationIdentity, findingKey } from './finding-key.js';

export { hasNewFindingsAtOrAbove } from './exit-policy.js';

type ResolvedFinding = BaselineDiff['resolved'][number];

/** Marks a run's articles against a baseline one at a time; `diff()` at the end gives `report.baseline`. */
export interface BaselineMarker {
  /** A copy of the article with every non-ok verdict marked `new` or `known`. */
  mark(article: ArticleReport): ArticleReport;
  /** The comparison so far: new findings counted by `mark`, resolved ones computed from what is left. */
  diff(): BaselineDiff;
}

/**
 * Indexes the baseline's findings (by findingKey, as multisets so two identical findings need two baseline
 * entries) for marking a run's articles as they are verified. A baseline finding counts as resolved only
 * when its source was checked this run and its citation was not unverifiable now: an outage or a
 * `--changed-since` run must not "resolve" anything.
 */
export function createBaselineMarker(baseline: RunReport, baselinePath: string): BaselineMarker {
  const remaining = new Map<string, ResolvedFinding[]>();
  for (const article of baseline.articles) {
    forEachFinding(article, (key, verdict) => {
      const list = remaining.get(key) ?? [];
      list.push({ source: article.source, key, check: verdict.check, message: verdict.message });
      remaining.set(key, list);
    });
  }
  // Only sources the baseline has findings for matter at the end, so these sets stay the baseline's size.
  const baselineSources = new Set([...remaining.values()].flat().map((finding) => finding.source));
  const checkedSources = new Set<string>();
  const uncheckable = new Set<string>();
  let newFindings = 0;

  return {
    mark(article) {
      if (baselineSources.has(article.source)) {
        checkedSources.add(article.source);
        for (const result of article.results) {
          if (result.lookup?.status === 'unverifiable') {
            uncheckable.add(`${article.source}#${citationIdentity(result.citation)}#`);
          }
        }
      }
      return {
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
      };
    },
    diff() {
      const resolved = [...remaining.values()]
        .flat()
        .filter((finding) => checkedSources.has(finding.source))
        // Check ids never contain '#', so everything up to the last '#' is source + citation identity.
        .filter((finding) => !uncheckable.has(finding.key.slice(0, finding.key.lastIndexOf('#') + 1)))
        .sort((a, b) => compare(a.source, b.source) || compare(a.key, b.key));
      return { baseline: baselinePath, newFindings, resolvedFindings: resolved.length, resolved };
    },
  };
}

/**
 * Marks every non-ok verdict of `current` as `new` or `known` against `baseline` and fills `report.baseline`
 * (the whole-report form of createBaselineMarker).
 */
export function applyBaseline(current: RunReport, baseline: RunReport, baselinePath: string): RunReport {
  const marker = createBaselineMarker(baseline, baselinePath);
  const articles = current.articles.map((article) => marker.mark(article));
  return { ...current, articles, baseline: marker.diff() };
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
