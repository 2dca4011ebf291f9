import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS, renderGithubAnnotations, renderReport } from '../../src/report/index.js';
import { summarizeResults } from '../../src/run/summary.js';
import type { ArticleReport } from '../../src/run-report.js';
import { makeCitation, makeReport, makeResult, makeVerdict } from './fixture-report.js';

const REASON = 'the article is about this deletion';
const WHERE = 'citecheck.config.json: ignore[0]';

function article(): ArticleReport {
  return {
    source: 'news/ferry.md',
    errors: [],
    results: [
      makeResult({
        citation: makeCitation({ statusId: '1764321098765432101' }),
        verdicts: [
          makeVerdict({
            field: 'status',
            check: 'status-deleted',
            severity: 'error',
            message: 'The post has been deleted.',
            suppressed: { kind: 'config', reason: REASON, where: WHERE },
          }),
        ],
      }),
    ],
  };
}

function report() {
  // A covered finding leaves the citation at ok, as the exception set recomputes it.
  const covered = article();
  const first = covered.results[0];
  if (first) first.severity = 'ok';
  return makeReport([covered], {
    exceptions: [
      {
        kind: 'expired',
        where: 'citecheck.config.json: ignore[1]',
        message: 'expired on 2026-01-31: no longer applies (until the fix)',
      },
    ],
  });
}

describe('suppressed findings are listed in every format, never dropped', () => {
  it('counts them apart from the severities', () => {
    expect(summarizeResults(report().articles)).toMatchObject({
      bySeverity: { ok: 1, error: 0 },
      suppressed: 1,
    });
  });

  it.each(REPORT_FORMATS)(
    '%s names the finding, the reason, where the exception lives, and the problem exceptions',
    (format) => {
      const text = renderReport(report(), format);
      // Markdown escapes punctuation, JSON and XML quote: compare on the words.
      const plain = text.replace(/\\(.)/g, '$1').replace(/&#39;|&apos;/g, "'");
      expect(plain).toContain('status-deleted');
      expect(plain).toContain(REASON);
      expect(plain).toContain(WHERE);
      expect(plain).toContain('expired on 2026-01-31: no longer applies (until the fix)');
    },
  );

  it('the Markdown lists it as suppressed, not among the errors', () => {
    const md = renderReport(report(), 'md');
    expect(md).toContain('| 🔕 Suppressed findings | 1 |');
    expect(md).toMatch(/<summary>🔕 1 suppressed finding<\/summary>\n\n- 🔕 \*\*error\*\* status\\-deleted/);
    expect(md).not.toMatch(/^- ❌/m);
  });

  it('JUnit does not fail the covered citation', () => {
    const xml = renderReport(report(), 'junit');
    expect(xml).not.toContain('<failure');
    expect(xml).toContain('<testsuite name="citecheck exceptions"');
  });

  it('GitHub annotations leave it out', () => {
    expect(renderGithubAnnotations(report())).toBe('');
  });
});
