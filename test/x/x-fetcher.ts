import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createFetcher, type FetcherOptions } from '../../src/fetch/index.js';
import type { Fetcher } from '../../src/fetch/types.js';

const open: Array<{ fetcher: Fetcher; dir: string }> = [];

/**
 * The real fetcher over a fresh temporary cache, without politeness delays or retries so a test
 * sees each answer exactly once and at once. Closed and removed after the test.
 */
export async function testFetcher(options: FetcherOptions = {}): Promise<Fetcher> {
  const dir = await mkdtemp(join(tmpdir(), 'citecheck-x-'));
  const fetcher = await createFetcher({
    cacheDir: dir,
    defaultRate: 1000,
    rates: {
      't.co': 1000,
      'cdn.syndication.twimg.com': 1000,
      'publish.x.com': 1000,
      'publish.twitter.com': 1000,
      'archive.org': 1000,
      'web.archive.org': 1000,
    },
    maxRetries: 0,
    random: () => 0,
    ...options,
  });
  open.push({ fetcher, dir });
  return fetcher;
}

afterEach(async () => {
  await Promise.all(
    open.splice(0).map(async ({ fetcher, dir }) => {
      await fetcher.close();
      await rm(dir, { recursive: true, force: true });
    }),
  );
});
