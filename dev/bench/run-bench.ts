import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { replaceFileAtomically } from '../../src/atomic-write.js';
import { FAKE_X_HOSTS } from '../fake-x/hosts.js';
import { createFakeX, type FakeX, parseScenario, startFakeXServer } from '../fake-x/index.js';
import { createSeededRandom } from '../fake-x/seeded-random.js';
import { type BenchOptions, BenchUsageError, parseBenchOptions } from './bench-options.js';
import {
  type BenchReport,
  type FigureError,
  formatBenchTable,
  type PipelineFigures,
} from './bench-report.js';
import { type Corpus, generateCorpus, writeCorpus } from './corpus.js';
import { judgeReport } from './judge-report.js';
import { measureExtraction } from './measure-extraction.js';
import { measureFleet } from './measure-fleet.js';
import { simulateNightlyRuns } from './measure-freshness.js';
import { measureHtmlReport } from './measure-html-report.js';
import {
  installPeers,
  type PeerFigure,
  type PeerResult,
  runPeer,
  writeLoopbackCorpus,
} from './measure-peers.js';
import { rateFloorMs, runPipeline } from './measure-pipeline.js';
import { measureRss } from './measure-rss.js';
import { measureStartup } from './measure-startup.js';
import { ratio } from './median.js';
import { startPeerProxy } from './peer-proxy.js';

/** Hosts the fake X serves; each gets the same budget on both sides. */
const X_HOSTS = FAKE_X_HOSTS;

/**
 * Sizes and speeds per mode. citecheck's per-host budget sits below the fake's limit, and low enough
 * that two requests in flight per host (the fetcher's default) at the fake's latency could go faster:
 * the budget, not latency, sets the pace.
 */
function settings(options: BenchOptions) {
  return options.quick
    ? {
        latencyMs: [5, 15] as [number, number],
        ratePerSecond: 20,
        fakeLimit: 25,
        extractionBudgetMs: 200,
        startupRuns: 3,
        peerTimeoutMs: 30_000,
        runTimeoutMs: 60_000,
      }
    : {
        latencyMs: [50, 150] as [number, number],
        ratePerSecond: 8,
        fakeLimit: 10,
        extractionBudgetMs: 3_000,
        startupRuns: 11,
        peerTimeoutMs: 120_000,
        runTimeoutMs: 300_000,
      };
}

async function attempt<T>(
  figure: string,
  errors: FigureError[],
  log: (line: string) => void,
  run: () => Promise<T> | T,
): Promise<T | null> {
  const start = performance.now();
  try {
    return await run();
  } catch (error) {
    errors.push({ figure, message: error instanceof Error ? error.message : String(error) });
    return null;
  } finally {
    log(`${figure}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
}

function statusPageFor(corpus: Corpus) {
  const byId = new Map(corpus.posts.map((post) => [post.post.id, post]));
  return (id: string) => {
    const post = byId.get(id);
    return post === undefined
      ? ('unknown' as const)
      : post.truth === 'deleted'
        ? ('gone' as const)
        : ('available' as const);
  };
}

async function measurePipeline(
  options: BenchOptions,
  corpus: Corpus,
  site: string,
  fake: FakeX,
  fakeUrl: string,
  work: string,
): Promise<PipelineFigures> {
  const { ratePerSecond, fakeLimit, latencyMs, runTimeoutMs } = settings(options);
  const rates = Object.fromEntries(X_HOSTS.map((host) => [host, ratePerSecond]));
  const setup = {
    cliPath: options.cliPath,
    site,
    fakeUrl,
    cacheDir: path.join(work, 'cache'),
    rates,
    timeoutMs: runTimeoutMs,
  };
  const cold = await runPipeline({ ...setup, outDir: path.join(work, 'out-cold') }, fake);
  const warm = await runPipeline({ ...setup, outDir: path.join(work, 'out-warm') }, fake);
  const floorMs = rateFloorMs(cold.sentByHost, rates);
  return {
    requests: {
      sent: cold.sent,
      minimum: corpus.minimum.total,
      ratio: ratio(cold.sent, corpus.minimum.total),
      minimumLookups: corpus.minimum.lookups,
      minimumShortLinks: corpus.minimum.shortLinks,
      unavailablePosts: corpus.minimum.unavailablePosts,
      sentByEndpoint: cold.sentByEndpoint,
    },
    rateFloor: {
      wallMs: cold.wallMs,
      networkSpanMs: cold.networkSpanMs,
      floorMs,
      ratio: ratio(cold.wallMs, floorMs),
      violations: cold.violations + warm.violations,
      rateLimited: cold.rateLimited,
      rates,
      fakeLimitPerSecond: fakeLimit,
      latencyMs,
    },
    warm: { sent: warm.sent, wallMs: warm.wallMs, ratioToCold: ratio(warm.wallMs, cold.wallMs) },
    accuracy: judgeReport(cold.report, corpus.posts, corpus.minimum.citations),
  };
}

async function measurePeers(
  options: BenchOptions,
  corpus: Corpus,
  fake: FakeX,
  fakeUrl: string,
  work: string,
): Promise<PeerFigure> {
  const installed = await installPeers(180_000);
  if (!installed.ok) return { status: 'skipped', reason: installed.reason };
  const proxy = await startPeerProxy(fakeUrl, statusPageFor(corpus));
  try {
    const dir = path.join(work, 'loopback-site');
    const texts = await writeLoopbackCorpus(corpus.articles, proxy, dir);
    const filesFor = (kinds: string[]) =>
      corpus.articles.filter((a) => kinds.includes(a.kind)).map((a) => a.file);
    const results: PeerResult[] = [];
    // Each tool gets the files it reads: linkinator HTML and Markdown, markdown-link-check Markdown.
    for (const [tool, kinds] of [
      ['linkinator', ['html', 'md']],
      ['markdown-link-check', ['md', 'mdx']],
    ] as const) {
      const context = { prefix: installed.prefix, dir, files: filesFor([...kinds]), texts };
      results.push(await runPeer(tool, context, fake, proxy, corpus.posts, settings(options).peerTimeoutMs));
    }
    return {
      status: 'ran',
      installMs: installed.ms,
      versions: await peerVersions(installed.prefix),
      results,
    };
  } finally {
    await proxy.close();
    await rm(installed.prefix, { recursive: true, force: true });
  }
}

async function peerVersions(prefix: string): Promise<Record<string, string>> {
  const versions: Record<string, string> = {};
  for (const tool of ['linkinator', 'markdown-link-check']) {
    const manifest = path.join(prefix, 'node_modules', tool, 'package.json');
    versions[tool] =
      (JSON.parse(await readFile(manifest, 'utf8')) as { version?: string }).version ?? 'unknown';
  }
  return versions;
}

/** Runs every figure (a failing one is recorded, the rest still run) and returns the report. */
export async function runBench(
  options: BenchOptions,
  log: (line: string) => void = () => {},
): Promise<BenchReport> {
  const started = performance.now();
  const errors: FigureError[] = [];
  const work = await mkdtemp(path.join(tmpdir(), 'citecheck-bench-'));
  const corpus = generateCorpus({ articles: options.articles, seed: options.seed });
  const site = await writeCorpus(corpus, work);
  const { latencyMs, fakeLimit, extractionBudgetMs, startupRuns, runTimeoutMs } = settings(options);
  const fake = createFakeX(parseScenario(corpus.scenario), {
    latencyMs,
    rateLimits: Object.fromEntries(X_HOSTS.map((host) => [host, { limit: fakeLimit, windowMs: 1000 }])),
  });
  const server = await startFakeXServer(fake, { port: 0 });
  let report: BenchReport;
  try {
    const startup = await attempt('6 start-up', errors, log, () =>
      measureStartup(options.cliPath, startupRuns),
    );
    const extraction = await attempt('4 extraction', errors, log, () =>
      measureExtraction(corpus.articles, extractionBudgetMs),
    );
    const pipeline = await attempt('1-3 pipeline', errors, log, () =>
      measurePipeline(options, corpus, site, fake, server.url, work),
    );
    const rss = await attempt('4 peak RSS', errors, log, () =>
      measureRss(options.rssArticles, options.cliPath, options.seed, runTimeoutMs),
    );
    const { ratePerSecond } = settings(options);
    const freshness = await attempt('7 nightly sweeps', errors, log, () =>
      simulateNightlyRuns(options.quick ? 10_000 : 100_000, createSeededRandom(options.seed)),
    );
    const fleet = options.quick
      ? null
      : await attempt('8 fleet', errors, log, () =>
          measureFleet(
            {
              cliPath: options.cliPath,
              site,
              fakeUrl: server.url,
              rates: Object.fromEntries(X_HOSTS.map((host) => [host, ratePerSecond])),
              work,
              timeoutMs: runTimeoutMs,
            },
            fake,
          ),
        );
    const htmlReport = options.quick
      ? null
      : await attempt('9 HTML report', errors, log, () =>
          measureHtmlReport([1_000, 50_000], work, createSeededRandom(options.seed)),
        );
    const peers: PeerFigure | null = options.skipPeers
      ? { status: 'skipped', reason: '--skip-peers' }
      : await attempt('5 peers', errors, log, () => measurePeers(options, corpus, fake, server.url, work));
    report = {
      schemaVersion: 1,
      generatedAt: new Date().toISOString(),
      machine: { node: process.version, platform: process.platform, cpus: cpus().length },
      options: {
        articles: options.articles,
        rssArticles: options.rssArticles,
        quick: options.quick,
        skipPeers: options.skipPeers,
        seed: options.seed,
      },
      corpus: {
        articles: corpus.articles.length,
        bytes: corpus.bytes,
        citations: corpus.minimum.citations,
        distinctPosts: corpus.minimum.lookups,
        shortLinks: corpus.minimum.shortLinks,
      },
      pipeline,
      extraction,
      rss,
      peers,
      startup,
      freshness,
      fleet,
      htmlReport,
      errors,
      totalMs: performance.now() - started,
    };
  } finally {
    await server.close();
    await rm(work, { recursive: true, force: true });
  }
  await replaceFileAtomically(options.out, `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

async function main(): Promise<void> {
  // dist-dev/dev/bench/run-bench.js → the repo root is three levels up.
  const root = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));
  let options: BenchOptions;
  try {
    options = parseBenchOptions(process.argv.slice(2), {
      cliPath: path.join(root, 'dist', 'cli', 'main.js'),
      out: path.join(root, 'reports', 'bench.json'),
    });
  } catch (error) {
    if (!(error instanceof BenchUsageError)) throw error;
    console.error(`bench: ${error.message}`);
    process.exitCode = 2;
    return;
  }
  const report = await runBench(options, (line) => console.error(line));
  console.log(formatBenchTable(report));
  console.log(`\nwritten: ${options.out}`);
  if (report.errors.length > 0) process.exitCode = 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
