import { randomUUID } from 'node:crypto';

/** The subset of a node-redis client the lease needs. */
export interface LeaseClient {
  set(key: string, value: string, options: { NX: true; PX: number }): Promise<unknown>;
  get(key: string): Promise<string | null>;
  del(key: string): Promise<unknown>;
}

export interface SharedFlightOptions {
  /** A lease outlives a crashed holder by at most this long. */
  leaseMs: number;
  /** How often a waiter looks whether the holder is done. */
  pollMs: number;
  sleep: (ms: number) => Promise<void>;
}

/**
 * Single flight across processes: one process holds a lease on a URL's cache key in Redis (SET NX PX)
 * while it fetches; the others wait for the lease to go and then read the answer it cached. If there is
 * none (the fetch failed, or its answer is not cacheable), a waiter takes the lease and fetches itself.
 */
export class SharedFlight {
  readonly #client: LeaseClient;
  readonly #options: SharedFlightOptions;

  constructor(client: unknown, options: SharedFlightOptions) {
    this.#client = client as LeaseClient;
    this.#options = options;
  }

  async run<T>(key: string, cached: () => Promise<T | undefined>, fetch: () => Promise<T>): Promise<T> {
    const lease = `citecheck-flight:${key}`;
    const token = randomUUID();
    // Redis failing mid-run costs duplicate requests, never the answer: a failed SET leads, a failed GET waits no more.
    const holder = () => this.#client.get(lease).catch(() => null);
    for (;;) {
      const taken = await this.#client
        .set(lease, token, { NX: true, PX: this.#options.leaseMs })
        .catch(() => 'OK');
      if (taken !== null) {
        try {
          // Someone may have finished between our cache read and taking the lease.
          return (await cached()) ?? (await fetch());
        } finally {
          if ((await holder()) === token) await this.#client.del(lease).catch(() => {});
        }
      }
      while ((await holder()) !== null) await this.#options.sleep(this.#options.pollMs);
      const answer = await cached();
      if (answer !== undefined) return answer;
    }
  }
}
