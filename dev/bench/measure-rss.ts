import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, writeCorpus } from './corpus.js';
import { ratio } from './median.js';
import { runChild } from './run-child.js';

/** Peak RSS of one child run at one corpus size. */
export interface RssPoint {
  articles: number;
  /** Extraction alone, streamed file by file (process.resourceUsage().maxRSS). */
  extractMaxRssMb: number;
  /** The whole `citecheck verify --offline` on a cold cache (every lookup an offline miss), via /usr/bin/time -v; null without it. */
  verifyMaxRssMb: number | null;
  verifyWallMs: number | null;
}

/** Figure 4b: peak RSS at a small and a large site; flat means the large/small ratio stays near 1. */
export interface RssFigure {
  small: RssPoint;
  large: RssPoint;
  extractGrowth: number | null;
  verifyGrowth: number | null;
  note: string;
}

const TIME = '/usr/bin/time';

async function measurePoint(
  articles: number,
  cliPath: string,
  seed: number,
  timeoutMs: number,
): Promise<RssPoint> {
  const dir = await mkdtemp(path.join(tmpdir(), 'citecheck-rss-'));
  try {
    const site = await writeCorpus(generateCorpus({ articles, seed }), dir);
    const posts = path.join(site, 'posts');
    const child = fileURLToPath(new URL('./rss-child.js', import.meta.url));
    const extract = await runChild(process.execPath, [child, posts], { timeoutMs });
    if (extract.kind !== 'exited' || extract.code !== 0) {
      throw new Error(`rss child failed (${extract.kind}, ${extract.code}): ${extract.stderr.slice(-400)}`);
    }
    const { maxRssKb } = JSON.parse(extract.stdout) as { maxRssKb: number };
    let verifyMaxRssMb: number | null = null;
    let verifyWallMs: number | null = null;
    if (existsSync(TIME)) {
      const args = [
        '-v',
        process.execPath,
        cliPath,
        'verify',
        posts,
        '--offline',
        '--no-progress',
        '--fail-on',
        'never',
      ];
      const verify = await runChild(
        TIME,
        [...args, '--cache-dir', path.join(dir, 'cache'), '--out', path.join(dir, 'out'), '--format', 'json'],
        { timeoutMs },
      );
      const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(verify.stderr)?.[1];
      if (verify.kind === 'exited' && peak !== undefined) {
        verifyMaxRssMb = Number(peak) / 1024;
        verifyWallMs = verify.wallMs;
      }
    }
    return { articles, extractMaxRssMb: maxRssKb / 1024, verifyMaxRssMb, verifyWallMs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Measures both points in fresh child processes (the bench's own heap never counts). */
export async function measureRss(
  largeArticles: number,
  cliPath: string,
  seed: number,
  timeoutMs: number,
): Promise<RssFigure> {
  const small = await measurePoint(Math.max(1, Math.round(largeArticles / 10)), cliPath, seed, timeoutMs);
  const large = await measurePoint(largeArticles, cliPath, seed, timeoutMs);
  return {
    small,
    large,
    extractGrowth: ratio(large.extractMaxRssMb, small.extractMaxRssMb),
    verifyGrowth:
      large.verifyMaxRssMb === null || small.verifyMaxRssMb === null
        ? null
        : ratio(large.verifyMaxRssMb, small.verifyMaxRssMb),
    note: existsSync(TIME) ? '' : `${TIME} not found: verify's peak RSS not measured`,
  };
}
