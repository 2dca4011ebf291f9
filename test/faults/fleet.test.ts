import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_X_HOSTS } from '../../dev/fake-x/hosts.js';
import type { FaultRule } from '../../dev/fake-x/index.js';
import { type ExampleFakeX, startExampleFakeX } from '../support/example-fake-x.js';
import { type RedisServer, startRedisServer } from '../support/redis-server.js';
import { readOutputDir } from '../support/report-files.js';
import { needRedisServer } from '../support/requirements.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';

// Four processes sharing one Redis must be as polite as one client: one request per distinct URL, the
// per-host rate shared (the fake's limit is the rate of ONE client), and a Retry-After told to one process
// obeyed by all.
const PROCESSES = 4;
const FLEET_RATE = 8; // requests per second per host, for the whole fleet
const redisBinary = needRedisServer('test/faults/fleet.test.ts');

describe.skipIf(redisBinary === undefined)('a fleet of 4 processes sharing one Redis', () => {
  let redis: RedisServer | undefined;
  let example: ExampleFakeX;
  beforeAll(async () => {
    redis = await startRedisServer(redisBinary as string);
    example = await startExampleFakeX();
  });
  afterAll(() => {
    redis?.stop();
    example?.server.close();
  });

  /** Starts the fleet at once on the example articles; `limit` is what the fake allows per host per second. */
  async function runFleet(cache: string, faults: FaultRule[] = []) {
    example.fake.reset();
    // The fake's limit is the budget of ONE client: a fleet that multiplied it would draw 429s
    const rateLimits = Object.fromEntries(
      FAKE_X_HOSTS.map((host) => [host, { limit: FLEET_RATE + 2, windowMs: 1000 }]),
    );
    example.fake.setOptions({ rateLimits, faults });
    const work = await tempDir();
    const rates = FAKE_X_HOSTS.flatMap((host) => ['--rate', `${host}=${FLEET_RATE}/s`]);
    const runs = await Promise.all(
      Array.from({ length: PROCESSES }, (_, i) =>
        runCli(example.verifyArgs(cache, join(work, `out-${i}`), rates), { cwd: work }),
      ),
    );
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1); // the example articles hold findings
    }
    for (let i = 0; i < PROCESSES; i++)
      expect((await readOutputDir(join(work, `out-${i}`))).reports.size).toBe(4);
    const traffic = example.fake.traffic;
    return {
      requests: traffic.requests.length,
      distinct: new Set(traffic.requests.map((r) => `${r.host}${r.path}?${r.query}`)).size,
      limited: traffic.requests.filter((r) => r.status === 429).length,
      violations: traffic.violations.length,
    };
  }

  it('sends one request per distinct URL and never exceeds the rate of one client', async () => {
    const shared = await runFleet(redis?.url ?? '');
    expect(shared.limited).toBe(0);
    expect(shared.violations).toBe(0);
    expect(shared.requests).toBe(shared.distinct);
    expect(shared.distinct).toBeGreaterThan(20);
  }, 60_000);

  it('obeys a Retry-After told to any one process in every process', async () => {
    // The first lookup is answered 429 with Retry-After: 2; a cold cache (database 1 of the same server)
    const tooMany: FaultRule = {
      host: 'cdn.syndication.twimg.com',
      fault: { kind: 'status', status: 429, retryAfterSeconds: 2 },
      first: 1,
    };
    const shared = await runFleet(`${redis?.url}/1`, [tooMany]);
    expect(shared.limited).toBe(1);
    expect(shared.violations).toBe(0);
    // the refused URL was asked again once the wait was over, by one process
    expect(shared.requests).toBe(shared.distinct + 1);
  }, 60_000);
});
