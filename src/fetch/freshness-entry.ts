import { nextCheckDue } from './freshness.js';
import type { FetchResponse, FreshnessHint } from './types.js';

/** A post answer's cache entry on the freshness policy. */
export interface PolicyEntry {
  response: Omit<FetchResponse, 'fromCache'>;
  freshUntil: number;
  state: string;
  changedAt: number | null;
}

/**
 * Builds the entry for a freshly fetched post answer: its state label is compared with the previous entry's
 * to know when the answer last changed, and the policy turns that into the next re-check.
 */
export function freshUntilByPolicy(
  key: string,
  response: PolicyEntry['response'],
  hint: FreshnessHint,
  previous: { state?: string | undefined; changedAt?: number | null | undefined } | undefined,
): PolicyEntry {
  const fetchedAt = Date.parse(response.fetchedAt);
  const state = hint.state(response.status, response.body);
  // First sight, or an entry written before the policy: no change seen yet.
  const changedAt =
    previous?.state === undefined
      ? null
      : previous.state === state
        ? (previous.changedAt ?? null)
        : fetchedAt;
  const freshUntil = nextCheckDue({
    key,
    postedAt: hint.postedAt,
    changedAt,
    fetchedAt,
    available: state === 'available',
  });
  return { response, freshUntil, state, changedAt };
}
