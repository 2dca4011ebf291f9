import type { FieldVerdict, Severity } from '../result.js';
import type { ArticleReport, RunReport, RunSummary } from '../run-report.js';
import type { Accumulator } from './summary.js';

/** The `--fail-on` thresholds, lowest bar last. */
export const FAIL_ON = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

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
  return report.articles.some((article) =>
    someVerdict(article, (verdict) => isNewAtOrAbove(verdict, failOn)),
  );
}

/** How the run's findings were judged: against a baseline (only new findings count) or on their own. */
export type ExitCodeBasis =
  | { kind: 'all-findings' }
  /** `report` is the baseline itself when at hand: sources it could not read either do not fail the run. */
  | { kind: 'new-findings'; report?: RunReport };

/**
 * Incremental exitCodeFor: add each (baseline-marked) article as it is verified; `result()` is 1 when
 * findings reached `failOn`, else 0.
 */
export function createExitCodeTracker(failOn: FailOn, basis: ExitCodeBasis): Accumulator<0 | 1> {
  const onlyNew = basis.kind === 'new-findings';
  const knownBroken = new Set(
    (basis.kind === 'new-findings' ? (basis.report?.articles ?? []) : [])
      .filter((article) => article.errors.length > 0)
      .map((article) => article.source),
  );
  const sourceErrorsFail = isAtOrAbove('error', failOn);
  let failing = false;
  return {
    add(article: ArticleReport) {
      if (failing) return;
      failing =
        someVerdict(article, (verdict) =>
          onlyNew ? isNewAtOrAbove(verdict, failOn) : isAtOrAbove(verdict.severity, failOn),
        ) ||
        (sourceErrorsFail && article.errors.length > 0 && !(onlyNew && knownBroken.has(article.source)));
    },
    result: () => (failing ? 1 : 0),
  };
}

/**
 * Exit code for a run: 1 when findings reach `failOn`, else 0. With a baseline only new findings count,
 * so a nightly job fails on news, not on the same deleted post every night.
 * A source that could not be read (a mistyped path, a binary file) is an error-level finding about that
 * source: a CI job must not pass because it checked nothing. With a baseline it counts only when the
 * baseline could read that source.
 */
export function exitCodeFor(report: RunReport, failOn: FailOn, baseline?: RunReport): 0 | 1 {
  const tracker = createExitCodeTracker(
    failOn,
    report.baseline === null
      ? { kind: 'all-findings' }
      : { kind: 'new-findings', ...(baseline === undefined ? {} : { report: baseline }) },
  );
  for (const article of report.articles) tracker.add(article);
  return tracker.result();
}

function isNewAtOrAbove(verdict: FieldVerdict, failOn: FailOn): boolean {
  return verdict.baseline === 'new' && isAtOrAbove(verdict.severity, failOn);
}

/** Whether some finding no reviewed exception covers satisfies `predicate`. */
function someVerdict(article: ArticleReport, predicate: (verdict: FieldVerdict) => boolean): boolean {
  return article.results.some((result) =>
    result.verdicts.some((verdict) => verdict.suppressed === undefined && predicate(verdict)),
  );
}

/**
 * Why the run fails because too little of it could be checked (`unverifiable`: X down, rate-limited, an
 * offline miss), or null: more than `maxShare` (0–1) of the citations. A nightly job must not go green
 * having checked nothing; `maxShare` 1 turns the rule off.
 */
export function unverifiableFailure(summary: RunSummary, maxShare: number): string | null {
  const { citations } = summary;
  const unverifiable = summary.bySeverity.unverifiable;
  if (citations === 0 || unverifiable <= maxShare * citations) return null;
  const what =
    unverifiable === citations
      ? `none of the ${citations} citations could be checked`
      : `${unverifiable} of ${citations} citations (${percent(unverifiable / citations)}) could not be checked`;
  return `${what}, more than --max-unverifiable ${percent(maxShare)}`;
}

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
