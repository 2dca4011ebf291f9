/** Response headers as a lowercase-keyed record. */
type HeaderRecord = Readonly<Record<string, string>>;

/**
 * Milliseconds to wait according to `Retry-After` (delta-seconds or an HTTP date), or undefined when
 * absent or unparsable. A date in the past means "now" (0).
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only real HTTP dates (they name a weekday or month); Date.parse accepts far too much otherwise
  if (!/[a-z]{3}/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/**
 * Milliseconds until the rate window resets when `x-rate-limit-remaining` is 0 and
 * `x-rate-limit-reset` (epoch seconds) is given; undefined otherwise.
 */
export function parseRateLimitReset(headers: HeaderRecord, nowMs: number): number | undefined {
  const remaining = headers['x-rate-limit-remaining'];
  const reset = headers['x-rate-limit-reset'];
  if (remaining === undefined || reset === undefined) return undefined;
  if (!/^\d+$/.test(remaining.trim()) || Number(remaining) > 0) return undefined;
  if (!/^\d+(\.\d+)?$/.test(reset.trim())) return undefined;
  return Math.max(0, Math.ceil(Number(reset) * 1000 - nowMs));
}

/** How long the server asks us to stay away, from whichever rate-limit header it sent (the longer wins). */
export function serverWaitMs(headers: HeaderRecord, nowMs: number): number | undefined {
  const retryAfter = parseRetryAfter(headers['retry-after'], nowMs);
  const reset = parseRateLimitReset(headers, nowMs);
  if (retryAfter === undefined) return reset;
  if (reset === undefined) return retryAfter;
  return Math.max(retryAfter, reset);
}
