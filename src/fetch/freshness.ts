/**
 * When a cached post answer is due for a re-check. PURE: (posting time, last change, last fetch) → due time.
 *
 * A post's text can change only inside its edit window; after that only its availability (deleted,
 * protected, suspended…) can. So an answer fetched after the window is final as content, and what is left to
 * watch is availability, which changes less the longer it has held: the interval grows with how long the
 * answer has been stable, capped so the whole archive is still re-checked every week. Unavailable posts
 * stay on a short leash (they come back). A deterministic jitter per URL spreads a fleet's re-checks.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * X's edit window. The real samples carry `edit_control.editable_until_msecs` = created_at + 60 min (a 2026
 * post) and + 30 min (2023 posts); the longer one is used so no edit is ever missed.
 */
export const EDIT_WINDOW_MS = 60 * MINUTE;

export interface FreshnessPolicy {
  editWindowMs: number;
  /** Shortest re-check interval (a fresh post or a just-changed answer). */
  minIntervalMs: number;
  /** Longest re-check interval of an available post: the archive is covered within this. */
  maxIntervalMs: number;
  /** Longest re-check interval of an unavailable post. */
  unavailableMaxIntervalMs: number;
  /** Interval = stable-for × this, between the bounds. */
  stabilityFactor: number;
  /** Up to this fraction is taken off an interval, fixed per URL. */
  jitter: number;
}

export const DEFAULT_FRESHNESS: FreshnessPolicy = {
  editWindowMs: EDIT_WINDOW_MS,
  minIntervalMs: HOUR,
  maxIntervalMs: 7 * DAY,
  unavailableMaxIntervalMs: DAY,
  stabilityFactor: 0.25,
  jitter: 0.2,
};

export interface FreshnessInput {
  /** Seed of the jitter (the cache key or URL). */
  key: string;
  /** Posting time (the ID's Snowflake time), epoch ms; null when unknown. */
  postedAt: number | null;
  /** When this answer was last seen to change, epoch ms; null if it never has since the first fetch. */
  changedAt: number | null;
  /** When the answer was fetched, epoch ms. */
  fetchedAt: number;
  /** Whether the answer is the post (false: gone, withheld, protected, tombstone, 404…). */
  available: boolean;
}

/** Whether content fetched at `fetchedAt` is final (the edit window had closed). */
export function contentIsFinal(
  postedAt: number | null,
  fetchedAt: number,
  policy = DEFAULT_FRESHNESS,
): boolean {
  return postedAt !== null && fetchedAt >= postedAt + policy.editWindowMs;
}

/** A number in [0, 1) fixed for `key` (FNV-1a), so every process of a fleet jitters a URL alike. */
export function jitterFraction(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 2 ** 32;
}

/** Epoch ms at which the answer should be fetched again. */
export function nextCheckDue(input: FreshnessInput, policy = DEFAULT_FRESHNESS): number {
  const { postedAt, changedAt, fetchedAt, available } = input;
  // Fetched inside the edit window: the text may still change, so look again as soon as it closes.
  if (available && postedAt !== null && !contentIsFinal(postedAt, fetchedAt, policy)) {
    return Math.max(postedAt + policy.editWindowMs, fetchedAt + MINUTE);
  }
  // Never seen to change: it has held since the window closed (or since we first saw it, if unknown).
  const stableSince = changedAt ?? (postedAt === null ? fetchedAt : postedAt + policy.editWindowMs);
  const stableFor = Math.max(0, fetchedAt - stableSince);
  const cap = available ? policy.maxIntervalMs : policy.unavailableMaxIntervalMs;
  const interval = Math.min(cap, Math.max(policy.minIntervalMs, stableFor * policy.stabilityFactor));
  const jittered = interval * (1 - policy.jitter * jitterFraction(input.key));
  return fetchedAt + Math.max(policy.minIntervalMs, Math.round(jittered));
}
