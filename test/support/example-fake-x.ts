import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAKE_X_HOSTS } from '../../dev/fake-x/hosts.js';
import {
  createFakeX,
  type FakeX,
  type FakeXOptions,
  type FakeXServer,
  loadScenario,
  startFakeXServer,
} from '../../dev/fake-x/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The demo's articles: 3 articles, 16 citations, every lookup path (syndication, oEmbed, t.co, Wayback). */
export const EXAMPLE_ARTICLES = join(root, 'examples', 'articles');

/** The fake X serving examples/scenario.json on loopback. */
export interface ExampleFakeX {
  fake: FakeX;
  server: FakeXServer;
  /**
   * `verify` arguments for the example articles against this fake, fast rates, all four formats.
   * `cache` is a cache directory, or a `redis://` URL for the shared cache.
   */
  verifyArgs(cache: string, outDir: string, extra?: readonly string[]): string[];
  /** Requests the fake has answered so far. */
  requestCount(): number;
}

/** Starts the fake X for the example scenario on 127.0.0.1. */
export async function startExampleFakeX(options: FakeXOptions = {}): Promise<ExampleFakeX> {
  const fake = createFakeX(await loadScenario(join(root, 'examples', 'scenario.json')), options);
  const server = await startFakeXServer(fake);
  return {
    fake,
    server,
    verifyArgs: (cache, outDir, extra = []) => [
      'verify',
      EXAMPLE_ARTICLES,
      '--upstream',
      server.url,
      cache.startsWith('redis://') ? '--cache' : '--cache-dir',
      cache,
      '--out',
      outDir,
      '--format',
      'html,json,junit,md',
      '--no-progress',
      // Politeness is tested elsewhere; here it would only make every run slow.
      ...FAKE_X_HOSTS.flatMap((host) => ['--rate', `${host}=200/s`]),
      ...extra,
    ],
    requestCount: () => fake.traffic.requests.length,
  };
}

/** Number of entries in a file cache directory (`ab/cd/<sha256>.json`). */
export async function countCacheEntries(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return entries.filter((name) => /[0-9a-f]{64}\.json$/.test(name)).length;
}
