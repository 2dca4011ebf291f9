import type { FieldVerdict, Severity } from '../result.js';
import type { RunReport } from '../run-report.js';

/** The `--fail-on` threshold. */
export type FailOn = 'error' | 'warning' | 'never';

const FAILING: Record<FailOn, ReadonlySet<Severity>> = {
  error: new Set(['error']),
  warning: new Set(['warning', 'error']),
  never: new Set(),
};

/** True when a verdict's severity is at or above the threshold (unverifiable never is: it is not the article's fault). */
export function isAtOrAbove(severity: Severity, failOn: FailOn): boolean {
  return FAILING[failOn].has(severity);
}

/** True when some verdict marked `new` by a baseline is at or above the threshold. */
export function hasNewFindingsAtOrAbove(report: RunReport, failOn: FailOn): boolean {
  return someVerdict(
    report,
    (verdict) => verdict.baseline === 'new' && isAtOrAbove(verdict.severity, failOn),
  );
}

/**
 * Exit code for a run: 1 when findings reach `failOn`, else 0. With a baseline only new findings count,
 * so a nightly job fails on news, not on the same deleted post every night.
 * A source that could not be read (a mistyped path, a binary file) is an error-level finding about that
 * source: a CI job must not pass because it checked nothing. With a baseline it counts only when the
 * baseline could read that source.
 */
export function exitCodeFor(report: RunReport, failOn: FailOn, baseline?: RunReport): 0 | 1 {
  const failing =
    report.baseline === null
      ? someVerdict(report, (verdict) => isAtOrAbove(verdict.severity, failOn))
      : hasNewFindingsAtOrAbove(report, failOn);
  return failing || hasFailingSourceErrors(report, failOn, baseline) ? 1 : 0;
}

function hasFailingSourceErrors(report: RunReport, failOn: FailOn, baseline: RunReport | undefined): boolean {
  if (!isAtOrAbove('error', failOn)) return false;
  const knownBroken = new Set(
    (baseline?.articles ?? [])
      .filter((article) => article.errors.length > 0)
      .map((article) => article.source),
  );
  return report.articles.some(
    (article) => article.errors.length > 0 && !(report.baseline !== null && knownBroken.has(article.source)),
  );
}

function someVerdict(report: RunReport, predicate: (verdict: FieldVerdict) => boolean): boolean {
  return report.articles.some((article) => article.results.some((result) => result.verdicts.some(predicate)));
}
