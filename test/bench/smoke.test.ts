import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchReport } from '../../dev/bench/bench-report.js';

const root = path.resolve(import.meta.dirname, '../..');
const script = path.join(root, 'dist-dev', 'dev', 'bench', 'run-bench.js');

describe('npm run bench --quick', () => {
  let dir: string;
  let stdout: string;
  let report: BenchReport;

  beforeAll(async () => {
    // npm test builds before vitest; run alone, build first (npm run build && npm run build:dev).
    if (!existsSync(script)) throw new Error(`${script} is missing: run npm run build:dev first`);
    dir = await mkdtemp(path.join(tmpdir(), 'bench-smoke-'));
    const out = path.join(dir, 'bench.json');
    const result = await promisify(execFile)(
      process.execPath,
      [script, '--quick', '--skip-peers', '--out', out],
      {
        cwd: root,
        timeout: 90_000,
      },
    ).catch((error: { stdout?: string; stderr?: string; message: string }) => {
      throw new Error(`bench failed: ${error.message}\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
    });
    stdout = result.stdout;
    report = JSON.parse(await readFile(out, 'utf8')) as BenchReport;
  }, 100_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('measures every figure without errors and prints them as a table', () => {
    expect(report.errors).toEqual([]);
    for (const label of [
      '1 requests, cold cache',
      '2 wall time, cold',
      '3 warm re-run',
      '4 extraction',
      '6 start-up',
    ]) {
      expect(stdout).toContain(label);
    }
    expect(report.peers).toEqual({ status: 'skipped', reason: '--skip-peers' });
  });

  it('sends at least the minimum number of requests on a cold cache, and none while told to wait', () => {
    const pipeline = report.pipeline;
    expect(pipeline).not.toBeNull();
    expect(pipeline?.requests.minimum).toBeGreaterThan(0);
    expect(pipeline?.requests.sent).toBeGreaterThanOrEqual(
      pipeline?.requests.minimum ?? Number.POSITIVE_INFINITY,
    );
    expect(pipeline?.rateFloor.violations).toBe(0);
    expect(pipeline?.rateFloor.floorMs).toBeGreaterThan(0);
  });

  it('sends no request at all on a warm re-run', () => {
    expect(report.pipeline?.warm.sent).toBe(0);
  });

  it('reports extraction throughput next to cheerio and finds the placed citations', () => {
    const extraction = report.extraction;
    expect(extraction?.extractMBps).toBeGreaterThan(0);
    expect(extraction?.cheerioMBps).toBeGreaterThan(0);
    expect(extraction?.citationsFound).toBeGreaterThanOrEqual(
      extraction?.citationsPlaced ?? Number.POSITIVE_INFINITY,
    );
  });

  it('measures peak RSS at two sizes and the real --version start-up', async () => {
    expect(report.rss?.small.extractMaxRssMb).toBeGreaterThan(0);
    expect(report.rss?.large.articles).toBe(10 * (report.rss?.small.articles ?? 0));
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(report.startup?.version).toContain(pkg.version);
  });
});
