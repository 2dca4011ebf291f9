import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { renderHtmlChunks } from '../../src/report/html.js';
import { headOf } from '../../src/report/report-head.js';
import type { Random } from './invented-text.js';
import { median } from './median.js';
import { syntheticReport } from './synthetic-report.js';

/** Opening and searching the HTML report of `citations` citations in Chromium. */
export interface HtmlReportPoint {
  citations: number;
  bytes: number;
  /** From navigation start to the second frame after `load`. */
  openMs: number;
  /** Median time from a keystroke in the search box to the next painted frame. */
  searchMs: number;
}

export type HtmlReportFigure =
  | { status: 'ran'; points: HtmlReportPoint[] }
  | { status: 'skipped'; reason: string };

/** Keystrokes typed into the search box, one at a time, then cleared (the costliest: everything shows again). */
const KEYSTROKES = ['h', 'ha', 'har', 'harb', 'harbo', 'harbou', ''];

/**
 * Writes the report of each size (streamed, as the CLI writes it), opens it in Chromium through
 * playwright-core (Debian's /usr/bin/chromium, or CHROMIUM_PATH) and measures open time and search latency.
 */
export async function measureHtmlReport(
  sizes: readonly number[],
  work: string,
  random: Random,
): Promise<HtmlReportFigure> {
  let browser: Browser;
  try {
    // playwright-core is a development dependency, like the bench itself
    const { launchChromium } = await import('./chromium.js');
    browser = await launchChromium();
  } catch (error) {
    return { status: 'skipped', reason: `no Chromium: ${String(error).split('\n')[0]}` };
  }
  try {
    const points: HtmlReportPoint[] = [];
    for (const citations of sizes) {
      const report = syntheticReport(citations, random);
      const file = path.join(work, `report-${citations}.html`);
      const parts: string[] = [];
      for await (const chunk of renderHtmlChunks(headOf(report), report.articles)) parts.push(chunk);
      const html = parts.join('');
      await writeFile(file, html);
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      page.setDefaultTimeout(120_000);
      const start = performance.now();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 120_000 });
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      const openMs = performance.now() - start;
      const times: number[] = [];
      for (const term of KEYSTROKES) {
        times.push(
          await page.evaluate(async (value: string) => {
            const box = document.getElementById('search') as HTMLInputElement;
            const t0 = performance.now();
            box.value = value;
            box.dispatchEvent(new Event('input'));
            await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
            return performance.now() - t0;
          }, term as string),
        );
      }
      await page.close();
      points.push({ citations, bytes: Buffer.byteLength(html), openMs, searchMs: median(times) });
    }
    return { status: 'ran', points };
  } finally {
    await browser.close();
  }
}
