import { describe, expect, it } from 'vitest';
import { type ReportFormat, renderReport, renderReportChunks } from '../../src/report/index.js';
import { headOf } from '../../src/report/report-head.js';
import { applyBaseline } from '../../src/run/baseline.js';
import { ReportError } from '../../src/run/report-error.js';
import type { ArticleReport, RunReport } from '../../src/run-report.js';
import { demoReport, makeCitation, makeReport, makeResult, makeVerdict } from './fixture-report.js';
import { hostileReport } from './hostile-report.js';

const FORMATS: readonly ReportFormat[] = ['html', 'json', 'junit', 'md'];

/** Articles as a spool file gives them: one at a time, asynchronously. */
async function* oneByOne(articles: readonly ArticleReport[]): AsyncGenerator<ArticleReport> {
  for (const article of articles) {
    await Promise.resolve();
    yield article;
  }
}

async function renderChunked(report: RunReport, format: ReportFormat): Promise<string[]> {
  const chunks: string[] = [];
  for await (const chunk of renderReportChunks(headOf(report), oneByOne(report.articles), format)) {
    chunks.push(chunk);
  }
  return chunks;
}

/** Enough articles with findings that the Markdown report has to leave sections out. */
function manyFindingsReport(): RunReport {
  const articles = Array.from({ length: 400 }, (_, i) => ({
    source: `content/post-${i}.md`,
    errors: [],
    results: [
      makeResult({
        citation: makeCitation({ statusId: String(1764321098765432101n + BigInt(i)) }),
        verdicts: [
          makeVerdict({ check: 'text-typographic', message: `Reworded ${i}.` }),
          makeVerdict({ check: 'status-deleted', message: `Deleted ${i}.   ` }),
        ],
      }),
    ],
  }));
  return makeReport(articles);
}

function withBaseline(): RunReport {
  const current = demoReport();
  const previous = manyFindingsReport();
  return applyBaseline(
    current,
    { ...previous, articles: [...previous.articles, ...current.articles.slice(1)] },
    'base.json',
  );
}

const REPORTS: Record<string, () => RunReport> = {
  'the demo run': demoReport,
  'a run of hostile strings': hostileReport,
  'a run with no articles': () => makeReport([]),
  'a run compared with a baseline': withBaseline,
  'a run too long for one Markdown comment': manyFindingsReport,
};

/** The text, or the error (the hostile run's invented date breaks the JSON schema on purpose). */
function outcome(render: () => string): { text: string } | { error: string } {
  try {
    return { text: render() };
  } catch (error) {
    return { error: String(error) };
  }
}

describe('chunked renderers', () => {
  it('are tested on a run whose Markdown report leaves sections out', () => {
    expect(renderReport(manyFindingsReport(), 'md')).toMatch(/more sections left out to fit a comment/);
  });

  for (const format of FORMATS) {
    for (const [name, make] of Object.entries(REPORTS)) {
      it(`render ${name} as ${format} byte for byte like the whole-string renderer`, async () => {
        const report = make();
        const whole = outcome(() => renderReport(report, format));
        const chunked = await renderChunked(report, format).then(
          (chunks) => ({ text: chunks.join('') }),
          (error: unknown) => ({ error: String(error) }),
        );
        expect(chunked).toEqual(whole);
      });
    }
  }

  it('emit each article as its own chunk, so no chunk holds the whole run', async () => {
    const report = manyFindingsReport();
    const chunks = await renderChunked(report, 'html');
    expect(chunks.length).toBe(report.articles.length + 2);
    const longest = Math.max(...chunks.map((c) => c.length));
    expect(longest).toBeLessThan(chunks.join('').length / 10);
  });

  it('reject an article that breaks the schema with the same ReportError the whole JSON renderer throws', async () => {
    const report = demoReport();
    const broken = structuredClone(report) as unknown as { articles: { results: { severity: string }[] }[] };
    const target = broken.articles[1]?.results[0];
    if (target === undefined) throw new Error('demo report changed: article 1 has no result');
    target.severity = 'catastrophic';
    const invalid = broken as unknown as RunReport;
    const whole = outcome(() => renderReport(invalid, 'json'));
    const chunked = await renderChunked(invalid, 'json').catch((error: unknown) => error);
    expect(chunked).toBeInstanceOf(ReportError);
    expect(whole).toEqual({ error: String(chunked) });
    expect((chunked as ReportError).message).toMatch(/^report: articles\.1\.results\.0\.severity: /);
  });
});
