/**
 * An injected clock for the fetcher: time only moves when every in-process task is waiting on `sleep`,
 * and then jumps straight to the earliest wake-up. Tests of rates and pauses run instantly and exactly.
 */
export class VirtualClock {
  now = Date.UTC(2025, 0, 1);
  readonly #sleepers: Array<{ at: number; wake: () => void }> = [];

  readonly clock = (): number => this.now;

  readonly sleep = (ms: number): Promise<void> =>
    new Promise((wake) => {
      this.#sleepers.push({ at: this.now + Math.max(0, ms), wake });
    });

  /** Runs `work` to completion, advancing virtual time whenever everything else is idle. */
  async run<T>(work: Promise<T>): Promise<T> {
    let done = false;
    work.then(
      () => {
        done = true;
      },
      () => {
        done = true;
      },
    );
    while (!done) {
      await settle();
      if (done) break;
      this.#sleepers.sort((a, b) => a.at - b.at);
      const next = this.#sleepers.shift();
      if (next === undefined) continue;
      this.now = Math.max(this.now, next.at);
      next.wake();
    }
    return work;
  }

  /** Moves time forward by `ms` without waking anyone (for TTL expiry). */
  advance(ms: number): void {
    this.now += ms;
  }
}

/** Lets every pending promise, I/O callback and zero-delay timer in this process run. */
async function settle(): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    await new Promise((resolve) => setImmediate(resolve));
  }
}
