import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../dev/bench/chromium.js';
import { loadScenario } from '../../dev/fake-x/index.js';
import type { RunReport } from '../../src/run-report.js';
import { assertBuilt, repoRoot, runCli, verifyFlags } from '../support/e2e-cli.js';
import { type E2eHarness, startE2eHarness } from '../support/e2e-fake.js';
import { readJsonReport } from '../support/e2e-report.js';
import { needChromium } from '../support/requirements.js';
import { SCREENSHOT_DIR } from '../support/screenshots.js';

const chromiumPath = needChromium('test/browser/demo-report.test.ts');
const SCREENSHOT = path.join(SCREENSHOT_DIR, 'demo-report.png');

let harness: E2eHarness;
let browser: Browser;
let report: RunReport;
let htmlUrl: string;

beforeAll(async () => {
  if (chromiumPath === undefined) return;
  assertBuilt();
  harness = await startE2eHarness(await loadScenario(path.join(repoRoot, 'examples', 'scenario.json')));
  const out = harness.sub('out');
  const run = await runCli([
    'verify',
    path.join(repoRoot, 'examples', 'articles'),
    ...verifyFlags(harness.server.url, harness.sub('cache'), out),
    '--format',
    'html,json',
  ]);
  expect(run.code, run.stderr).toBe(1);
  report = await readJsonReport(out);
  htmlUrl = pathToFileURL(path.join(out, 'citecheck.html')).href;
  browser = await launchChromium(chromiumPath);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await harness?.close();
});

describe.skipIf(chromiumPath === undefined)("the demo's HTML report in Chromium", () => {
  it('shows the same counts as the JSON report, one card per citation', async () => {
    const page = await browser.newPage();
    await page.goto(htmlUrl);
    const summary = report.summary;
    expect(await page.locator('[data-summary="citations"]').textContent()).toBe(String(summary.citations));
    for (const [severity, count] of Object.entries(summary.bySeverity)) {
      expect(await page.locator(`[data-severity-count="${severity}"]`).textContent()).toBe(String(count));
      expect(await page.locator(`article.card[data-severity="${severity}"]`).count()).toBe(count);
    }
    await page.close();
  });

  it('filters by severity and by search, and prints a screenshot for the CI artifact', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(htmlUrl);
    const visibleCards = () => page.locator('article.card:visible').count();
    expect(await visibleCards()).toBe(report.summary.citations);

    for (const severity of ['ok', 'notice', 'warning', 'unverifiable']) {
      await page.uncheck(`input[data-severity-filter][value="${severity}"]`);
    }
    expect(await visibleCards()).toBe(report.summary.bySeverity.error);
    expect(await page.locator('article.card:visible[data-severity="error"]').count()).toBe(
      report.summary.bySeverity.error,
    );

    for (const severity of ['ok', 'notice', 'warning', 'unverifiable']) {
      await page.check(`input[data-severity-filter][value="${severity}"]`);
    }
    await page.fill('#search', 'leobrandt');
    const deleted = report.articles
      .flatMap((article) => article.results)
      .filter((result) => JSON.stringify(result.citation).includes('leobrandt'));
    expect(deleted.length).toBeGreaterThan(0);
    expect(await visibleCards()).toBe(deleted.length);
    await expect
      .poll(() => page.locator('#filter-status').textContent())
      .toContain(`Showing ${deleted.length} of ${report.summary.citations}`);

    await page.fill('#search', '');
    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await page.close();
  });
});
