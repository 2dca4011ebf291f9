import type { Dispatcher } from 'undici';
import { readBody } from './body-reader.js';
import type { Timeouts } from './dispatcher.js';
import { FetchError, isFetchError } from './fetch-error.js';
import type { FetchEvent } from './fetcher-options.js';
import type { HostBudget } from './host-budget.js';
import type { HostGiveUp } from './host-give-up.js';
import { toFetchError } from './network-error.js';
import type { HopAnswer } from './redirect-chain.js';
import { parseRateLimitReset, serverWaitMs } from './retry-after.js';
import {
  type BackoffOptions,
  backoffDelayMs,
  isRetryableError,
  isRetryableStatus,
  type RetryReason,
} from './retry-policy.js';
import type { RunBudget } from './run-budget.js';
import type { StatsRecorder } from './stats.js';
import type { FetchRequest } from './types.js';
import { routeRequest } from './upstream.js';

/** Everything one hop needs. */
export interface HopSenderContext {
  budget: HostBudget;
  giveUp: HostGiveUp;
  run: RunBudget;
  stats: StatsRecorder;
  dispatcher: Dispatcher;
  upstream: URL | undefined;
  userAgent: string;
  maxRetries: number;
  maxRetryAfterMs: number;
  maxBytes: number;
  timeouts: Timeouts;
  backoff: BackoffOptions;
  clock: () => number;
  sleep: (ms: number) => Promise<void>;
  emit: (event: FetchEvent) => void;
}

/** One attempt: an answer, or a typed failure. */
type Attempt = { kind: 'answer'; answer: HopAnswer } | { kind: 'error'; error: FetchError };

function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = value;
  });
  return record;
}

/** Sends one request on the network (through the host budget) and reads its body. */
async function sendOnce(context: HopSenderContext, url: URL, request: FetchRequest): Promise<HopAnswer> {
  const { target, headers: routing } = routeRequest(url, context.upstream);
  const run = context.run.signal;
  const init = {
    method: request.method ?? 'GET',
    headers: { 'user-agent': context.userAgent, ...request.headers, ...routing },
    ...(request.body === undefined ? {} : { body: request.body }),
    redirect: 'manual',
    dispatcher: context.dispatcher,
    signal: request.signal === undefined ? run : AbortSignal.any([request.signal, run]),
  } as RequestInit;
  const failed = (error: unknown): FetchError =>
    run.aborted ? context.run.refusal(url.href) : toFetchError(error, url.href, request.signal);
  let response: Response;
  try {
    response = await globalThis.fetch(target, init);
  } catch (error) {
    throw failed(error);
  }
  const body =
    init.method === 'HEAD'
      ? { text: '', bytes: 0 }
      : await readBody(response, {
          maxBytes: request.maxBytes ?? context.maxBytes,
          timeoutMs: context.timeouts.body,
          url: url.href,
        }).catch((error: unknown) => {
          throw failed(error);
        });
  context.stats.add(url.host, 'bytes', body.bytes);
  context.emit({
    kind: 'response',
    host: url.host,
    url: url.href,
    status: response.status,
    bytes: body.bytes,
  });
  return { url: url.href, status: response.status, headers: headerRecord(response.headers), body: body.text };
}

/**
 * Sends one hop with politeness and retries: waits for the host budget, honours Retry-After and
 * x-rate-limit-* by pausing the host (only that host), backs off with jitter on transient failures, and
 * never retries a 4xx other than 408/429. Returns any final status it does not retry.
 */
export async function sendHop(
  context: HopSenderContext,
  url: URL,
  request: FetchRequest,
): Promise<HopAnswer> {
  const { budget, stats, clock, emit, giveUp } = context;
  const host = url.host;
  const gate = () => {
    context.run.claim(url.href);
    giveUp.check(host, url.href);
  };
  for (let retry = 0; ; retry++) {
    const announceRetry = (delayMs: number, reason: RetryReason) =>
      emit({ kind: 'retry', host, url: url.href, retry: retry + 1, delayMs, reason });
    let attempt: Attempt;
    try {
      const answer = await budget.run(
        host,
        url.href,
        () => {
          stats.add(host, 'requests');
          emit({ kind: 'request', host, url: url.href, attempt: retry + 1 });
          return sendOnce(context, url, request);
        },
        gate,
      );
      giveUp.record(host, { answered: true });
      attempt = { kind: 'answer', answer };
    } catch (error) {
      if (!isFetchError(error)) throw error;
      giveUp.record(host, { answered: false, error });
      attempt = { kind: 'error', error };
    }

    if (attempt.kind === 'error') {
      const { error } = attempt;
      if (!isRetryableError(error.code) || error.final || retry >= context.maxRetries) {
        stats.add(host, 'errors');
        throw error;
      }
      const delayMs = backoffDelayMs(retry, context.backoff);
      stats.add(host, 'retries');
      announceRetry(delayMs, { kind: 'error', code: error.code });
      await context.sleep(delayMs);
      continue;
    }

    const { answer } = attempt;
    const status = answer.status;
    const waitMs = serverWaitMs(answer.headers, clock());
    const rateLimited = status === 429 || status === 503;
    if (status === 429 || (status === 503 && waitMs !== undefined)) stats.add(host, 'rateLimited');
    // A rate-limit answer with a hint, or any answer announcing the window is used up: keep away from this host
    const pauseMs = rateLimited ? waitMs : parseRateLimitReset(answer.headers, clock());
    if (pauseMs !== undefined) {
      const added = budget.pauseUntil(host, clock() + pauseMs);
      stats.add(host, 'pausedMs', added);
      if (added > 0) emit({ kind: 'paused', host, waitMs: pauseMs, status });
    }
    if (!isRetryableStatus(status)) return answer;

    if (rateLimited && waitMs !== undefined && waitMs > context.maxRetryAfterMs) {
      stats.add(host, 'errors');
      throw new FetchError(
        'rate-limited',
        `${host} answered ${status} asking to wait ${Math.ceil(waitMs / 1000)}s, more than the ${Math.round(context.maxRetryAfterMs / 1000)}s maximum: giving up on this host`,
        { url: url.href, status },
      );
    }
    if (retry >= context.maxRetries) {
      stats.add(host, 'errors');
      const code = rateLimited ? 'rate-limited' : 'http-status';
      throw new FetchError(code, `${url.href} answered ${status} after ${retry + 1} attempts`, {
        url: url.href,
        status,
      });
    }
    stats.add(host, 'retries');
    if (rateLimited && waitMs !== undefined) {
      // The host pause already holds this retry back; the budget waits it out
      announceRetry(waitMs, { kind: 'status', status });
      continue;
    }
    const delayMs = backoffDelayMs(retry, context.backoff);
    announceRetry(delayMs, { kind: 'status', status });
    if (status === 429) {
      // 429 without a hint: the whole host backs off, not just this request
      const added = budget.pauseUntil(host, clock() + delayMs);
      stats.add(host, 'pausedMs', added);
      if (added > 0) emit({ kind: 'paused', host, waitMs: delayMs, status });
    } else {
      await context.sleep(delayMs);
    }
  }
}
