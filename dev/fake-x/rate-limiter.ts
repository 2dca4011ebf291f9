import type { RateLimit } from './fake-x-options.js';

/** Outcome of taking one request from a host's budget. */
export type RateDecision =
  | { allowed: true; headers: Record<string, string> }
  | { allowed: false; retryAfterSeconds: number; headers: Record<string, string> };

interface Window {
  start: number;
  used: number;
}

/** Fixed-window budgets per host, remembering until when each host told the client to wait. */
export class RateLimiter {
  readonly #windows = new Map<string, Window>();
  readonly #waitUntil = new Map<string, number>();

  constructor(private limits: Record<string, RateLimit>) {}

  setLimits(limits: Record<string, RateLimit>): void {
    this.limits = limits;
  }

  /** True when a 429 told the client to wait on this host and that time has not passed. */
  isWaiting(host: string, now: number): boolean {
    const until = this.#waitUntil.get(host);
    return until !== undefined && now < until;
  }

  /** Remembers that the client was told to wait on `host` until `untilMs` (an injected Retry-After). */
  holdOff(host: string, untilMs: number): void {
    this.#waitUntil.set(host, Math.max(this.#waitUntil.get(host) ?? 0, untilMs));
  }

  take(host: string, now: number): RateDecision {
    const limit = this.limits[host];
    if (!limit) return { allowed: true, headers: {} };
    let window = this.#windows.get(host);
    if (!window || now >= window.start + limit.windowMs) {
      window = { start: now, used: 0 };
      this.#windows.set(host, window);
    }
    const resetAt = window.start + limit.windowMs;
    const headers = (remaining: number) => ({
      'x-rate-limit-limit': String(limit.limit),
      'x-rate-limit-remaining': String(remaining),
      'x-rate-limit-reset': String(Math.ceil(resetAt / 1000)),
    });
    if (window.used < limit.limit) {
      window.used += 1;
      return { allowed: true, headers: headers(limit.limit - window.used) };
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((resetAt - now) / 1000));
    this.#waitUntil.set(host, Math.max(this.#waitUntil.get(host) ?? 0, now + retryAfterSeconds * 1000));
    return { allowed: false, retryAfterSeconds, headers: headers(0) };
  }

  reset(): void {
    this.#windows.clear();
    this.#waitUntil.clear();
  }
}
