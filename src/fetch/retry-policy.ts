import type { FetchErrorCode } from './fetch-error.js';

/** Why an attempt may be retried. */
export type RetryReason = { kind: 'status'; status: number } | { kind: 'error'; code: FetchErrorCode };

/** Statuses worth another attempt: request timeout, too many requests, and server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** Network failures worth another attempt; DNS answers, guard refusals and size limits are final. */
export function isRetryableError(code: FetchErrorCode): boolean {
  return code === 'timeout' || code === 'reset' || code === 'connect';
}

/** Settings of the exponential backoff. */
export interface BackoffOptions {
  /** First delay, ms. */
  baseMs: number;
  /** Upper bound of any delay, ms. */
  capMs: number;
  /** Uniform [0, 1) source; injectable for deterministic tests. */
  random: () => number;
}

/** Default backoff: 500 ms doubling, capped at 30 s. */
export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 500, capMs: 30_000, random: Math.random };

/**
 * Delay before retry number `retry` (0-based): exponential with "equal jitter", so it is at least half
 * the exponential step (never a hot loop) and spread so parallel clients do not retry in lockstep.
 */
export function backoffDelayMs(retry: number, options: BackoffOptions = DEFAULT_BACKOFF): number {
  const step = Math.min(options.capMs, options.baseMs * 2 ** retry);
  return Math.round(step / 2 + options.random() * (step / 2));
}
