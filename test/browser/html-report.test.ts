import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../dev/bench/chromium.js';
import { renderHtml } from '../../src/report/html.js';
import type { RunReport } from '../../src/run-report.js';
import { demoReport } from '../report/fixture-report.js';
import { hostileReport } from '../report/hostile-report.js';
import { needChromium } from '../support/requirements.js';
import { SCREENSHOT_DIR } from '../support/screenshots.js';

const chromiumPath = needChromium('test/browser/html-report.test.ts');

let browser: Browser;
let dir: string;

beforeAll(async () => {
  if (chromiumPath === undefined) return;
  browser = await launchChromium(chromiumPath);
  dir = await mkdtemp(path.join(tmpdir(), 'citecheck-html-'));
});

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  offFileRequests: string[];
  dialogs: string[];
  consoleProblems: string[];
  close: () => Promise<void>;
}

async function open(
  report: RunReport,
  name: string,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Opened> {
  const file = path.join(dir, `${name}.html`);
  await writeFile(file, renderHtml(report));
  const context = await browser.newContext({ colorScheme, viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(3000);
  const offFileRequests: string[] = [];
  const dialogs: string[] = [];
  const consoleProblems: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('file://')) offFileRequests.push(request.url());
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleProblems.push(message.text());
  });
  page.on('pageerror', (error) => consoleProblems.push(error.message));
  await page.goto(pathToFileURL(file).href);
  return { page, offFileRequests, dialogs, consoleProblems, close: () => context.close() };
}

describe.skipIf(chromiumPath === undefined)('the HTML report in Chromium', () => {
  it('runs nothing from hostile report content, makes no request and violates no CSP rule', async () => {
    const opened = await open(hostileReport(), 'hostile');
    const { page } = opened;
    // Exercise the script paths too: filters and search with hostile text in the haystack.
    await page.fill('#search', 'script');
    await page.click('input[value="ok"]');
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(opened.dialogs).toEqual([]);
    expect(opened.offFileRequests).toEqual([]);
    expect(opened.consoleProblems).toEqual([]);
    expect(await page.locator('img, svg, iframe').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await opened.close();
  });

  it('shows the summary counts of the report and filters cards by severity and search text', async () => {
    const report = demoReport();
    const opened = await open(report, 'demo');
    const { page } = opened;
    expect(opened.consoleProblems).toEqual([]);
    expect(await page.textContent('[data-summary="citations"]')).toBe(String(report.summary.citations));
    expect(await page.textContent('[data-summary="articles"]')).toBe(String(report.summary.articles));
    for (const [severity, count] of Object.entries(report.summary.bySeverity)) {
      expect(await page.textContent(`[data-severity-count="${severity}"]`)).toBe(String(count));
    }
    const cards = page.locator('.card');
    expect(await cards.count()).toBe(report.summary.citations);
    expect(await page.locator('.card:visible').count()).toBe(report.summary.citations);

    for (const label of ['Warning', 'Notice', 'Could not check', 'OK']) {
      await page.getByRole('checkbox', { name: new RegExp(`^${label} \\(`) }).uncheck();
    }
    const visible = page.locator('.card:visible');
    expect(await visible.count()).toBe(report.summary.bySeverity.error);
    expect(await visible.first().getAttribute('data-severity')).toBe('error');
    expect(await page.textContent('#filter-status')).toBe(
      `Showing 1 of ${report.summary.citations} citations`,
    );

    for (const box of await page.locator('input[data-severity-filter]').all()) await box.check();
    await page.fill('#search', 'cityweather');
    expect(await visible.count()).toBe(1);
    expect(await visible.first().textContent()).toContain('Expect heavy rain');
    await page.fill('#search', 'transitnews rate-limited');
    expect(await visible.count()).toBe(1);
    expect(await visible.first().getAttribute('data-severity')).toBe('unverifiable');
    expect(await page.locator('.article:visible').count()).toBe(1);
    await page.fill('#search', '');
    expect(await visible.count()).toBe(report.summary.citations);

    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'report.png'), fullPage: true });
    if (process.env.UPDATE_SCREENSHOT === '1') {
      // The README shows the top of the page: summary, filters and the first cards.
      await page.screenshot({
        path: path.resolve('docs/report-screenshot.png'),
        clip: { x: 0, y: 0, width: 1200, height: 1500 },
        fullPage: true,
      });
    }
    await opened.close();
  });

  it('renders in dark mode with the dark palette', async () => {
    const opened = await open(demoReport(), 'dark', 'dark');
    const { page } = opened;
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(21, 23, 28)');
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'report-dark.png'), fullPage: true });
    await opened.close();
  });

  it('opens every details element and hides the filters when printed', async () => {
    const opened = await open(demoReport(), 'print');
    const { page } = opened;
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('details:not([open])').count()).toBe(0);
    expect(await page.locator('#filters').isVisible()).toBe(false);
    await opened.close();
  });
});
