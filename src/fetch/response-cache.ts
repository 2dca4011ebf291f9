import Keyv, { type KeyvStoreAdapter } from 'keyv';
import { z } from 'zod';
import { freshUntilByPolicy } from './freshness-entry.js';
import { type CacheClass, type FetchResponse, type FreshnessHint, RedirectHopSchema } from './types.js';

/** How long answers stay fresh, ms. Short-link resolutions never expire. */
export interface TtlPolicy {
  post: number;
  archive: number;
  article: number;
  /** 404 and 410 answers, whatever their class. */
  negative: number;
}

/** A response as stored: everything but `fromCache`, which depends on how it is served. */
export type StoredResponse = Omit<FetchResponse, 'fromCache'>;

const CacheEntrySchema = z.object({
  response: z.object({
    requestedUrl: z.string(),
    url: z.string(),
    status: z.number().int(),
    headers: z.record(z.string(), z.string()),
    body: z.string(),
    redirects: z.array(RedirectHopSchema),
    stopped: z.boolean(),
    fetchedAt: z.string(),
  }),
  /** Epoch ms after which the answer is stale; null = never. */
  freshUntil: z.number().nullable(),
  /** Post answers on the freshness policy: the answer's state label and when it last changed. */
  state: z.string().optional(),
  changedAt: z.number().nullable().optional(),
});
type CacheEntry = z.infer<typeof CacheEntrySchema>;

/** A cached answer and whether it is still within its TTL. */
export interface CachedAnswer {
  response: StoredResponse;
  fresh: boolean;
  /** Epoch ms after which it is stale (null = never). */
  freshUntil: number | null;
}

/** Cache key: method plus the normalised URL (no fragment, no credentials, sorted query) plus the variant. */
export function cacheKey(url: URL, method: string, variant: string): string {
  const normal = new URL(url.href);
  normal.hash = '';
  normal.username = '';
  normal.password = '';
  normal.searchParams.sort();
  return `${method} ${normal.href}${variant === '' ? '' : ` ${variant}`}`;
}

/** How long an answer of this class and status stays fresh (ms, Infinity = forever), or 'never' if not cacheable. */
export function freshnessMs(cacheClass: CacheClass, status: number, ttl: TtlPolicy): number | 'never' {
  if (cacheClass === 'none') return 'never';
  if (status === 404 || status === 410) return ttl.negative;
  if (status < 200 || status >= 400) return 'never'; // failures and other refusals are never cached
  switch (cacheClass) {
    case 'short-link':
      return Number.POSITIVE_INFINITY;
    case 'post':
      return ttl.post;
    case 'archive':
      return ttl.archive;
    case 'article':
      return ttl.article;
  }
}

/**
 * Answers kept in a Keyv store. Entries are stored without a store TTL: freshness is ours to judge, so a
 * stale good answer stays available (offline runs, and stale-if-error) until a newer good one replaces it.
 * Only cacheable answers are ever written, so a failure can never overwrite a good answer.
 */
export class ResponseCache {
  readonly #keyv: Keyv<CacheEntry>;
  readonly #ttl: TtlPolicy;
  readonly #clock: () => number;

  constructor(store: KeyvStoreAdapter | Map<string, unknown>, ttl: TtlPolicy, clock: () => number) {
    this.#keyv = new Keyv<CacheEntry>({ store, namespace: 'citecheck-fetch-v1' });
    // A broken store must not sink the run: errors read as misses (see read/write)
    this.#keyv.on('error', () => {});
    this.#ttl = ttl;
    this.#clock = clock;
  }

  /** The cached answer for `key`, or undefined on a miss (or an unreadable entry). */
  async read(key: string): Promise<CachedAnswer | undefined> {
    let raw: unknown;
    try {
      raw = await this.#keyv.get(key);
    } catch {
      return undefined;
    }
    const parsed = CacheEntrySchema.safeParse(raw);
    if (!parsed.success) return undefined;
    const { response, freshUntil } = parsed.data;
    return { response, fresh: freshUntil === null || this.#clock() < freshUntil, freshUntil };
  }

  /** Stores `response` if its class and status are cacheable; returns whether it was stored (false if the store failed). */
  async write(
    key: string,
    cacheClass: CacheClass,
    response: StoredResponse,
    freshness?: FreshnessHint,
  ): Promise<boolean> {
    const ms = freshnessMs(cacheClass, response.status, this.#ttl);
    if (ms === 'never') return false;
    const entry: CacheEntry =
      freshness === undefined
        ? { response, freshUntil: Number.isFinite(ms) ? Date.parse(response.fetchedAt) + ms : null }
        : freshUntilByPolicy(key, response, freshness, await this.#previous(key));
    try {
      return await this.#keyv.set(key, entry);
    } catch {
      // a cache that cannot be written costs a re-fetch next run, never this run's answer
      return false;
    }
  }

  /** The stored entry's state and last change, for the freshness policy (undefined if none). */
  async #previous(
    key: string,
  ): Promise<{ state?: string | undefined; changedAt?: number | null | undefined } | undefined> {
    try {
      const parsed = CacheEntrySchema.safeParse(await this.#keyv.get(key));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  /** Releases the store (closes a Redis connection). */
  async close(): Promise<void> {
    await this.#keyv.disconnect();
  }
}
