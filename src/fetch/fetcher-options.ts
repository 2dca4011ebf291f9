import type { Timeouts } from './dispatcher.js';
import type { HostLookup } from './guarded-connector.js';
import type { RequestBudget } from './request-budget.js';
import type { TtlPolicy } from './response-cache.js';
import type { RetryReason } from './retry-policy.js';

/** Progress and diagnostics, for `--verbose` and progress bars. Hosts are those asked for, not the upstream. */
export type FetchEvent =
  | { kind: 'request'; host: string; url: string; attempt: number }
  | { kind: 'response'; host: string; url: string; status: number; bytes: number }
  | { kind: 'retry'; host: string; url: string; retry: number; delayMs: number; reason: RetryReason }
  | { kind: 'paused'; host: string; waitMs: number; status: number }
  | { kind: 'cache-hit'; host: string; url: string; stale: boolean }
  | { kind: 'cache-down'; message: string }
  | { kind: 'host-given-up'; host: string; message: string }
  | { kind: 'run-limit'; message: string };

/** Settings of createFetcher; every field is optional. */
export interface FetcherOptions {
  /** Directory of the on-disk cache. Default `'cache'`. */
  cacheDir?: string;
  /** `redis://…` URL of a shared cache; overrides cacheDir. Default: none. */
  cacheUrl?: string;
  /** Longest wait for one Redis command, ms; a Redis slower than that is not used for the rest of the run. Default 5000. */
  cacheTimeoutMs?: number;
  /** Use only the cache: a miss is FetchError 'offline-miss' and the network is never touched. Default false. */
  offline?: boolean;
  /** Ignore cached answers (new answers are still written). Default false. */
  refresh?: boolean;
  /** Requests in flight across all hosts. Default 8. */
  concurrency?: number;
  /** Requests in flight to one host. Default 2. */
  perHostConcurrency?: number;
  /**
   * Requests per second per host, merged over the defaults: t.co 5, cdn.syndication.twimg.com 2,
   * publish.x.com and publish.twitter.com 2, archive.org and web.archive.org 1; any other host 2.
   */
  rates?: Record<string, number>;
  /** Requests per second for hosts not named in `rates`. Default 2. */
  defaultRate?: number;
  /** Retries after the first attempt for timeouts, resets, 408, 429 and 5xx. Default 3. */
  maxRetries?: number;
  /** Consecutive attempts without an answer (timeouts, refused or cut connections) after which a host is given up for the run. Default 6. */
  hostGiveUpAfter?: number;
  /** Wall time after which no new request is sent and requests in flight are aborted ('run-limit'), ms. Default: none. */
  maxDurationMs?: number;
  /** Longest rate-limit wait honoured; beyond it the host is given up ('rate-limited'). Default 600 000 (10 min). */
  maxRetryAfterMs?: number;
  /** Network timeouts, ms. Default connect 10 000, headers 15 000, body 30 000. */
  timeouts?: Partial<Timeouts>;
  /** Cap on a decompressed body, bytes. Default 5 MiB. */
  maxBytes?: number;
  /** Redirect hops followed before 'too-many-redirects'. Default 10. */
  maxRedirects?: number;
  /**
   * Freshness per cache class, ms. Defaults: post 24 h, negative (404/410) 1 h, archive 7 days, article 1 h.
   * Short-link resolutions never expire; errors are never cached. Requests that carry a freshness hint (the
   * post lookups of src/x) follow the freshness policy of src/fetch/freshness.ts instead of `post`/`negative`.
   */
  ttl?: Partial<TtlPolicy>;
  /** Serve a stale cached answer when refreshing it fails with a network or rate-limit error. Default true. */
  staleIfError?: boolean;
  /** Send every request to this origin (path and query kept, X-Forwarded-Host/Proto set). Default: CITECHECK_UPSTREAM from `env`, if given. */
  upstream?: string;
  /** Environment read for CITECHECK_UPSTREAM (the CLI passes process.env). Default: none. */
  env?: Readonly<Record<string, string | undefined>>;
  /** User-Agent header. Default `citecheck (+https://github.com/citecheck/citecheck)`; see buildUserAgent. */
  userAgent?: string;
  /** Epoch-ms clock used for rate spacing, pauses, freshness and fetchedAt. Default Date.now. */
  clock?: () => number;
  /** Waits `ms` on `clock`'s timeline. Default setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Uniform [0, 1) source for backoff jitter. Default Math.random. */
  random?: () => number;
  /** DNS resolution used by the address guard. Default the system resolver. */
  lookup?: HostLookup;
  /** Caps network fetches for this run, stalest first (`--max-requests`). Default: none. */
  requestBudget?: RequestBudget;
  /** Receives progress events. Default: none. */
  onEvent?: (event: FetchEvent) => void;
}

/** Per-host request rates used unless overridden. */
export const DEFAULT_RATES: Readonly<Record<string, number>> = {
  't.co': 5,
  'cdn.syndication.twimg.com': 2,
  'publish.x.com': 2,
  'publish.twitter.com': 2,
  'archive.org': 1,
  'web.archive.org': 1,
};

const HOUR = 3_600_000;

/** Default freshness per class. */
export const DEFAULT_TTL: TtlPolicy = {
  post: 24 * HOUR,
  negative: HOUR,
  archive: 7 * 24 * HOUR,
  article: HOUR,
};

/** Default network timeouts. */
export const DEFAULT_TIMEOUTS: Timeouts = { connect: 10_000, headers: 15_000, body: 30_000 };

/** Default body cap: 5 MiB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
