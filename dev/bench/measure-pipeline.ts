import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FetchStats } from '../../src/fetch/types.js';
import { type RunReport, RunReportSchema } from '../../src/run-report.js';
import type { FakeX } from '../fake-x/index.js';
import { runChild } from './run-child.js';

/** One `citecheck verify` run against the fake, seen from both sides. */
export interface PipelineRun {
  wallMs: number;
  exitCode: number | null;
  /** Requests the fake received, per effective host and endpoint. */
  sent: number;
  sentByHost: Record<string, number>;
  sentByEndpoint: Record<string, number>;
  /** Requests sent while the fake had told that host to wait (goal 0). */
  violations: number;
  /** 429 answers the fake gave. */
  rateLimited: number;
  /** Time from the first to the last request the fake received. */
  networkSpanMs: number;
  fetchStats: FetchStats;
  report: RunReport;
}

/** Settings shared by the cold and warm runs. */
export interface PipelineSetup {
  cliPath: string;
  site: string;
  fakeUrl: string;
  cacheDir: string;
  outDir: string;
  /** Requests per second per host given to citecheck with --rate. */
  rates: Record<string, number>;
  timeoutMs: number;
}

/** The `node citecheck verify …` arguments of a bench run; `cacheDir` may be a `redis://` URL. */
export function verifyArgs(setup: Omit<PipelineSetup, 'timeoutMs'>): string[] {
  return [
    setup.cliPath,
    'verify',
    setup.site,
    '--upstream',
    setup.fakeUrl,
    setup.cacheDir.startsWith('redis://') ? '--cache' : '--cache-dir',
    setup.cacheDir,
    '--out',
    setup.outDir,
    '--format',
    'json',
    '--fail-on',
    'never',
    '--no-progress',
    ...Object.entries(setup.rates).flatMap(([host, perSecond]) => ['--rate', `${host}=${perSecond}/s`]),
  ];
}

/** Runs `citecheck verify` once as a child process and reads what it reported and what the fake saw. */
export async function runPipeline(setup: PipelineSetup, fake: FakeX): Promise<PipelineRun> {
  fake.reset();
  const outcome = await runChild(process.execPath, verifyArgs(setup), { timeoutMs: setup.timeoutMs });
  if (outcome.kind === 'timed-out') throw new Error(`citecheck verify took over ${setup.timeoutMs / 1000}s`);
  if (outcome.code !== 0 && outcome.code !== 1) {
    throw new Error(`citecheck verify exited ${outcome.code}: ${outcome.stderr.trim().slice(-600)}`);
  }
  const report = RunReportSchema.parse(
    JSON.parse(await readFile(path.join(setup.outDir, 'citecheck.json'), 'utf8')),
  );
  const requests = fake.traffic.requests;
  const first = requests[0]?.at ?? 0;
  const last = requests.at(-1)?.at ?? first;
  return {
    wallMs: outcome.wallMs,
    exitCode: outcome.code,
    sent: requests.length,
    sentByHost: { ...fake.traffic.byHost },
    sentByEndpoint: { ...fake.traffic.byEndpoint },
    violations: fake.traffic.violations.length,
    rateLimited: requests.filter((request) => request.status === 429).length,
    networkSpanMs: last - first,
    fetchStats: report.fetchStats,
    report,
  };
}

/** The least time the per-host budgets allow for the requests sent: max over hosts of requests / rate. */
export function rateFloorMs(sentByHost: Record<string, number>, rates: Record<string, number>): number {
  let floor = 0;
  for (const [host, count] of Object.entries(sentByHost)) {
    const rate = rates[host];
    if (rate !== undefined && rate > 0) floor = Math.max(floor, (count / rate) * 1000);
  }
  return floor;
}
