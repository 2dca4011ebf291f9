import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../dev/bench/chromium.js';
import { syntheticReport } from '../../dev/bench/synthetic-report.js';
import { createSeededRandom } from '../../dev/fake-x/seeded-random.js';
import { ROWS_AS_MARKUP_LIMIT, renderHtml } from '../../src/report/html.js';
import { summarizeResults } from '../../src/run/summary.js';
import { needChromium } from '../support/requirements.js';

const chromiumPath = needChromium('test/browser/large-report.test.ts');

// Past ROWS_AS_MARKUP_LIMIT fine citations, their rows travel as inert data and are built on demand.
let browser: Browser;
let dir: string;
beforeAll(async () => {
  if (chromiumPath === undefined) return;
  browser = await launchChromium(chromiumPath);
  dir = await mkdtemp(path.join(tmpdir(), 'citecheck-large-'));
});
afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const HOSTILE = '</template><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> & more';

describe.skipIf(chromiumPath === undefined)('a report with more fine citations than the markup limit', () => {
  it('counts, searches and shows every citation, builds rows on demand, and runs nothing from their text', async () => {
    const report = syntheticReport(ROWS_AS_MARKUP_LIMIT + 500, createSeededRandom(3));
    const last = report.articles.at(-1)?.results.find((r) => r.severity === 'ok');
    if (last === undefined) throw new Error('no fine citation in the last article');
    last.citation.text = HOSTILE;
    report.summary = summarizeResults(report.articles);
    const total = report.summary.citations;
    const file = path.join(dir, 'large.html');
    await writeFile(file, renderHtml(report));
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(pathToFileURL(file).href);

    expect(await page.textContent('#filter-status')).toBe(`Showing ${total} of ${total} citations`);
    const okCards = await page.locator('article.card[data-severity="ok"]').count();
    expect(okCards).toBeGreaterThan(0);
    expect(okCards).toBeLessThan(report.summary.bySeverity.ok); // only those near the screen are built

    await page.fill('#search', last.citation.statusId ?? '');
    expect(await page.textContent('#filter-status')).toBe(`Showing 1 of ${total} citations`);
    await page.locator('.article:visible').last().scrollIntoViewIfNeeded();
    const row = page.locator('article.card:visible');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('.ok-text').textContent()).toBe(HOSTILE);
    expect(await row.locator('a').getAttribute('href')).toBe(last.liveUrl);
    expect(await row.locator('time').textContent()).toMatch(/^\d{4}-\d\d-\d\dT/);

    await page.uncheck('input[data-severity-filter][value="ok"]');
    expect(await page.textContent('#filter-status')).toBe(`Showing 0 of ${total} citations`);
    await page.fill('#search', '');
    expect(await page.textContent('#filter-status')).toBe(
      `Showing ${total - report.summary.bySeverity.ok} of ${total} citations`,
    );

    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('img, script:not([src])').count()).toBe(1); // the report's own script only
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
