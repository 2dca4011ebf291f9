/** Shares one in-flight promise among identical concurrent calls (same key). */
export class SingleFlight<T> {
  readonly #inFlight = new Map<string, Promise<T>>();

  /** Runs `work` unless a call with this key is already running, in which case its promise is shared. */
  run(key: string, work: () => Promise<T>): Promise<T> {
    const running = this.#inFlight.get(key);
    if (running !== undefined) return running;
    const promise = work().finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, promise);
    return promise;
  }

  /** Whether a call with this key is running now. */
  has(key: string): boolean {
    return this.#inFlight.has(key);
  }
}
