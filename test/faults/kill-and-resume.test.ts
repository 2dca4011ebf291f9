import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../dev/fake-x/seeded-random.js';
import { countCacheEntries, type ExampleFakeX, startExampleFakeX } from '../support/example-fake-x.js';
import { readOutputDir } from '../support/report-files.js';
import { runCli, spawnCli, waitForExit } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';

// `kill -9` lands at seeded points of real CLI runs against the loopback fake X. After every kill the
// output directory must hold only whole reports (the previous ones or none), the cache must be readable
// (a following run succeeds), and that run must resume from what the killed run cached.
const KILLS = 5;
const SEED = 20_250_601;

let example: ExampleFakeX;
beforeAll(async () => {
  example = await startExampleFakeX();
});
afterAll(() => example.server.close());

/** Requests the fake answers while `work` runs. */
async function countRequests<T>(work: () => Promise<T>): Promise<{ value: T; requests: number }> {
  const before = example.requestCount();
  const value = await work();
  return { value, requests: example.requestCount() - before };
}

describe('verify killed with SIGKILL at random points', () => {
  it(`leaves whole reports and a usable cache, and the next run resumes (${KILLS} kills, seed ${SEED})`, async () => {
    const work = await tempDir();
    const baselineOut = join(work, 'baseline');
    const cold = await countRequests(() =>
      runCli(example.verifyArgs(join(work, 'cold-cache'), baselineOut), { cwd: work }),
    );
    expect(cold.value.code, cold.value.stderr).toBe(1); // the example articles contain findings
    // No faults, no rate limits: every request of a cold run is a distinct URL.
    const coldUrls = example.fake.traffic.requests
      .slice(-cold.requests)
      .map((r) => `${r.host}${r.path}?${r.query}`);
    expect(new Set(coldUrls).size).toBe(cold.requests);
    const baseline = await readOutputDir(baselineOut);
    expect(baseline.reports.size).toBe(4);

    const random = createSeededRandom(SEED);
    const outcomes: string[] = [];
    let lastCache = '';
    for (let kill = 0; kill < KILLS; kill++) {
      const cacheDir = join(work, `cache-${kill}`);
      const outDir = join(work, `out-${kill}`);
      await cp(baselineOut, outDir, { recursive: true });
      const child = spawnCli(example.verifyArgs(cacheDir, outDir), { cwd: work });
      const exited = waitForExit(child);
      // Even kills wait for the cache to hold a seeded number of entries; odd ones pick a time.
      const wantEntries = 1 + Math.floor(random() * (cold.requests / 2));
      const deadline = Date.now() + 15_000;
      if (kill % 2 === 0) {
        while (
          child.exitCode === null &&
          Date.now() < deadline &&
          (await countCacheEntries(cacheDir)) < wantEntries
        ) {
          await delay(5);
        }
        await delay(Math.floor(random() * 30));
      } else {
        await delay(200 + Math.floor(random() * 1_500));
      }
      const cachedAtKill = await countCacheEntries(cacheDir);
      child.kill('SIGKILL');
      const ended = await exited;
      // Let answers to the killed process's last requests land before counting the next run's.
      await delay(100);

      // Whole reports only (readOutputDir throws on a cut-short or stray report-like file): the previous
      // ones, or, for a kill during writing, some already replaced by new whole ones.
      const afterKill = await readOutputDir(outDir);
      expect([...afterKill.reports.keys()].sort()).toEqual([...baseline.reports.keys()].sort());

      const resumed = await countRequests(() => runCli(example.verifyArgs(cacheDir, outDir), { cwd: work }));
      expect(resumed.value.code, `run after kill ${kill}: ${resumed.value.stderr}`).toBe(1);
      expect(resumed.value.stderr).toBe('');
      const final = await readOutputDir(outDir);
      expect([...final.reports.keys()].sort()).toEqual([...baseline.reports.keys()].sort());
      if (cachedAtKill > 0) expect(resumed.requests).toBeLessThan(cold.requests);
      else expect(resumed.requests).toBeLessThanOrEqual(cold.requests);
      outcomes.push(
        `${ended.signal ?? `exit ${ended.code}`} with ${cachedAtKill} cached → resumed with ${resumed.requests}/${cold.requests} requests`,
      );
      lastCache = cacheDir;
    }
    // The resumed run finished the job: a further run needs no network at all.
    const warm = await countRequests(() =>
      runCli(example.verifyArgs(lastCache, join(work, 'warm')), { cwd: work }),
    );
    expect(warm.value.code).toBe(1);
    expect(warm.requests, outcomes.join('\n')).toBe(0);
    // At least one kill must have hit a run mid-way, or this test proved nothing.
    expect(
      outcomes.some((line) => line.startsWith('SIGKILL')),
      outcomes.join('\n'),
    ).toBe(true);
  }, 120_000);
});
