import type KeyvRedis from '@keyv/redis';
import { type LeaseClient, SharedFlight } from './shared-flight.js';
import { createSharedHostGate, type SharedHostGate } from './shared-limiter.js';
import type { StallGuard } from './stall-guard.js';
import { TIMED_OUT } from './within.js';

/** What processes sharing one Redis share besides the cache. */
export interface Fleet {
  gate: SharedHostGate;
  flight: SharedFlight;
}

/** A lease outlives a crashed holder by this much; a live one finishes well within it (timeouts × retries). */
const LEASE_MS = 120_000;
/** How often a waiting process looks whether the holder of a URL is done. */
const POLL_MS = 25;

/**
 * Joins the fleet on the cache's own Redis connection. Every fleet command is bounded like the cache's:
 * a Redis that stops answering (SIGSTOP keeps its socket open) makes the fleet step aside for the rest of
 * the run, so each process falls back to its own budget and its own single flight instead of hanging.
 */
export async function joinFleet(store: KeyvRedis<unknown>, guard: StallGuard): Promise<Fleet> {
  const client = (await store.getClient()) as unknown as LeaseClient;
  const bounded = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    const result = await guard.run(what, work);
    if (result === TIMED_OUT) throw new Error(`the fleet Redis did not answer a ${what}`);
    return result;
  };
  const gate = createSharedHostGate(client);
  return {
    gate: {
      // A stalled or failed Redis leaves each process its own budget, never stuck
      acquire: (host, rate) =>
        bounded('rate slot', () => gate.acquire(host, rate)).catch(() => ({ kind: 'go' })),
      pause: (host, untilMs) => bounded('pause', () => gate.pause(host, untilMs)).catch(() => {}),
    },
    flight: new SharedFlight(
      {
        // Through the same bound: a failed SET leads, a failed GET waits no more (see SharedFlight)
        set: (key, value, options) => bounded('lease', () => client.set(key, value, options)),
        get: (key) => bounded('lease read', () => client.get(key)),
        del: (key) => bounded('lease release', () => client.del(key)),
      } satisfies LeaseClient,
      {
        leaseMs: LEASE_MS,
        pollMs: POLL_MS,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      },
    ),
  };
}
