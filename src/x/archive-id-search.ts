import type { Fetcher } from '../fetch/types.js';
import type { CdxCapture } from './schemas.js';
import { LAST_PRE_SNOWFLAKE_ID, SNOWFLAKE_EPOCH_MS } from './snowflake.js';
import type { SourceFailure } from './source-failure.js';
import { parseStatusTarget } from './status-url-target.js';
import { cdxUrl, isFailure, queryCdx } from './wayback.js';

/** The posts the Wayback Machine lists for one account around one date. */
export type ArchiveCandidates =
  | { kind: 'found'; ids: string[]; total: number; query: string }
  | { kind: 'none'; detail: string }
  | ({ kind: 'failed' } & SourceFailure);

/** Candidates looked up at most: each costs a post lookup. */
export const MAX_ARCHIVE_CANDIDATES = 8;
// Distinct archived URLs read per host; a month of a busy account's posts fits.
const CDX_ROWS = 2000;
const DAY_MS = 86_400_000;
const TIMESTAMP_BITS = 22n;

/**
 * The range of status IDs created on a cited UTC date, widened by a day on each side (an embed shows
 * the date in the reader's time zone). Null before Snowflake IDs carried their time (2010-11-04). PURE.
 */
export function statusIdWindow(date: string): { low: bigint; high: bigint } | null {
  const day = Date.parse(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(day)) return null;
  const from = BigInt(day - DAY_MS) - SNOWFLAKE_EPOCH_MS;
  const to = BigInt(day + 2 * DAY_MS) - SNOWFLAKE_EPOCH_MS;
  if (from < 0n) return null;
  const low = from << TIMESTAMP_BITS;
  const high = (to << TIMESTAMP_BITS) - 1n;
  return low > LAST_PRE_SNOWFLAKE_ID ? { low, high } : null;
}

/** The longest decimal prefix every ID in the window shares: what a CDX prefix query can narrow on. PURE. */
export function sharedIdPrefix(window: { low: bigint; high: bigint }): string {
  const low = window.low.toString();
  const high = window.high.toString();
  if (low.length !== high.length) return '';
  let i = 0;
  while (i < low.length && low[i] === high[i]) i++;
  return low.slice(0, i);
}

/** Distinct IDs of the account's posts inside the window, in ID (time) order. PURE. */
export function candidateIds(
  captures: readonly CdxCapture[],
  handle: string,
  window: { low: bigint; high: bigint },
): string[] {
  const ids = new Set<string>();
  for (const capture of captures) {
    const target = parseStatusTarget(capture.original);
    if (!target || target.handle?.toLowerCase() !== handle.toLowerCase()) continue;
    const id = BigInt(target.statusId);
    if (id >= window.low && id <= window.high) ids.add(target.statusId);
  }
  return [...ids].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0));
}

/**
 * Which posts of `handle` the Wayback Machine has seen from around `date`: the way to a post when the
 * article shows no ID and no media link. A capture of any status (a login wall too) proves the ID
 * existed; the caller decides by comparing texts which one the article cites.
 */
export async function findArchivedIdCandidates(
  handle: string,
  date: string,
  fetcher: Fetcher,
): Promise<ArchiveCandidates> {
  if (!/^[A-Za-z0-9_]{1,20}$/.test(handle)) {
    return { kind: 'none', detail: `not a handle the archive can be searched for: @${handle}` };
  }
  const window = statusIdWindow(date);
  const prefix = window === null ? '' : sharedIdPrefix(window);
  if (window === null || prefix.length < 2) {
    return { kind: 'none', detail: `no archive search by date for ${date}: its IDs share no prefix` };
  }
  const targets = [`twitter.com/${handle}/status/${prefix}`, `x.com/${handle}/status/${prefix}`];
  const answers = await Promise.all(
    targets.map((target) => queryCdx(cdxUrl(target, { limit: CDX_ROWS, distinctUrls: true }), fetcher)),
  );
  const captures = answers.flatMap((answer) => (isFailure(answer) ? [] : answer));
  const [failure] = answers.filter(isFailure);
  const ids = candidateIds(captures, handle, window);
  const query = `@${handle} posts from ${date} ±1 day`;
  if (ids.length === 0) {
    // One host unanswered: the post may be listed there, so this is not "none".
    if (failure) return { kind: 'failed', ...failure };
    return { kind: 'none', detail: `the Wayback Machine lists no ${query}` };
  }
  return { kind: 'found', ids: ids.slice(0, MAX_ARCHIVE_CANDIDATES), total: ids.length, query };
}
