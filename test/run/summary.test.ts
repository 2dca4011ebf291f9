import { describe, expect, it } from 'vitest';
import { countFindings, summarizeResults } from '../../src/run/summary.js';
import { demoReport } from '../report/fixture-report.js';

describe('summarizeResults', () => {
  it('counts articles, citations by kind, source errors and citations by worst severity', () => {
    expect(summarizeResults(demoReport().articles)).toEqual({
      articles: 3,
      citations: 5,
      embeds: 4,
      links: 1,
      sourceErrors: 1,
      bySeverity: { ok: 1, notice: 1, warning: 1, error: 1, unverifiable: 1 },
      suppressed: 0,
    });
  });
});

describe('countFindings', () => {
  it('counts lookup outcomes and non-ok verdicts per check', () => {
    const counts = countFindings(demoReport().articles);
    expect(counts.byLookupStatus).toEqual({ available: 3, deleted: 1, unverifiable: 1 });
    expect(counts.byCheck).toEqual({
      'name-changed': { count: 1, severity: 'notice' },
      'status-deleted': { count: 1, severity: 'error' },
      'status-unverifiable': { count: 1, severity: 'unverifiable' },
      'text-edited': { count: 1, severity: 'warning' },
    });
  });
});
