import pLimit, { type LimitFunction } from 'p-limit';
import { FetchError } from './fetch-error.js';
import type { GateAnswer, SharedHostGate } from './shared-limiter.js';

/** Settings of the per-host politeness budget. */
export interface HostBudgetOptions {
  /** Cap on requests in flight across all hosts. */
  concurrency: number;
  /** Cap on requests in flight to one host. */
  perHostConcurrency: number;
  /** Requests per second allowed to a host. */
  rateFor: (host: string) => number;
  /** A pause longer than this means the host is given up on: requests fail instead of waiting. */
  maxPauseMs: number;
  clock: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Fleet-wide spacing and pauses in a shared Redis (src/fetch/shared-limiter.ts); the local budget still applies. */
  shared?: SharedHostGate | undefined;
}

interface HostState {
  limit: LimitFunction;
  /** Earliest time the next request may be sent (token spacing). */
  nextSlotAt: number;
  /** No request until this time (set by rate-limit answers). */
  pausedUntil: number;
}

/** Result of one pass at the global queue: either the task ran, or the host became unready meanwhile. */
type Attempt<T> =
  | { kind: 'ran'; value: T }
  | { kind: 'not-ready'; gate?: Exclude<GateAnswer, { kind: 'go' }> };

/** Per-host concurrency, evenly spaced request rate, and pause-until; plus the global concurrency cap. */
export class HostBudget {
  readonly #options: HostBudgetOptions;
  readonly #global: LimitFunction;
  readonly #hosts = new Map<string, HostState>();

  constructor(options: HostBudgetOptions) {
    this.#options = options;
    this.#global = pLimit(options.concurrency);
  }

  #state(host: string): HostState {
    let state = this.#hosts.get(host);
    if (state === undefined) {
      state = { limit: pLimit(this.#options.perHostConcurrency), nextSlotAt: 0, pausedUntil: 0 };
      this.#hosts.set(host, state);
    }
    return state;
  }

  #intervalMs(host: string): number {
    const rate = this.#options.rateFor(host);
    return Number.isFinite(rate) && rate > 0 ? 1000 / rate : 0;
  }

  /**
   * Runs `task` (one network request) when the host has a free slot, its rate budget allows it, and it
   * is not paused. Waiting happens outside the global queue, so a paused host never holds global slots
   * and other hosts keep flowing. Throws FetchError 'rate-limited' if the host is paused beyond maxPauseMs.
   * `gate` throws to abandon the request before it takes a slot; it is asked again after every wait, so a
   * request queued behind a host that has since been given up (or a spent run budget) fails at once.
   */
  run<T>(host: string, url: string, task: () => Promise<T>, gate: () => void = () => {}): Promise<T> {
    const state = this.#state(host);
    const { clock, sleep, maxPauseMs } = this.#options;
    return state.limit(async () => {
      for (;;) {
        gate();
        const now = clock();
        if (state.pausedUntil - now > maxPauseMs) {
          const seconds = Math.ceil((state.pausedUntil - now) / 1000);
          throw new FetchError(
            'rate-limited',
            `${host} asked us to wait ${seconds}s, more than the ${Math.round(maxPauseMs / 1000)}s maximum: giving up on this host`,
            { url },
          );
        }
        const readyAt = Math.max(state.nextSlotAt, state.pausedUntil);
        if (readyAt > now) {
          await sleep(readyAt - now);
          continue;
        }
        const attempt = await this.#global(async (): Promise<Attempt<T>> => {
          // Re-check at send time: a pause may have started, or the slot been taken, while queued
          if (clock() < Math.max(state.nextSlotAt, state.pausedUntil)) return { kind: 'not-ready' };
          // The fleet's slot and pauses, asked last so that nothing waits between the answer and the send
          const fleet = await this.#options.shared?.acquire(host, this.#options.rateFor(host));
          if (fleet !== undefined && fleet.kind !== 'go') return { kind: 'not-ready', gate: fleet };
          const sendAt = clock();
          if (sendAt < Math.max(state.nextSlotAt, state.pausedUntil)) return { kind: 'not-ready' };
          gate();
          state.nextSlotAt = sendAt + this.#intervalMs(host);
          return { kind: 'ran', value: await task() };
        });
        if (attempt.kind === 'ran') return attempt.value;
        if (attempt.gate?.kind === 'paused') this.#pause(state, attempt.gate.untilMs);
        if (attempt.gate?.kind === 'wait') await sleep(attempt.gate.ms);
      }
    });
  }

  /** Pauses a host until `untilMs`; returns how many ms this added to its pause (0 if already paused longer). */
  pauseUntil(host: string, untilMs: number): number {
    const added = this.#pause(this.#state(host), untilMs);
    // the rest of the fleet learns of it too (never awaited: this process's own pause is already set)
    if (added > 0) void this.#options.shared?.pause(host, untilMs);
    return added;
  }

  #pause(state: HostState, untilMs: number): number {
    const from = Math.max(this.#options.clock(), state.pausedUntil);
    if (untilMs <= from) return 0;
    state.pausedUntil = untilMs;
    return untilMs - from;
  }
}
