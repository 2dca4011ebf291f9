import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  buildUserAgent,
  createFetcher,
  type Fetcher,
  type FetcherOptions,
  isFetchError,
} from '../../fetch/index.js';
import { RequestBudget } from '../../fetch/request-budget.js';
import { resolveInputs } from '../../inputs/index.js';
import { createExitCodeTracker } from '../../report/index.js';
import { type RunReport, RunReportSchema } from '../../run-report.js';
import { verifyEach } from '../../run-verify.js';
import { createArticleSpool } from '../article-spool.js';
import { changedFilesSince } from '../changed-since.js';
import { UsageError } from '../exit-code.js';
import { resolveVerifyOptions, type VerifyOptions } from '../options.js';
import { createProgress } from '../progress.js';
import { selectShard } from '../shard.js';
import { readVersion } from '../version.js';
import { printRunSummary, writeReportStreams } from './write-reports.js';

/** `citecheck verify`: the whole job. Returns the exit code. */
export async function runVerify(specs: string[], flags: Record<string, unknown>): Promise<number> {
  const options = resolveVerifyOptions(flags, process.env);
  const cwd = process.cwd();
  const inputs = await selectInputs(specs, options, cwd);
  // Everything that can fail on bad input is read before the fetcher opens a connection (a Redis client
  // left open would keep the process alive after the error).
  const baseline = options.baseline === undefined ? undefined : await readBaseline(options.baseline);
  const requestBudget =
    options.maxRequests === undefined ? undefined : new RequestBudget(options.maxRequests);
  const fetcher = await openFetcher({
    ...(requestBudget === undefined ? {} : { requestBudget }),
    cacheDir: path.resolve(cwd, options.cacheDir),
    ...(options.cacheUrl === undefined ? {} : { cacheUrl: options.cacheUrl }),
    offline: options.offline,
    refresh: options.refresh,
    concurrency: options.concurrency,
    rates: options.rates,
    userAgent: buildUserAgent(readVersion()),
    ...(options.upstream === undefined ? {} : { upstream: options.upstream }),
  });
  const progress = createProgress(process.stderr, options.progress);
  const outDir = path.resolve(cwd, options.out);
  // Articles wait in the spool until the run's totals (which every report starts with) are known.
  const spool = createArticleSpool(outDir);
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
        fetcher,
        ...(requestBudget === undefined ? {} : { requestBudget }),
        archive: options.archive,
        onResult: () => progress.tick(),
        version: readVersion(),
        describeOptions: describeOptions(options),
        shard: options.shard === undefined ? null : `${options.shard.index}/${options.shard.total}`,
        ...(baseline === undefined || options.baseline === undefined
          ? {}
          : { baseline: { report: baseline, path: options.baseline } }),
      },
      async (article) => {
        exitCode.add(article);
        await spool.append(article);
      },
    );
    progress.done();
    await spool.close();
    const written = await writeReportStreams(head, () => spool.read(), options.formats, outDir);
    await printRunSummary(head, () => spool.read(), written, { verbose: options.verbose });
    return exitCode.result();
  } finally {
    progress.done();
    await spool.remove();
    await fetcher.close();
  }
}

async function selectInputs(specs: string[], options: VerifyOptions, cwd: string): Promise<string[]> {
  if (options.changedSince === undefined && options.shard === undefined) return specs;
  const entries = await resolveInputs(specs, { cwd });
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

async function readBaseline(file: string): Promise<RunReport> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`--baseline ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = RunReportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `--baseline ${file}: not a citecheck report (${issue?.path.join('.')}: ${issue?.message})`,
    );
  }
  return parsed.data;
}

/** The options a reader of the report needs to interpret it; never secrets (a Redis URL may hold a password). */
function describeOptions(options: VerifyOptions): Record<string, unknown> {
  return {
    formats: options.formats,
    offline: options.offline,
    refresh: options.refresh,
    failOn: options.failOn,
    concurrency: options.concurrency,
    rates: options.rates,
    maxRequests: options.maxRequests ?? null,
    cache: options.cacheUrl === undefined ? 'dir' : 'redis',
    archive: options.archive,
    baseline: options.baseline ?? null,
    changedSince: options.changedSince ?? null,
    upstream: options.upstream ?? null,
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
