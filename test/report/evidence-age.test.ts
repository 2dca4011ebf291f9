import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { demoReport } from './fixture-report.js';

// A cached answer keeps the time it was fetched; every report format says when, so nothing old reads as new.
describe('every report states when the evidence of a finding was fetched', () => {
  const report = demoReport();
  const withFinding = report.articles
    .flatMap((a) => a.results)
    .find((r) => r.severity === 'warning' && r.lookup !== null && 'fetchedAt' in r.lookup);
  const fetchedAt =
    withFinding?.lookup !== null && withFinding?.lookup !== undefined && 'fetchedAt' in withFinding.lookup
      ? withFinding.lookup.fetchedAt
      : '';

  it('in Markdown, JUnit and HTML', () => {
    expect(fetchedAt).not.toBe('');
    // (Markdown escapes punctuation with backslashes)
    expect(renderMarkdown(report).replaceAll('\\', '')).toContain(`evidence fetched ${fetchedAt}`);
    expect(renderJunit(report)).toContain(`evidence fetched ${fetchedAt}`);
    expect(renderHtml(report)).toContain(fetchedAt);
  });
});
