import path from 'node:path';
import { createExceptionSet } from '../../exceptions/index.js';
import {
  buildUserAgent,
  createFetcher,
  type Fetcher,
  type FetcherOptions,
  isFetchError,
} from '../../fetch/index.js';
import { RequestBudget } from '../../fetch/request-budget.js';
import { resolveInputs } from '../../inputs/index.js';
import { verifyEach } from '../../pipeline/verify-run.js';
import { createExitCodeTracker } from '../../run/index.js';
import { createArchiveSaver } from '../../save-archive.js';
import { createArticleSpool } from '../article-spool.js';
import { changedFilesSince } from '../changed-since.js';
import { loadConfig } from '../config-file.js';
import { UsageError } from '../exit-code.js';
import type { FetchSettings, VerifySettings } from '../options.js';
import { createProgress } from '../progress.js';
import { readReportFile } from '../read-report-file.js';
import { resolveVerifySettings } from '../resolve-options.js';
import { createSaveTally, spnCredentials } from '../save-tally.js';
import { selectShard } from '../shard.js';
import { removeStaleFiles } from '../stale-files.js';
import { unverifiableExitCode } from '../unverifiable-policy.js';
import { readVersion } from '../version.js';
import { printRunSummary, writeReportStreams } from './write-reports.js';

/** `citecheck verify`: the whole job. Returns the exit code. */
export async function runVerify(
  specs: string[],
  flags: Record<string, unknown>,
  configPath: string | undefined,
): Promise<number> {
  const cwd = process.cwd();
  const config = await loadConfig(configPath, cwd);
  const options = resolveVerifySettings({ flags, config, env: process.env });
  const exceptions = createExceptionSet({
    entries: config?.ignore ?? [],
    configFile: config?.file ?? '',
    today: new Date().toISOString().slice(0, 10),
  });
  const outDir = path.resolve(cwd, options.out);
  const cacheDir = path.resolve(cwd, options.cacheDir);
  // The run's own reports and cache are never articles (`verify .` would read its last report back).
  const exclude = [outDir, cacheDir];
  const inputs = await selectInputs(specs, options, cwd, exclude);
  // Everything that can fail on bad input is read before the fetcher opens a connection (a Redis client
  // left open would keep the process alive after the error).
  const baseline =
    options.baseline === undefined
      ? undefined
      : await readReportFile(options.baseline, `--baseline ${options.baseline}`);
  const requestBudget =
    options.maxRequests === undefined ? undefined : new RequestBudget(options.maxRequests);
  const fetcher = await openFetcher({
    ...buildFetcherOptions(options, cwd),
    ...(requestBudget === undefined ? {} : { requestBudget }),
  });
  const progress = createProgress(process.stderr, options.progress);
  // What killed runs left in the output folder goes before this run adds its own.
  await removeStaleFiles(outDir);
  // Articles wait in the spool until the run's totals (which every report starts with) are known.
  const spool = createArticleSpool(outDir);
  const saves = createSaveTally();
  const exitCode = createExitCodeTracker(
    options.failOn,
    baseline === undefined ? { kind: 'all-findings' } : { kind: 'new-findings', report: baseline },
  );
  try {
    const head = await verifyEach(
      inputs,
      {
        cwd,
        stdin: process.stdin,
        exclude,
        fetcher,
        ...(requestBudget === undefined ? {} : { requestBudget }),
        archive: options.archive,
        exceptions,
        ...(options.saveArchive ? { saver: createArchiveSaver(fetcher, spnCredentials(process.env)) } : {}),
        onResult: () => progress.tick(),
        version: readVersion(),
        describeOptions: describeOptions(options, config?.file),
        shard: options.shard === undefined ? null : `${options.shard.index}/${options.shard.total}`,
        ...(baseline === undefined || options.baseline === undefined
          ? {}
          : { baseline: { report: baseline, path: options.baseline } }),
      },
      async (article) => {
        exitCode.add(article);
        saves.add(article);
        await spool.append(article);
      },
    );
    progress.done();
    await spool.close();
    const written = await writeReportStreams(head, () => spool.read(), options.format, outDir);
    await printRunSummary(head, () => spool.read(), written, { verbose: options.verbose });
    if (options.saveArchive) console.error(saves.summary());
    return Math.max(exitCode.result(), unverifiableExitCode(head.summary, options.maxUnverifiable));
  } finally {
    progress.done();
    await spool.remove();
    await fetcher.close();
  }
}

async function selectInputs(
  specs: string[],
  options: VerifySettings,
  cwd: string,
  exclude: readonly string[],
): Promise<string[]> {
  if (options.changedSince === undefined && options.shard === undefined) return specs;
  const entries = await resolveInputs(specs, { cwd, exclude });
  const changed =
    options.changedSince === undefined ? undefined : await changedFilesSince(options.changedSince, cwd);
  // Relative names keep the shard assignment (a hash of the name) the same on every CI machine, whatever
  // directory the repository was cloned into, and match the sources' names in the report.
  let files = entries.flatMap((entry) =>
    entry.kind === 'file' && (changed === undefined || changed.has(entry.path))
      ? [path.relative(cwd, entry.path) || '.']
      : entry.kind === 'url'
        ? [entry.url]
        : [],
  );
  if (options.shard !== undefined) files = selectShard(files, options.shard, (input) => input);
  // A spec that matched nothing stays in every shard, so readInputs reports it and the run fails: a
  // mistyped path must not pass a sharded or pull-request job. stdin is read by the first shard only.
  const missing = entries.flatMap((entry) => (entry.kind === 'missing' ? [entry.spec] : []));
  const stdin = entries.some((entry) => entry.kind === 'stdin') && (options.shard?.index ?? 1) === 1;
  return [...(stdin ? ['-'] : []), ...files, ...missing];
}

/** The options a reader of the report needs to interpret it; never secrets (a Redis URL may hold a password). */
function describeOptions(options: VerifySettings, configFile: string | undefined): Record<string, unknown> {
  return {
    config: configFile ?? null,
    formats: options.format,
    offline: options.offline,
    refresh: options.refresh,
    failOn: options.failOn,
    maxUnverifiable: options.maxUnverifiable,
    concurrency: options.concurrency,
    rates: Object.fromEntries(options.rate),
    maxRequests: options.maxRequests ?? null,
    cache: options.cache === undefined ? 'dir' : 'redis',
    archive: options.archive,
    maxDurationMs: options.maxDuration ?? null,
    saveArchive: options.saveArchive,
    baseline: options.baseline ?? null,
    changedSince: options.changedSince ?? null,
    upstream: options.upstream ?? null,
  };
}

/** The fetcher's configuration from the command's options (shared by verify and fix). */
export function buildFetcherOptions(options: FetchSettings, cwd: string): FetcherOptions {
  return {
    cacheDir: path.resolve(cwd, options.cacheDir),
    ...(options.cache === undefined ? {} : { cacheUrl: options.cache }),
    offline: options.offline,
    refresh: options.refresh,
    concurrency: options.concurrency,
    rates: Object.fromEntries(options.rate),
    userAgent: buildUserAgent(readVersion()),
    ...(options.upstream === undefined ? {} : { upstream: options.upstream }),
    ...(options.maxDuration === undefined ? {} : { maxDurationMs: options.maxDuration }),
    // The fetcher's decisions that change what the run can check (the report gives each citation's reason)
    onEvent: (event) => {
      if (event.kind === 'cache-down' || event.kind === 'host-given-up' || event.kind === 'run-limit')
        console.error(`citecheck: ${event.message}`);
    },
  };
}

/** The fetcher, or a UsageError when its configuration cannot work (an unreachable --cache Redis). */
async function openFetcher(fetcherOptions: FetcherOptions): Promise<Fetcher> {
  try {
    return await createFetcher(fetcherOptions);
  } catch (error) {
    if (isFetchError(error)) throw new UsageError(`cannot open the cache: ${error.message}`);
    throw error;
  }
}
