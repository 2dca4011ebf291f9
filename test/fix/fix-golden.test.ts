import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'cheerio';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeX, loadScenario } from '../../dev/fake-x/index.js';
import { formatFromName } from '../../src/extract/index.js';
import { applyEdits, planEdits, renderUnifiedDiff } from '../../src/fix/index.js';
import { verify } from '../../src/pipeline/verify-run.js';
import { renderHtml } from '../../src/report/html.js';
import type { ArticleReport, RunReport } from '../../src/run-report.js';
import { repoRoot } from '../support/run-cli.js';
import { testFetcher } from '../x/x-fetcher.js';

// Project-written articles (one per format) citing the invented posts of examples/scenario.json.
const fixtures = path.join(repoRoot, 'test', 'fix', 'fixtures');
const golden = path.join(repoRoot, 'test', 'fix', 'golden');
const FILES = ['harbor-news.html', 'route-notes.md', 'harbor-bulletin.txt', 'river-day.wiki'];

let server: ReturnType<typeof setupServer>;
const articles = new Map<string, { text: string; article: ArticleReport }>();
let report: RunReport;

beforeAll(async () => {
  const fake = createFakeX(await loadScenario(path.join(repoRoot, 'examples', 'scenario.json')));
  server = setupServer(...fake.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  report = await verify(FILES, { cwd: fixtures, fetcher: await testFetcher() });
  for (const article of report.articles) {
    articles.set(article.source, {
      text: await readFile(path.join(fixtures, article.source), 'utf8'),
      article,
    });
  }
});
afterAll(() => server?.close());

function planFor(name: string) {
  const entry = articles.get(name);
  const format = formatFromName(name);
  if (entry === undefined || format === undefined) throw new Error(`${name} was not verified`);
  const plan = planEdits({ text: entry.text, format, results: entry.article.results });
  return { ...entry, plan, fixed: applyEdits(entry.text, plan.edits) };
}

describe('citecheck fix: the diff for every format is pinned (golden files)', () => {
  it.each(FILES)('%s', async (name) => {
    const { text, fixed } = planFor(name);
    const diff = renderUnifiedDiff(name, text, fixed);
    const file = path.join(golden, `${name}.diff`);
    if (process.env.UPDATE_GOLDEN === '1') await writeFile(file, diff);
    expect(diff).toBe(await readFile(file, 'utf8'));
  });
});

describe('what each edit answers', () => {
  it('names a check for every edit and keeps everything outside the spans', () => {
    for (const name of FILES) {
      const { text, plan, fixed } = planFor(name);
      expect(plan.edits.length).toBeGreaterThan(0);
      // Undo each edit from the end: what is left must be the original, byte for byte.
      let undone = fixed;
      let shift = 0;
      const spans = plan.edits.map((e) => ({ e, at: 0 }));
      for (const span of spans) {
        span.at = span.e.start + shift;
        shift += span.e.replacement.length - (span.e.end - span.e.start);
      }
      for (const { e, at } of spans.reverse()) {
        undone = undone.slice(0, at) + e.original + undone.slice(at + e.replacement.length);
      }
      expect(undone).toBe(text);
      for (const e of plan.edits) expect(e.check).toMatch(/^(?:id-recovered|[a-z]+-[a-z-]+)$/);
    }
  });

  it('keeps CRLF line endings in a CRLF file (inserted text adds no bare LF)', () => {
    const { text, fixed } = planFor('harbor-bulletin.txt');
    expect(text).toContain('\r\n');
    expect(fixed.replace(/\r\n/g, '')).not.toContain('\n');
    expect(fixed.split('\r\n').length).toBe(text.split('\r\n').length);
  });

  it('refuses the permalink of a post found through its media link with medium confidence', () => {
    const { plan, article } = planFor('harbor-bulletin.txt');
    const dana = article.results.findIndex((r) => r.citation.handle === 'danaokafor_news');
    expect(article.results[dana]?.resolution).toMatchObject({ foundBy: 'media-link', confidence: 'medium' });
    expect(plan.edits.filter((e) => e.resultIndex === dana)).toEqual([]);
    expect(plan.refusals).toContainEqual(
      expect.objectContaining({
        resultIndex: dana,
        fix: 'add-permalink',
        reason: expect.stringMatching(/medium confidence/),
      }),
    );
  });

  it('records the planned edits on each result, for the reports to show', () => {
    const { plan, article } = planFor('river-day.wiki');
    const recorded = article.results.flatMap((r) => r.suggestedEdits ?? []);
    expect(recorded).toEqual(plan.edits.map(({ resultIndex: _, ...e }) => e));
  });

  it('the HTML report shows each suggested edit under the finding it answers', () => {
    const $ = load(renderHtml(report));
    const dateFinding = $('.verdicts li').filter(
      (_, li) => $(li).find('code.check').first().text() === 'date-mismatch',
    );
    expect(dateFinding.length).toBeGreaterThan(0);
    dateFinding.each((_, li) => {
      const edit = $(li).find('.suggested');
      expect(edit.find('del').text()).toMatch(/2 May 2025|May 2, 2025/);
      expect(edit.find('ins').text()).toMatch(/9 May 2025|May 9, 2025/);
    });
    // A recovered ID answers no verdict: its edit sits with the card's findings.
    expect($('.card .suggested').text()).toContain('answers id-recovered');
  });
});
