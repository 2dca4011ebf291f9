import { describe, expect, it } from 'vitest';
import { resolveVerifySettings } from '../../src/cli/resolve-options.js';
import { unverifiableFailure } from '../../src/run/exit-policy.js';
import type { RunSummary } from '../../src/run-report.js';

function summary(citations: number, unverifiable: number): RunSummary {
  return {
    articles: 1,
    citations,
    embeds: citations,
    links: 0,
    sourceErrors: 0,
    bySeverity: { ok: citations - unverifiable, notice: 0, warning: 0, error: 0, unverifiable },
    suppressed: 0,
  };
}

describe('--max-unverifiable: a run that could not check its citations does not pass', () => {
  it('fails by default when every citation, or more than half, could not be checked, saying why', () => {
    expect(unverifiableFailure(summary(14, 14), 0.5)).toBe(
      'none of the 14 citations could be checked, more than --max-unverifiable 50%',
    );
    expect(unverifiableFailure(summary(1, 1), 0.5)).toMatch(/^none of the 1 citations/);
    expect(unverifiableFailure(summary(3, 2), 0.5)).toBe(
      '2 of 3 citations (66.7%) could not be checked, more than --max-unverifiable 50%',
    );
  });

  it('passes at or below the share, with no citations at all, and never with 100%', () => {
    expect(unverifiableFailure(summary(4, 2), 0.5)).toBeNull();
    expect(unverifiableFailure(summary(0, 0), 0)).toBeNull();
    expect(unverifiableFailure(summary(10, 10), 1)).toBeNull();
    expect(unverifiableFailure(summary(10, 1), 0)).toMatch(/^1 of 10 citations \(10%\)/);
  });

  it('reads the share as a percentage or a fraction, 50% by default', () => {
    const share = (value?: string) =>
      resolveVerifySettings({ flags: { maxUnverifiable: value }, env: {} }).maxUnverifiable;
    expect(share()).toBe(0.5);
    expect(share('25%')).toBe(0.25);
    expect(share('0.1')).toBe(0.1);
    expect(share('100%')).toBe(1);
    expect(share('0')).toBe(0);
    for (const bad of ['150%', '2', '-1', 'half', '']) {
      expect(() => share(bad), bad).toThrow(/--max-unverifiable: /);
    }
  });
});
