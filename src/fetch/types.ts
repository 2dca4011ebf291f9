import { z } from 'zod';

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

export const RedirectHopSchema = z.object({
  url: z.string().describe('URL requested'),
  status: z.number().int().describe('HTTP status it answered'),
  location: z.string().describe('Absolute URL it redirected to'),
});
export type RedirectHop = z.infer<typeof RedirectHopSchema>;

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

export const HostStatsSchema = z.object({
  requests: z.number().int().describe('Requests sent on the network'),
  cacheHits: z.number().int(),
  retries: z.number().int(),
  rateLimited: z.number().int().describe('429 (and 503 with Retry-After) answers received'),
  errors: z.number().int(),
  bytes: z.number().int().describe('Decompressed body bytes received'),
  pausedMs: z.number().describe('Time this host was paused by rate-limit answers'),
});
export type HostStats = z.infer<typeof HostStatsSchema>;

export const FetchStatsSchema = z.record(z.string(), HostStatsSchema).describe('Per-host fetch statistics');
export type FetchStats = z.infer<typeof FetchStatsSchema>;

/** The one path to the network. Throws FetchError (src/fetch/fetch-error.ts) for operational failures. */
export interface Fetcher {
  fetch(request: FetchRequest): Promise<FetchResponse>;
  /** The cache key of a request and when its cached answer is due (null: not cached), for the sweep plan. */
  dueAt?(request: FetchRequest): Promise<{ key: string; dueAt: number | null }>;
  stats(): FetchStats;
  close(): Promise<void>;
}
