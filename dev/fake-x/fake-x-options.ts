import type { SavePageNowKnobs } from './save-endpoint.js';
/** A fault the fake injects instead of (or into) its normal answer. */
export type Fault =
  | { kind: 'timeout' }
  | { kind: 'reset' }
  /** With retryAfterSeconds: a Retry-After header, and requests before it elapses count as violations. */
  | { kind: 'status'; status: number; retryAfterSeconds?: number }
  | { kind: 'truncated-json' }
  | { kind: 'malformed-json' }
  | { kind: 'huge-body'; bytes: number }
  | { kind: 'redirect-loop' };

/**
 * When a fault fires: on the first `first` matching requests ("fails twice then works"),
 * or on each matching request with `probability` (seeded RNG).
 */
export type FaultRule = {
  /** Effective host to match; any host when absent. */
  host?: string;
  /** Path to match: exact, or a prefix when it ends with `*`; any path when absent. */
  path?: string;
  fault: Fault;
} & ({ first: number; probability?: never } | { probability: number; first?: never });

/** A fixed-window request budget for one host. */
export interface RateLimit {
  limit: number;
  windowMs: number;
}

/** Behaviour knobs of the fake. All optional; the defaults answer at once, without limits or faults. */
export interface FakeXOptions {
  /** Added latency per answer: fixed ms, or [min, max] drawn from the seeded RNG. */
  latencyMs?: number | [number, number];
  /** Per-host budgets; over budget answers 429 with Retry-After and x-rate-limit-* headers. */
  rateLimits?: Record<string, RateLimit>;
  /** Injected faults; the first matching rule that fires wins. */
  faults?: FaultRule[];
  /** Seed of the RNG behind jitter and probabilistic faults (default 1). */
  seed?: number;
  /** Save Page Now's limits and failures (dev/fake-x/save-endpoint.ts). */
  savePageNow?: SavePageNowKnobs;
  /** Clock in epoch ms (default Date.now); inject one to test rate limits without sleeping. */
  clock?: () => number;
}
