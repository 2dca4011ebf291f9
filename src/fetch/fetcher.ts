import type { KeyvStoreAdapter } from 'keyv';
import { createDispatcher } from './dispatcher.js';
import { FetchError, type FetchErrorCode, isFetchError } from './fetch-error.js';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_RATES,
  DEFAULT_TIMEOUTS,
  DEFAULT_TTL,
  type FetcherOptions,
} from './fetcher-options.js';
import { FileStore } from './file-store.js';
import { systemLookup } from './guarded-connector.js';
import { type HopSenderContext, sendHop } from './hop-sender.js';
import { HostBudget } from './host-budget.js';
import { HostGiveUp } from './host-give-up.js';
import { followRedirectChain } from './redirect-chain.js';
import type { SweepItem } from './request-budget.js';
import { type CachedAnswer, cacheKey, ResponseCache, type StoredResponse } from './response-cache.js';
import { DEFAULT_BACKOFF } from './retry-policy.js';
import { RunBudget, type RunLimits } from './run-budget.js';
import { SingleFlight } from './single-flight.js';
import { createStallGuard } from './stall-guard.js';
import { StatsRecorder } from './stats.js';
import type { Fetcher, FetchRequest, FetchResponse } from './types.js';
import { parseUpstream } from './upstream.js';
import { checkRequestUrl, parseRequestUrl } from './url-policy.js';
import { buildUserAgent } from './user-agent.js';

export type { FetchEvent, FetcherOptions } from './fetcher-options.js';

/** Failures after which a stale cached answer beats no answer. */
const STALE_IF_ERROR: ReadonlySet<FetchErrorCode> = new Set([
  'host-given-up',
  'run-limit',
  'rate-limited',
  'timeout',
  'reset',
  'connect',
  'dns',
  'http-status',
]);

/**
 * `sleep` (default a real timer) that ends early when `signal` aborts: a request waiting out a pause stops
 * when the run budget is spent, and a real timer is cleared so it cannot keep the process up.
 */
function interruptibleSleep(sleep: ((ms: number) => Promise<void>) | undefined, signal: AbortSignal) {
  return (ms: number): Promise<void> =>
    new Promise((resolve) => {
      if (signal.aborted) return resolve();
      let timer: NodeJS.Timeout | undefined;
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      };
      signal.addEventListener('abort', done, { once: true });
      if (sleep === undefined) timer = setTimeout(done, ms);
      else sleep(ms).then(done);
    });
}

function runLimitsOf(options: FetcherOptions): RunLimits {
  return options.maxDurationMs === undefined ? {} : { maxDurationMs: options.maxDurationMs };
}

/** Requests that differ in how the chain is walked are different answers. */
function variantOf(request: FetchRequest): string {
  // Two POSTs with different bodies are different requests: single flight must not merge them.
  if (request.body !== undefined) return `body ${request.body}`;
  if (request.followRedirects === false) return 'no-follow';
  return request.stopAt === undefined ? '' : 'stop-at';
}

/**
 * Creates the one path to the network: per-host politeness, rate-limit pauses, retries, single flight,
 * a persistent cache, manual redirects and the address guard. See FetcherOptions for every default.
 */
export async function createFetcher(options: FetcherOptions = {}): Promise<Fetcher> {
  const clock = options.clock ?? Date.now;
  const emit = options.onEvent ?? (() => {});
  // The environment is read only when the caller hands it over: a library user with CITECHECK_UPSTREAM set
  // for some other tool must not have every request rerouted (and that origin exempted from the guard).
  const env = options.env ?? {};
  const upstreamValue = options.upstream ?? env.CITECHECK_UPSTREAM;
  const upstream =
    upstreamValue === undefined || upstreamValue === '' ? undefined : parseUpstream(upstreamValue);
  const rates = { ...DEFAULT_RATES, ...options.rates };
  const defaultRate = options.defaultRate ?? 2;
  // The budget spaces requests 1000/rate ms apart: 0, NaN or a negative rate would mean "no limit"
  for (const [host, rate] of [...Object.entries(rates), ['defaultRate', defaultRate] as const]) {
    if (!(rate > 0))
      throw new RangeError(`rate for ${host} must be above 0 requests per second, got ${rate}`);
  }
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 600_000;
  const offline = options.offline ?? false;
  const refresh = options.refresh ?? false;
  const staleIfError = options.staleIfError ?? true;
  const cacheTimeoutMs = options.cacheTimeoutMs ?? 5000;

  // Redis code (the optional @keyv/redis, rate-limiter-flexible) loads only when a Redis cache is asked for.
  const redis =
    options.cacheUrl === undefined
      ? undefined
      : await (await import('./redis-store.js')).connectRedisStore(options.cacheUrl, cacheTimeoutMs);
  const store: KeyvStoreAdapter =
    redis === undefined
      ? (new FileStore(options.cacheDir ?? 'cache') as unknown as KeyvStoreAdapter)
      : (redis as unknown as KeyvStoreAdapter);
  // Only the network store is timed: a file read can also lose a race with a loop busy parsing a large
  // article, and a disk does not stall the way a stopped Redis does
  // One Redis serves the cache and the fleet: whichever finds it stalled first gives it up for both, once.
  const guard = createStallGuard(cacheTimeoutMs, (message) => emit({ kind: 'cache-down', message }));
  // With a shared Redis the whole fleet is one polite client: shared host budgets, pauses and single flight.
  const fleet = redis === undefined ? undefined : await (await import('./fleet.js')).joinFleet(redis, guard);
  const cache = new ResponseCache(
    store,
    { ...DEFAULT_TTL, ...options.ttl },
    clock,
    options.cacheUrl === undefined ? undefined : guard,
  );
  const stats = new StatsRecorder();
  const dispatcher = createDispatcher({
    timeouts,
    lookup: options.lookup ?? systemLookup,
    exemptOrigins: upstream === undefined ? [] : [upstream.origin],
  });
  const run = new RunBudget(runLimitsOf(options), clock, (message) => emit({ kind: 'run-limit', message }));
  // Waits (rate spacing, pauses, backoff) end when the run budget is spent; the next check then fails
  const sleep = interruptibleSleep(options.sleep, run.signal);
  const context: HopSenderContext = {
    run,
    giveUp: new HostGiveUp(options.hostGiveUpAfter ?? 6, (host, message) =>
      emit({ kind: 'host-given-up', host, message }),
    ),
    budget: new HostBudget({
      concurrency: options.concurrency ?? 8,
      perHostConcurrency: options.perHostConcurrency ?? 2,
      rateFor: (host) => rates[host] ?? rates[host.replace(/:\d+$/, '')] ?? defaultRate,
      maxPauseMs: maxRetryAfterMs,
      clock,
      sleep,
      shared: fleet?.gate,
    }),
    stats,
    dispatcher,
    upstream,
    userAgent: options.userAgent ?? buildUserAgent(),
    maxRetries: options.maxRetries ?? 3,
    maxRetryAfterMs,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    timeouts,
    backoff: { ...DEFAULT_BACKOFF, random: options.random ?? Math.random },
    clock,
    sleep,
    emit,
  };
  const flights = new SingleFlight<FetchResponse>();
  // Answers fetched in this run under --refresh: the same URL twice costs one request even then
  const thisRun = new Map<string, FetchResponse>();

  const fromNetwork = async (url: URL, request: FetchRequest): Promise<StoredResponse> => {
    const chain = await followRedirectChain(url, (hop) => sendHop(context, hop, request), {
      follow: request.followRedirects ?? true,
      maxRedirects: options.maxRedirects ?? 10,
      stopAt: request.stopAt,
      check: (hop) => checkRequestUrl(hop, upstream?.origin),
    });
    return {
      requestedUrl: url.href,
      url: chain.url,
      status: chain.answer.status,
      headers: chain.answer.headers,
      body: chain.answer.body,
      redirects: chain.redirects,
      stopped: chain.stopped,
      fetchedAt: new Date(clock()).toISOString(),
    };
  };

  const answer = async (url: URL, key: string, request: FetchRequest): Promise<FetchResponse> => {
    const host = url.host;
    const remembered = thisRun.get(key);
    if (remembered !== undefined) {
      stats.add(host, 'cacheHits');
      emit({ kind: 'cache-hit', host, url: url.href, stale: false });
      return remembered;
    }
    const useCache = request.cacheClass !== 'none';
    const cached = useCache && (!refresh || offline) ? await cache.read(key) : undefined;
    // A cached answer served as it is: with its real fetch time, so a report shows its age.
    const serve = (entry: CachedAnswer): FetchResponse => {
      stats.add(host, 'cacheHits');
      emit({ kind: 'cache-hit', host, url: url.href, stale: !entry.fresh });
      return { ...entry.response, fromCache: true };
    };
    if (cached !== undefined && (cached.fresh || offline)) return serve(cached);
    if (offline) {
      throw new FetchError('offline-miss', `offline and ${url.href} is not in the cache`, { url: url.href });
    }
    const fetchAndStore = async (): Promise<FetchResponse> => {
      // The run's two limits, time first (a request refused for time must not spend the request count);
      // either way a cached answer is served with its age rather than nothing.
      if (run.spent() !== undefined) {
        if (cached !== undefined) return serve(cached);
        throw run.refusal(url.href);
      }
      if (options.requestBudget !== undefined && !options.requestBudget.take(key)) {
        if (cached !== undefined) return serve(cached);
        throw new FetchError(
          'not-checked',
          `not checked in this run: the budget of ${options.requestBudget.max} requests was spent`,
          { url: url.href },
        );
      }
      let stored: StoredResponse;
      try {
        stored = await fromNetwork(url, request);
      } catch (error) {
        if (staleIfError && cached !== undefined && isFetchError(error) && STALE_IF_ERROR.has(error.code)) {
          return serve(cached);
        }
        throw error;
      }
      if (useCache) await cache.write(key, request.cacheClass, stored, request.freshness);
      const response: FetchResponse = { ...stored, fromCache: false };
      // Only --refresh needs this memory (otherwise the cache just written answers a repeat), and article
      // bodies are never kept: remembering every answer would make memory grow with the site.
      if (useCache && options.refresh === true && request.cacheClass !== 'article')
        thisRun.set(key, response);
      return response;
    };
    if (fleet === undefined || !useCache || refresh) return fetchAndStore();
    // Another process of the fleet may be fetching this URL: wait for its answer in the shared cache.
    return fleet.flight.run(
      key,
      async () => {
        const now = await cache.read(key);
        return now?.fresh === true ? serve(now) : undefined;
      },
      fetchAndStore,
    );
  };

  return {
    async fetch(request: FetchRequest): Promise<FetchResponse> {
      const url = parseRequestUrl(request.url);
      checkRequestUrl(url, upstream?.origin);
      const key = cacheKey(url, request.method ?? 'GET', variantOf(request), upstream);
      return flights.run(key, () => answer(url, key, request));
    },
    async dueAt(request: FetchRequest): Promise<SweepItem> {
      const url = parseRequestUrl(request.url);
      const key = cacheKey(url, request.method ?? 'GET', variantOf(request), upstream);
      const cached = await cache.read(key);
      return { key, dueAt: cached === undefined ? null : (cached.freshUntil ?? Number.POSITIVE_INFINITY) };
    },
    stats: () => stats.snapshot(),
    async close(): Promise<void> {
      run.close();
      await Promise.allSettled([dispatcher.close(), cache.close()]);
    },
  };
}
