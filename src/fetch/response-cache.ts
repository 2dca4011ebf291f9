import Keyv, { type KeyvStoreAdapter } from 'keyv';
import { z } from 'zod';
import { FileStore } from './file-store.js';
import { freshUntilByPolicy } from './freshness-entry.js';
import type { StallGuard } from './stall-guard.js';
import { type CacheClass, type FetchResponse, type FreshnessHint, RedirectHopSchema } from './types.js';
import { TIMED_OUT } from './within.js';

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

/**
 * Cache key: method plus the normalised URL (no fragment, no credentials, sorted query) plus the variant,
 * plus the origin that really answered when it is not the URL's own (`--upstream`): a stand-in's answers
 * can then never be served as the real host's, in a later run or to a fleet sharing the cache.
 */
export function cacheKey(url: URL, method: string, variant: string, answeredBy?: URL): string {
  const normal = new URL(url.href);
  normal.hash = '';
  normal.username = '';
  normal.password = '';
  normal.searchParams.sort();
  const via = answeredBy === undefined ? '' : ` via ${answeredBy.origin}`;
  return `${method} ${normal.href}${variant === '' ? '' : ` ${variant}`}${via}`;
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
 *
 * With a guard, a store command that does not settle within its timeout (a Redis stopped with SIGSTOP keeps its
 * socket open and never answers) gives the store up for the rest of the run: reads miss and writes are
 * skipped at once. Answers stay correct, only uncached; waiting out the timeout on every command instead
 * would multiply it by every request of the run.
 */
export class ResponseCache {
  readonly #keyv: Keyv<CacheEntry>;
  readonly #store: KeyvStoreAdapter | Map<string, unknown>;
  readonly #ttl: TtlPolicy;
  readonly #clock: () => number;
  readonly #guard: StallGuard | undefined;

  constructor(
    store: KeyvStoreAdapter | Map<string, unknown>,
    ttl: TtlPolicy,
    clock: () => number,
    guard?: StallGuard,
  ) {
    this.#keyv = new Keyv<CacheEntry>({ store, namespace: 'citecheck-fetch-v1' });
    // The file store writes JSON itself: entries go in as objects, not as a JSON string inside its JSON.
    // Reads still deserialize a string value, so entries written that way before stay readable.
    if (store instanceof FileStore) this.#keyv.serialize = undefined;
    // A broken store must not sink the run: errors read as misses (see read/write)
    this.#keyv.on('error', () => {});
    this.#store = store;
    this.#ttl = ttl;
    this.#clock = clock;
    this.#guard = guard;
  }

  /** Runs one store command under the guard; undefined when the store is (or just went) down. */
  async #command<T>(what: string, work: () => Promise<T>): Promise<T | undefined> {
    if (this.#guard === undefined) return work();
    const result = await this.#guard.run(what, work);
    return result === TIMED_OUT ? undefined : result;
  }

  /** The cached answer for `key`, or undefined on a miss (or an unreadable entry). */
  async read(key: string): Promise<CachedAnswer | undefined> {
    let raw: unknown;
    try {
      raw = await this.#command('read', () => this.#keyv.get(key));
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
      return (await this.#command('write', () => this.#keyv.set(key, entry))) === true;
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
      const parsed = CacheEntrySchema.safeParse(await this.#command('read', () => this.#keyv.get(key)));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  /** Releases the store (closes a Redis connection; a stalled one is dropped, not asked to quit). */
  async close(): Promise<void> {
    if (this.#guard?.isDown() !== true) await this.#command('close', () => this.#keyv.disconnect());
    const store = this.#store as { disconnect?: (force?: boolean) => Promise<void> };
    if (this.#guard?.isDown() === true) await store.disconnect?.(true).catch(() => {});
  }
}
