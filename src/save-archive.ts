import type { Fetcher } from './fetch/types.js';
import type { SavedCapture, VerificationResult } from './result.js';
import { type SpnCredentials, savePageNow } from './x/save-page-now.js';
import { findArchivedCopy } from './x/wayback.js';

/** Asks the Wayback Machine to keep a copy of each available cited post that has none yet. */
export interface ArchiveSaver {
  /** The capture asked for (or why not), or undefined when the post is not one to save. */
  save(result: VerificationResult): Promise<SavedCapture | undefined>;
}

export interface ArchiveSaverOptions {
  credentials?: SpnCredentials;
  /** Captures asked for per minute; default 4 anonymous, 12 with a key (SPN2 allows a few more). */
  perMinute?: number;
  /** Clock and sleep (injectable: tests run on a virtual clock). */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  pollIntervalMs?: number;
  maxPolls?: number;
}

/**
 * One capture at a time, spaced to stay under the per-minute limit. When the service says to wait (its
 * per-user limits, or busy) no further capture is asked for in this run: each later one is recorded as
 * not sent, with why, rather than hammering a service that already refused.
 */
export function createArchiveSaver(fetcher: Fetcher, options: ArchiveSaverOptions = {}): ArchiveSaver {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const spacingMs = 60_000 / (options.perMinute ?? (options.credentials === undefined ? 4 : 12));
  let lastSubmit = Number.NEGATIVE_INFINITY;
  let stopped: Extract<SavedCapture, { status: 'not-saved' }> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  // "Is there a copy yet?" needs today's answer: a cached "none" would ask for the same capture every run.
  const uncached: Fetcher = {
    ...fetcher,
    fetch: (request) => fetcher.fetch({ ...request, cacheClass: 'none' }),
  };

  async function saveOne(result: VerificationResult, url: string, statusId: string): Promise<SavedCapture> {
    if (stopped !== undefined) {
      return {
        ...stopped,
        detail: `not sent: Save Page Now asked to wait earlier in this run (${stopped.detail})`,
      };
    }
    const existing = await findArchivedCopy(
      result.lookup?.status === 'available' ? result.lookup.post.handle : null,
      statusId,
      uncached,
    );
    if (existing.kind === 'found') {
      return { status: 'already-archived', url: existing.copy.url, timestamp: existing.copy.timestamp };
    }
    if (existing.kind === 'failed') {
      return {
        status: 'not-saved',
        reason: 'failed',
        detail: `could not tell whether a copy exists: ${existing.detail}`,
      };
    }
    const wait = lastSubmit + spacingMs - now();
    if (wait > 0) await sleep(wait);
    lastSubmit = now();
    const saved = await savePageNow(url, fetcher, {
      sleep,
      ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
      ...(options.pollIntervalMs === undefined ? {} : { pollIntervalMs: options.pollIntervalMs }),
      ...(options.maxPolls === undefined ? {} : { maxPolls: options.maxPolls }),
    });
    if (saved.status === 'not-saved' && (saved.reason === 'rate-limited' || saved.reason === 'busy'))
      stopped = saved;
    return saved;
  }

  return {
    save(result) {
      const { lookup, resolution, liveUrl } = result;
      if (lookup?.status !== 'available' || resolution.status !== 'found' || liveUrl === null) {
        return Promise.resolve(undefined);
      }
      const next = queue.then(() => saveOne(result, liveUrl, resolution.statusId));
      queue = next.catch(() => {});
      return next;
    },
  };
}
