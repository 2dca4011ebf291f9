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
 * so a nightly job fails on news, not on the same deleted post every night. Source errors never fail a run.
 */
export function exitCodeFor(report: RunReport, failOn: FailOn): 0 | 1 {
  const failing =
    report.baseline === null
      ? someVerdict(report, (verdict) => isAtOrAbove(verdict.severity, failOn))
      : hasNewFindingsAtOrAbove(report, failOn);
  return failing ? 1 : 0;
}

function someVerdict(report: RunReport, predicate: (verdict: FieldVerdict) => boolean): boolean {
  return report.articles.some((article) => article.results.some((result) => result.verdicts.some(predicate)));
}
