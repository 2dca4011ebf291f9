import type { FetchError } from '../fetch/fetch-error.js';
import { isFetchError } from '../fetch/fetch-error.js';
import type { UnverifiableReason } from '../result.js';

/** Why one endpoint could not answer: the reason a lookup reports, and a line for humans. */
export interface SourceFailure {
  reason: UnverifiableReason;
  detail: string;
}

/** Maps a FetchError code to the lookup's unverifiable reason. PURE. */
export function reasonForFetchError(error: FetchError): UnverifiableReason {
  switch (error.code) {
    case 'timeout':
      return 'timeout';
    case 'rate-limited':
      return 'rate-limited';
    case 'offline-miss':
      return 'offline-miss';
    case 'not-checked':
      return 'not-checked';
    case 'refused-by-guard':
      return 'refused-by-guard';
    case 'http-status':
      return error.status === 429 ? 'rate-limited' : 'network';
    case 'too-large':
    case 'bad-url':
    case 'unsupported-scheme':
      return 'unexpected-response';
    case 'dns':
    case 'connect':
    case 'reset':
    case 'redirect-loop':
    case 'too-many-redirects':
    case 'aborted':
      return 'network';
    case 'host-given-up':
      return 'host-given-up';
    case 'run-limit':
      return 'not-checked';
  }
}

/**
 * Turns a thrown FetchError into a SourceFailure; anything else is a bug and is re-thrown,
 * never swallowed.
 */
export function failureFromError(error: unknown, what: string): SourceFailure {
  if (!isFetchError(error)) throw error;
  return { reason: reasonForFetchError(error), detail: `${what}: ${error.code}: ${error.message}` };
}

/** A failure for an HTTP status the endpoint is not documented to answer with. PURE. */
export function failureFromStatus(status: number, what: string): SourceFailure {
  const reason: UnverifiableReason =
    status === 429 ? 'rate-limited' : status >= 500 ? 'network' : 'unexpected-response';
  return { reason, detail: `${what}: HTTP ${status}` };
}
