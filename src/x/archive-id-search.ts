import type { Fetcher } from '../fetch/types.js';
import { archivedPermalinks, parseStatusTarget } from '../x-url/index.js';
import type { IdSearch, IdStep } from './id-strategy.js';
import { lookupPost } from './lookup-post.js';
import type { CdxCapture } from './schemas.js';
import { LAST_PRE_SNOWFLAKE_ID, SNOWFLAKE_EPOCH_MS } from './snowflake.js';
import type { SourceFailure } from './source-failure.js';
import { cdxUrl, isFailure, queryCdx } from './wayback.js';

/** The posts the Wayback Machine lists for one account around one date. */
export type ArchiveCandidates =
  | {
      kind: 'found';
      /** The candidates to read, nearest the cited date first. */
      ids: string[];
      total: number;
      query: string;
      /** Why the list may lack the cited post: a host that did not answer, a list cut at its row limit. */
      gaps: string[];
    }
  | { kind: 'none'; detail: string }
  | ({ kind: 'failed' } & SourceFailure);

/** Candidates looked up at most: each costs a post lookup. */
export const MAX_ARCHIVE_CANDIDATES = 8;
// Distinct archived URLs read per query; a query covers about three days of one account.
const CDX_ROWS = 2000;
// Prefix queries per host: the window is covered by this many ID prefixes at most.
const MAX_PREFIXES = 3;
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

/**
 * The fewest decimal ID prefixes, as long as possible, that together cover the window: what CDX prefix
 * queries can narrow on (a window of three days spans one or two 4-digit prefixes in 2025). PURE.
 */
export function coveringPrefixes(window: { low: bigint; high: bigint }): string[] {
  const low = window.low.toString();
  const high = window.high.toString();
  if (low.length !== high.length) return [];
  for (let length = low.length; length >= 2; length--) {
    const from = BigInt(low.slice(0, length));
    const to = BigInt(high.slice(0, length));
    if (to - from < BigInt(MAX_PREFIXES)) {
      const prefixes: string[] = [];
      for (let p = from; p <= to; p++) prefixes.push(p.toString().padStart(length, '0'));
      return prefixes;
    }
  }
  return [];
}

/** Orders IDs by how far their Snowflake time lies from noon UTC of the cited date, nearest first. PURE. */
export function nearestFirst(ids: readonly string[], date: string): string[] {
  const noon = BigInt(Date.parse(`${date}T12:00:00Z`)) - SNOWFLAKE_EPOCH_MS;
  const distance = (id: string) => {
    const d = (BigInt(id) >> TIMESTAMP_BITS) - noon;
    return d < 0n ? -d : d;
  };
  return [...ids].sort((a, b) => {
    const da = distance(a);
    const db = distance(b);
    return da < db ? -1 : da > db ? 1 : 0;
  });
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
  const prefixes = window === null ? [] : coveringPrefixes(window);
  if (window === null || prefixes.length === 0) {
    return { kind: 'none', detail: `no archive search by date for ${date}: its IDs carry no usable time` };
  }
  const targets = archivedPermalinks(handle, prefixes);
  const answers = await Promise.all(
    targets.map((target) => queryCdx(cdxUrl(target, { limit: CDX_ROWS, distinctUrls: true }), fetcher)),
  );
  const gaps: string[] = [];
  const captures: CdxCapture[] = [];
  answers.forEach((answer, i) => {
    if (isFailure(answer)) gaps.push(`${targets[i]}* unanswered (${answer.reason}: ${answer.detail})`);
    else {
      if (answer.length >= CDX_ROWS) gaps.push(`${targets[i]}* cut at ${CDX_ROWS} archived URLs`);
      captures.push(...answer);
    }
  });
  const ids = nearestFirst(candidateIds(captures, handle, window), date);
  const query = `@${handle} posts from ${date} ±1 day`;
  if (ids.length === 0) {
    // Part of the list unread: the post may be there, so this is not "none".
    const failure = answers.find(isFailure);
    if (failure) return { kind: 'failed', ...failure };
    if (gaps.length > 0) return { kind: 'failed', reason: 'unexpected-response', detail: gaps.join('; ') };
    return { kind: 'none', detail: `the Wayback Machine lists no ${query}` };
  }
  return { kind: 'found', ids: ids.slice(0, MAX_ARCHIVE_CANDIDATES), total: ids.length, query, gaps };
}

/**
 * The last way to an ID-less citation's post: the account's posts the Wayback Machine lists around the
 * cited date, looked up live and matched by text. Not found stays not found, with what was tried.
 */
export async function fromArchive({ citation, fetcher, chooseByText }: IdSearch): Promise<IdStep> {
  if (fetcher === null || chooseByText === null) return { kind: 'missed', note: null };
  if (citation.handle === null || citation.date === null || !citation.text?.trim()) {
    return { kind: 'missed', note: null };
  }
  const candidates = await findArchivedIdCandidates(citation.handle, citation.date, fetcher);
  const tried = (detail: string): IdStep => ({ kind: 'missed', note: `archive search: ${detail}` });
  if (candidates.kind === 'failed') return tried(`failed (${candidates.reason}: ${candidates.detail})`);
  if (candidates.kind === 'none') return tried(candidates.detail);
  const lookups = await Promise.all(
    candidates.ids.map((statusId) =>
      lookupPost(
        citation,
        { status: 'found', statusId, foundBy: 'archive', confidence: 'low', evidence: candidates.query },
        fetcher,
        { archive: false },
      ),
    ),
  );
  const available = lookups.flatMap((l) => (l.status === 'available' ? [l] : []));
  const failed = lookups.filter((l) => l.status === 'unverifiable').length;
  // What was not read could hold the cited post: then no match is certain and "none" is not an answer.
  const gaps = [
    ...candidates.gaps,
    ...(candidates.total > candidates.ids.length
      ? [`only the ${candidates.ids.length} nearest the date of ${candidates.total} read`]
      : []),
    ...(failed > 0 ? [`${failed} of ${candidates.ids.length} lookups failed`] : []),
  ];
  const choice = chooseByText(
    citation,
    available.map((l) => l.post),
  );
  const listed = `the Wayback Machine lists ${candidates.total} ${candidates.query}`;
  const caveat = gaps.length > 0 ? ` (${gaps.join('; ')})` : '';
  if (choice.kind === 'none') {
    const verdict = gaps.length > 0 ? `incomplete, ${choice.detail}` : choice.detail;
    return tried(`${listed}${caveat}; ${verdict}`);
  }
  const lookup = available.find((l) => l.post.id === choice.post.id);
  return {
    kind: 'found',
    resolution: {
      status: 'found',
      statusId: choice.post.id,
      foundBy: 'archive',
      confidence: gaps.length > 0 && choice.confidence === 'high' ? 'medium' : choice.confidence,
      evidence: `${listed}${caveat}; ${choice.evidence}`,
    },
    ...(lookup === undefined ? {} : { lookup }),
  };
}
