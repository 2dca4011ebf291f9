import { describe, expect, it } from 'vitest';
import { worstSeverity } from '../../src/compare/severity.js';
import type { FieldVerdict, Severity } from '../../src/result.js';
import { makeVerdict } from '../report/fixture-report.js';

// One verdict per severity, each built by production's createVerdict from a check of that severity.
function verdicts(...severities: Severity[]): FieldVerdict[] {
  return severities.map((severity) => makeVerdict({ severity }));
}

describe('worstSeverity', () => {
  it('takes the worst of ok, notice, warning and error', () => {
    expect(worstSeverity(verdicts('ok', 'notice', 'ok'))).toBe('notice');
    expect(worstSeverity(verdicts('notice', 'error', 'warning'))).toBe('error');
  });

  it('lets a finding outweigh a field that could not be checked', () => {
    expect(worstSeverity(verdicts('unverifiable', 'error'))).toBe('error');
    expect(worstSeverity(verdicts('notice', 'unverifiable'))).toBe('notice');
  });

  it('is unverifiable when the rest is ok, so a result that could not be checked never counts as a pass', () => {
    expect(worstSeverity(verdicts('ok', 'unverifiable', 'ok'))).toBe('unverifiable');
  });

  it('is ok for all-ok and for no verdicts', () => {
    expect(worstSeverity(verdicts('ok', 'ok'))).toBe('ok');
    expect(worstSeverity([])).toBe('ok');
  });
});
