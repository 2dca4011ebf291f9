import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExampleFakeX, startExampleFakeX } from '../support/example-fake-x.js';
import { type RedisServer, startRedisServer } from '../support/redis-server.js';
import { readOutputDir } from '../support/report-files.js';
import { needRedisServer } from '../support/requirements.js';
import { type CliRun, runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';

// Concurrent real CLI runs sharing one cache. Single flight is per process, so N runs may each ask for a
// URL once, but never more: total requests ≤ N × the distinct URLs of one cold run. Reports stay whole.
let example: ExampleFakeX;
let distinctUrls = 0;

beforeAll(async () => {
  example = await startExampleFakeX();
  const work = await tempDir();
  const cold = await runCli(example.verifyArgs(join(work, 'cache'), join(work, 'out')), { cwd: work });
  expect(cold.code, cold.stderr).toBe(1);
  const urls = example.fake.traffic.requests.map((r) => `${r.host}${r.path}?${r.query}`);
  distinctUrls = new Set(urls).size;
  expect(urls).toHaveLength(distinctUrls);
  example.fake.reset();
}, 60_000);
afterAll(() => example.server.close());

async function runTogether(runs: number, cache: string, out: (i: number) => string, cwd: string) {
  const before = example.requestCount();
  const results: CliRun[] = await Promise.all(
    Array.from({ length: runs }, (_, i) => runCli(example.verifyArgs(cache, out(i)), { cwd })),
  );
  return { results, requests: example.requestCount() - before };
}

function expectAllSucceeded(results: readonly CliRun[]): void {
  for (const run of results) {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1); // findings in the example articles, not a failure
  }
}

describe('concurrent runs sharing one cache directory', () => {
  it.each([2, 4])(
    '%i runs all succeed, stay within runs × distinct URLs, and leave a complete cache',
    async (runs) => {
      const work = await tempDir();
      const cacheDir = join(work, 'cache');
      // Two runs write to their own directories; four write to the same one (atomic renames racing).
      const out = (i: number) => join(work, runs === 2 ? `out-${i}` : 'out');
      const together = await runTogether(runs, cacheDir, out, work);
      expectAllSucceeded(together.results);
      expect(together.requests).toBeLessThanOrEqual(runs * distinctUrls);
      for (let i = 0; i < runs; i++) {
        const listing = await readOutputDir(out(i));
        expect(listing.reports.size).toBe(4);
        expect(listing.others).toEqual([]);
      }
      const after = await runTogether(1, cacheDir, () => join(work, 'after'), work);
      expectAllSucceeded(after.results);
      expect(after.requests).toBe(0);
    },
    60_000,
  );
});

const redisBinary = needRedisServer('test/faults/concurrent-runs.test.ts (the Redis case)');

describe.skipIf(redisBinary === undefined)('concurrent runs sharing one Redis cache', () => {
  let redis: RedisServer | undefined;
  beforeAll(async () => {
    redis = await startRedisServer(redisBinary as string);
  });
  afterAll(() => redis?.stop());

  it('two runs succeed within 2 × distinct URLs, and a third sends no request', async () => {
    const work = await tempDir();
    const shared = redis?.url ?? '';
    const together = await runTogether(2, shared, (i) => join(work, `out-${i}`), work);
    expectAllSucceeded(together.results);
    expect(together.requests).toBeLessThanOrEqual(2 * distinctUrls);
    for (const i of [0, 1]) expect((await readOutputDir(join(work, `out-${i}`))).reports.size).toBe(4);
    const third = await runTogether(1, shared, () => join(work, 'out-2'), work);
    expectAllSucceeded(third.results);
    expect(third.requests).toBe(0);
  }, 60_000);
});
