import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { FakeX } from '../fake-x/index.js';
import { rateFloorMs, verifyArgs } from './measure-pipeline.js';
import { findRedisServer, startRedisServer } from './redis-server.js';
import { runChild } from './run-child.js';

/** N processes verifying the same site at once, sharing one Redis. */
export type FleetFigure =
  | {
      status: 'ran';
      processes: number;
      sent: number;
      distinctUrls: number;
      wallMs: number;
      floorMs: number;
      rateLimited: number;
      violations: number;
    }
  | { status: 'skipped'; reason: string };

/**
 * Starts `processes` cold `citecheck verify` runs of the whole site at once on one fresh Redis, against
 * the fake X whose per-host limit is that of ONE client, and reads what the fake saw.
 */
export async function measureFleet(
  setup: {
    cliPath: string;
    site: string;
    fakeUrl: string;
    rates: Record<string, number>;
    work: string;
    timeoutMs: number;
  },
  fake: FakeX,
  processes = 4,
): Promise<FleetFigure> {
  const binary = findRedisServer();
  if (binary === undefined) return { status: 'skipped', reason: 'no redis-server on PATH' };
  const redis = await startRedisServer(binary);
  try {
    fake.reset();
    const args = (i: number) =>
      verifyArgs({ ...setup, cacheDir: redis.url, outDir: path.join(setup.work, `fleet-${i}`) });
    const start = performance.now();
    const outcomes = await Promise.all(
      Array.from({ length: processes }, (_, i) =>
        runChild(process.execPath, args(i), { timeoutMs: setup.timeoutMs }),
      ),
    );
    const wallMs = performance.now() - start;
    for (const outcome of outcomes) {
      if (outcome.kind === 'timed-out') throw new Error('a fleet process timed out');
      if (outcome.code !== 0)
        throw new Error(`a fleet process exited ${outcome.code}: ${outcome.stderr.slice(-400)}`);
    }
    const requests = fake.traffic.requests;
    return {
      status: 'ran',
      processes,
      sent: requests.length,
      distinctUrls: new Set(requests.map((r) => `${r.host}${r.path}?${r.query}`)).size,
      wallMs,
      floorMs: rateFloorMs({ ...fake.traffic.byHost }, setup.rates),
      rateLimited: requests.filter((r) => r.status === 429).length,
      violations: fake.traffic.violations.length,
    };
  } finally {
    redis.stop();
  }
}
