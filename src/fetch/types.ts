import type { FetchStats, RedirectHop } from '../fetch-record.js';

// The record shapes live in the record layer; stages import them from here as before.
export {
  type FetchStats,
  FetchStatsSchema,
  type HostStats,
  HostStatsSchema,
  type RedirectHop,
  RedirectHopSchema,
} from '../fetch-record.js';

/**
 * TTL class of a request: how long its answer may be reused.
 * short-link: t.co / pic.twitter.com resolutions (effectively permanent);
 * post: post lookups (configurable, default a day); archive: Wayback answers;
 * article: article pages fetched as inputs; none: never cached.
 */
export type CacheClass = 'short-link' | 'post' | 'archive' | 'article' | 'none';

/** One request through the fetcher. */
export interface FetchRequest {
  url: string;
  method?: 'GET' | 'HEAD' | 'POST';
  headers?: Record<string, string>;
  /** Request body (POST to Save Page Now); such requests go with cacheClass 'none'. */
  body?: string;
  cacheClass: CacheClass;
  /** Follow redirects manually (every hop recorded). Default true. */
  followRedirects?: boolean;
  /** Stop following before requesting a hop whose URL matches; the chain then ends at that URL unfetched. */
  stopAt?: (url: URL) => boolean;
  /** Cap on the decompressed body, bytes. Defaults to the fetcher's maxBytes. */
  maxBytes?: number;
  signal?: AbortSignal;
  /** For post lookups: lets the cache re-check on the freshness policy (src/fetch/freshness.ts) instead of a TTL. */
  freshness?: FreshnessHint;
}

/** What the freshness policy needs to know about a post answer that only the caller (src/x) can tell. */
export interface FreshnessHint {
  /** The post's Snowflake time, epoch ms; null when unknown. */
  postedAt: number | null;
  /** A short label of what the answer says ('available', 'tombstone:deleted', 'http-404'…): a change of label is a change. */
  state: (status: number, body: string) => string;
}

/** A completed response (any HTTP status the fetcher does not retry or reject). */
export interface FetchResponse {
  /** URL originally requested. */
  requestedUrl: string;
  /** Last URL of the chain (fetched, or where stopAt ended it). */
  url: string;
  status: number;
  headers: Record<string, string>;
  body: string;
  redirects: RedirectHop[];
  /** True when stopAt ended the chain: `url` was not requested. */
  stopped: boolean;
  fromCache: boolean;
  /** ISO time the answer was fetched from the network. */
  fetchedAt: string;
}

/** The one path to the network. Throws FetchError (src/fetch/fetch-error.ts) for operational failures. */
export interface Fetcher {
  fetch(request: FetchRequest): Promise<FetchResponse>;
  /** The cache key of a request and when its cached answer is due (null: not cached), for the sweep plan. */
  dueAt?(request: FetchRequest): Promise<{ key: string; dueAt: number | null }>;
  stats(): FetchStats;
  close(): Promise<void>;
}
