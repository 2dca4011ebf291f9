import type KeyvRedis from '@keyv/redis';
import { SharedFlight } from './shared-flight.js';
import { createSharedHostGate, type SharedHostGate } from './shared-limiter.js';

/** What processes sharing one Redis share besides the cache. */
export interface Fleet {
  gate: SharedHostGate;
  flight: SharedFlight;
}

/** A lease outlives a crashed holder by this much; a live one finishes well within it (timeouts × retries). */
const LEASE_MS = 120_000;
/** How often a waiting process looks whether the holder of a URL is done. */
const POLL_MS = 25;

/** Joins the fleet on the cache's own Redis connection. */
export async function joinFleet(store: KeyvRedis<unknown>): Promise<Fleet> {
  const client = await store.getClient();
  return {
    gate: createSharedHostGate(client),
    flight: new SharedFlight(client, {
      leaseMs: LEASE_MS,
      pollMs: POLL_MS,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    }),
  };
}
