import { RateLimiterRedis } from 'rate-limiter-flexible';

/** What the shared gate says about sending one request to a host now. */
export type GateAnswer =
  | { kind: 'go' }
  /** The host's shared slot is taken: try again in `ms`. */
  | { kind: 'wait'; ms: number }
  /** Some process of the fleet was told to wait (429/503 Retry-After) until `untilMs`. */
  | { kind: 'paused'; untilMs: number };

/** Per-host request spacing and rate-limit pauses shared by every process using one Redis. */
export interface SharedHostGate {
  acquire(host: string, ratePerSecond: number): Promise<GateAnswer>;
  pause(host: string, untilMs: number): Promise<void>;
}

/**
 * A fleet's per-host budget on rate-limiter-flexible's RateLimiterRedis (atomic counters in Redis):
 * each host's timeline is cut into slots of 1/rate s and one request may take each slot, so the whole
 * fleet sends at most the host's rate, evenly spaced as one client would. A pause is the library's block
 * on the host's key, read by every process before it sends. Times are Redis expiries, so processes on
 * different machines need clocks within a slot of each other only for the spacing, not for pauses.
 */
export function createSharedHostGate(client: unknown, now: () => number = Date.now): SharedHostGate {
  const slots = new Map<number, RateLimiterRedis>();
  const slotLimiter = (slotMs: number): RateLimiterRedis => {
    let limiter = slots.get(slotMs);
    if (limiter === undefined) {
      // one point per slot key; the key outlives its slot (Redis expiry is in whole seconds)
      limiter = new RateLimiterRedis({
        storeClient: client,
        useRedisPackage: true,
        keyPrefix: 'citecheck-slot',
        points: 1,
        duration: Math.max(1, Math.ceil(slotMs / 1000)),
      });
      slots.set(slotMs, limiter);
    }
    return limiter;
  };
  const pauses = new RateLimiterRedis({
    storeClient: client,
    useRedisPackage: true,
    keyPrefix: 'citecheck-pause',
    points: 1,
    duration: 1,
  });

  return {
    async acquire(host, ratePerSecond) {
      try {
        return await take(host, ratePerSecond);
      } catch {
        return { kind: 'go' }; // a Redis outage leaves each process its own budget, never stuck
      }
    },
    async pause(host, untilMs) {
      const seconds = Math.ceil((untilMs - now()) / 1000);
      if (seconds > 0) await pauses.block(host, seconds).catch(() => {});
    },
  };

  async function take(host: string, ratePerSecond: number): Promise<GateAnswer> {
    const paused = await pauses.get(host);
    if (paused !== null && paused.consumedPoints > 1 && paused.msBeforeNext > 0) {
      return { kind: 'paused', untilMs: now() + paused.msBeforeNext };
    }
    if (!Number.isFinite(ratePerSecond) || ratePerSecond <= 0) return { kind: 'go' };
    const slotMs = 1000 / ratePerSecond;
    const at = now();
    const slot = Math.floor(at / slotMs);
    try {
      await slotLimiter(slotMs).consume(`${host}:${slotMs}:${slot}`);
      return { kind: 'go' };
    } catch (rejection) {
      if (rejection instanceof Error) throw rejection; // Redis failed, not a full slot
      return { kind: 'wait', ms: Math.max(1, Math.ceil((slot + 1) * slotMs - at)) };
    }
  }
}
