import type { FieldVerdict, Severity } from '../result.js';
import { SEVERITY_RANK } from '../result.js';

/**
 * The severity of a whole result: the worst of ok/notice/warning/error. `unverifiable` only when nothing
 * at notice or above was found and something could not be checked (so an error plus an unverifiable
 * field is 'error', ok plus unverifiable is 'unverifiable'); no verdicts at all is 'ok'.
 */
export function worstSeverity(verdicts: readonly FieldVerdict[]): Severity {
  let worst: Exclude<Severity, 'unverifiable'> = 'ok';
  let unverifiable = false;
  for (const { severity } of verdicts) {
    if (severity === 'unverifiable') unverifiable = true;
    else if (SEVERITY_RANK[severity] > SEVERITY_RANK[worst]) worst = severity;
  }
  return worst === 'ok' && unverifiable ? 'unverifiable' : worst;
}
