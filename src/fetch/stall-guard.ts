import { TIMED_OUT, within } from './within.js';

/**
 * One server's stall watch, shared by everything that talks to it (the Redis cache and the fleet): the first
 * command that does not settle within `timeoutMs` (a Redis stopped with SIGSTOP keeps its socket open and
 * never answers) gives the server up for the rest of the run, said once; later commands skip at once.
 */
export interface StallGuard {
  readonly timeoutMs: number;
  isDown(): boolean;
  /** `work`'s value, or TIMED_OUT: after the timeout, or at once when the server was already given up. */
  run<T>(what: string, work: () => Promise<T>): Promise<T | typeof TIMED_OUT>;
}

export function createStallGuard(timeoutMs: number, onDown: (message: string) => void): StallGuard {
  let down = false;
  return {
    timeoutMs,
    isDown: () => down,
    async run(what, work) {
      if (down) return TIMED_OUT;
      const result = await within(timeoutMs, work());
      if (result === TIMED_OUT && !down) {
        down = true;
        onDown(
          `the cache did not answer a ${what} within ${timeoutMs} ms: it is not used (nor shared as the fleet's budget) for the rest of this run`,
        );
      }
      return result;
    },
  };
}
