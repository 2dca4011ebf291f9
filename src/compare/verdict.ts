import { CHECKS, type CheckId } from '../checks.js';
import type { DiffPart, FieldVerdict } from '../result.js';

/** The two sides of a verdict: what the article shows and what was retrieved. */
export interface VerdictEvidence {
  expected: string | null;
  actual: string | null;
  diff?: DiffPart[];
}

/** Builds a verdict whose field and severity come from the check table, so they never drift apart. */
export function createVerdict(check: CheckId, message: string, evidence: VerdictEvidence): FieldVerdict {
  const { field, severity } = CHECKS[check];
  const verdict: FieldVerdict = {
    field,
    check,
    severity,
    message,
    expected: evidence.expected,
    actual: evidence.actual,
  };
  if (evidence.diff !== undefined) verdict.diff = evidence.diff;
  return verdict;
}
