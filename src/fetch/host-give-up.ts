import { FetchError, type FetchErrorCode } from './fetch-error.js';

/** Failures that mean "the host does not answer": each costs a whole timeout, or signals the host is down. */
const SILENT: ReadonlySet<FetchErrorCode> = new Set(['timeout', 'connect', 'reset']);

/**
 * Gives a host up after `threshold` consecutive attempts that got no answer (timeouts, refused or cut
 * connections); any HTTP answer, even an error status, resets the count. Without it a host that never
 * answers costs every request all its retries (4 × 15 s), hours over a site; with it the rest of that
 * host's requests fail at once with 'host-given-up'.
 */
export class HostGiveUp {
  readonly #threshold: number;
  readonly #hosts = new Map<string, { failures: number; last: string }>();
  readonly #onGiveUp: (host: string, message: string) => void;

  constructor(threshold: number, onGiveUp: (host: string, message: string) => void = () => {}) {
    this.#threshold = threshold;
    this.#onGiveUp = onGiveUp;
  }

  #message(host: string, state: { failures: number; last: string }): string {
    return `${host} gave no answer ${state.failures} times in a row (last: ${state.last}), so the rest of its requests are not sent this run`;
  }

  /** Throws FetchError 'host-given-up' when `host` has been given up. */
  check(host: string, url: string): void {
    const state = this.#hosts.get(host);
    if (state === undefined || state.failures < this.#threshold) return;
    throw new FetchError('host-given-up', `not sent: ${this.#message(host, state)}`, { url });
  }

  /** Records the outcome of one attempt: an answer (resets), or a failure (counts if it was silence). */
  record(host: string, outcome: { answered: true } | { answered: false; error: FetchError }): void {
    if (outcome.answered) {
      this.#hosts.delete(host);
      return;
    }
    if (!SILENT.has(outcome.error.code)) return;
    const state = { failures: (this.#hosts.get(host)?.failures ?? 0) + 1, last: outcome.error.code };
    this.#hosts.set(host, state);
    if (state.failures === this.#threshold) this.#onGiveUp(host, `gave up on ${this.#message(host, state)}`);
  }
}
