/**
 * A clock for the fetcher's politeness (rate spacing, Retry-After pauses, backoff) that jumps forward by
 * every sleep instead of waiting, so a 429 storm with `Retry-After: 30` costs no real time. Network
 * timeouts stay real: they are undici's and the body reader's own timers.
 */
export function createJumpClock(start = Date.UTC(2025, 5, 1)) {
  let now = start;
  return {
    clock: (): number => now,
    sleep: async (ms: number): Promise<void> => {
      now += Math.max(0, ms);
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}
