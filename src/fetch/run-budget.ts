import { FetchError } from './fetch-error.js';

/**
 * Limits on a whole run's network work. Only a duration today; this is the one place a later limit
 * (a request count) is added: `claim` is called before every request is sent, so it can count there, and
 * `spent` tells callers (an ordering that refreshes the stalest answers first) whether any budget is left.
 */
export interface RunLimits {
  /** Wall time from the fetcher's creation after which no new request is sent, ms. Default: no limit. */
  maxDurationMs?: number;
}

/** The run's budget: once spent, no request starts and `signal` aborts what is in flight or waiting. */
export class RunBudget {
  readonly #deadline: number;
  readonly #clock: () => number;
  readonly #controller = new AbortController();
  readonly #timer: NodeJS.Timeout | undefined;
  readonly #onSpent: (message: string) => void;
  readonly #message: string;
  readonly #limit: string;

  constructor(limits: RunLimits, clock: () => number, onSpent: (message: string) => void = () => {}) {
    const ms = limits.maxDurationMs;
    this.#clock = clock;
    this.#deadline = ms === undefined ? Number.POSITIVE_INFINITY : clock() + ms;
    this.#limit = formatDuration(ms ?? 0);
    this.#message = `not checked: run time limit reached (${this.#limit})`;
    this.#onSpent = onSpent;
    if (ms !== undefined) {
      // Real time, so a request stuck in flight is cut at the limit; unref'd, so it never keeps a process up
      this.#timer = setTimeout(() => this.#spend(), ms);
      this.#timer.unref();
    }
  }

  #spend(): void {
    if (this.#controller.signal.aborted) return;
    this.#controller.abort(new Error(this.#message));
    this.#onSpent(
      `run time limit of ${this.#limit} reached: no new requests are sent, and what is not checked yet is reported unverifiable`,
    );
  }

  /** Why no new network work may start, or undefined while budget is left. */
  spent(): string | undefined {
    if (this.#clock() >= this.#deadline) this.#spend();
    return this.#controller.signal.aborted ? this.#message : undefined;
  }

  /** Throws FetchError 'run-limit' when the budget is spent; called before each request is sent. */
  claim(url: string): void {
    if (this.spent() !== undefined) throw this.refusal(url);
  }

  /** The error of a request the spent budget stopped ("not checked", not a network failure). */
  refusal(url: string): FetchError {
    return new FetchError('run-limit', this.#message, { url });
  }

  /** Aborted when the budget is spent: requests in flight stop, waits end. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Stops the timer (the fetcher is closing). */
  close(): void {
    clearTimeout(this.#timer);
  }
}

/** `90000` → `1m30s`, for messages. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  const seconds = Math.round(ms / 1000);
  const parts = [
    [Math.floor(seconds / 3600), 'h'],
    [Math.floor((seconds % 3600) / 60), 'm'],
    [seconds % 60, 's'],
  ] as const;
  return parts.flatMap(([value, unit]) => (value > 0 ? [`${value}${unit}`] : [])).join('');
}

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Parses `--max-duration` values: `90s`, `30m`, `1.5h`, `500ms`; undefined unless above 0 with a unit. */
export function parseDuration(input: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)\s*$/i.exec(input);
  const ms = Number(match?.[1]) * (UNIT_MS[match?.[2]?.toLowerCase() ?? ''] ?? Number.NaN);
  return ms > 0 ? Math.round(ms) : undefined;
}
