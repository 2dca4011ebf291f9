import { describe, expect, it } from 'vitest';
import { parseRateLimitReset, parseRetryAfter, serverWaitMs } from '../../src/fetch/retry-after.js';
import { backoffDelayMs, isRetryableStatus } from '../../src/fetch/retry-policy.js';

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);

describe('parseRetryAfter', () => {
  it('reads delta-seconds as milliseconds', () => {
    expect(parseRetryAfter('2', NOW)).toBe(2000);
    expect(parseRetryAfter(' 120 ', NOW)).toBe(120_000);
  });

  it('reads an HTTP date as the time left until it', () => {
    expect(parseRetryAfter('Sun, 01 Jun 2025 12:00:30 GMT', NOW)).toBe(30_000);
  });

  it('treats a date in the past as no wait', () => {
    expect(parseRetryAfter('Sun, 01 Jun 2025 11:00:00 GMT', NOW)).toBe(0);
  });

  it.each(['soon', '-5', '1.5', ''])('ignores the unparsable value %j', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });
});

describe('parseRateLimitReset', () => {
  it('waits until the reset epoch when no requests remain', () => {
    const headers = { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(NOW / 1000 + 900) };
    expect(parseRateLimitReset(headers, NOW)).toBe(900_000);
  });

  it('does not wait while requests remain', () => {
    const headers = { 'x-rate-limit-remaining': '3', 'x-rate-limit-reset': String(NOW / 1000 + 900) };
    expect(parseRateLimitReset(headers, NOW)).toBeUndefined();
  });
});

describe('serverWaitMs', () => {
  it('takes the longer of Retry-After and the rate-limit reset', () => {
    const headers = {
      'retry-after': '5',
      'x-rate-limit-remaining': '0',
      'x-rate-limit-reset': String(NOW / 1000 + 60),
    };
    expect(serverWaitMs(headers, NOW)).toBe(60_000);
    expect(serverWaitMs({ 'retry-after': '5' }, NOW)).toBe(5000);
    expect(serverWaitMs({}, NOW)).toBeUndefined();
  });
});

describe('retry policy', () => {
  it('retries 408, 429 and 5xx but no other 4xx', () => {
    expect([408, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 410, 422].some(isRetryableStatus)).toBe(false);
  });

  it('backs off exponentially with jitter between half and all of each step, capped', () => {
    const options = { baseMs: 500, capMs: 4000 };
    expect([0, 1, 2, 3, 4].map((n) => backoffDelayMs(n, { ...options, random: () => 0 }))).toEqual([
      250, 500, 1000, 2000, 2000,
    ]);
    expect([0, 1, 2, 3, 4].map((n) => backoffDelayMs(n, { ...options, random: () => 0.999999 }))).toEqual([
      500, 1000, 2000, 4000, 4000,
    ]);
  });
});
