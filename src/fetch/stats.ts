import type { FetchStats, HostStats } from './types.js';

/** Counter names of HostStats. */
export type HostCounter = keyof HostStats;

/** Per-host counters, keyed by the host of the URL asked for (even when an upstream serves it). */
export class StatsRecorder {
  readonly #hosts = new Map<string, HostStats>();

  /** Adds `amount` (default 1) to one counter of a host. */
  add(host: string, counter: HostCounter, amount = 1): void {
    let stats = this.#hosts.get(host);
    if (stats === undefined) {
      stats = { requests: 0, cacheHits: 0, retries: 0, rateLimited: 0, errors: 0, bytes: 0, pausedMs: 0 };
      this.#hosts.set(host, stats);
    }
    stats[counter] += amount;
  }

  /** A copy of every host's counters, hosts sorted by name. */
  snapshot(): FetchStats {
    const hosts = [...this.#hosts.keys()].sort();
    return Object.fromEntries(hosts.map((host) => [host, { ...(this.#hosts.get(host) as HostStats) }]));
  }
}
