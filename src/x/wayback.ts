import type { Fetcher } from '../fetch/types.js';
import type { ArchivedCopy } from '../result.js';
import { archivedPermalinks, parseStatusTarget } from '../x-url/index.js';
import { readArchivedPost } from './archived-post.js';
import { parseJsonBody } from './json-body.js';
import { type CdxCapture, CdxRowsSchema, describeIssues, WaybackAvailabilitySchema } from './schemas.js';
import { failureFromError, failureFromStatus, type SourceFailure } from './source-failure.js';

/** What searching the Wayback Machine found: a copy, nothing, or only failures. */
export type ArchiveSearch =
  | { kind: 'found'; copy: ArchivedCopy }
  | { kind: 'none'; detail: string }
  | ({ kind: 'failed' } & SourceFailure);

const CDX_FIELDS = ['timestamp', 'original', 'mimetype', 'statuscode'] as const;
/** Replays tried before settling for a copy whose content could not be read. */
const MAX_REPLAYS = 3;
/** twitter.com captures after mid-2023 are mostly login walls and JS shells. */
const LOGIN_WALL_ERA = '20230701000000';

/**
 * The CDX query for captures of one URL prefix: by default statuscode 200 only, at most 50. A search for
 * which posts exist wants every distinct URL instead (a login-wall capture still proves the ID).
 */
export function cdxUrl(target: string, options: { limit?: number; distinctUrls?: boolean } = {}): string {
  const params = new URLSearchParams({ url: target, matchType: 'prefix' });
  if (options.distinctUrls) params.set('collapse', 'urlkey');
  else params.set('filter', 'statuscode:200');
  params.set('output', 'json');
  params.set('limit', String(options.limit ?? 50));
  params.set('fl', CDX_FIELDS.join(','));
  return `https://web.archive.org/cdx/search/cdx?${params.toString()}`;
}

/** Replay URL of a capture; `id_` asks for the original bytes without the Wayback banner. */
export function replayUrl(timestamp: string, original: string, raw = false): string {
  return `https://web.archive.org/web/${timestamp}${raw ? 'id_' : ''}/${original}`;
}

/** Reads CDX JSON rows (header row first) into captures. PURE. */
export function readCdxRows(
  value: unknown,
): { ok: true; captures: CdxCapture[] } | { ok: false; detail: string } {
  const parsed = CdxRowsSchema.safeParse(value);
  if (!parsed.success) return { ok: false, detail: `cdx: ${describeIssues(parsed.error)}` };
  const [header, ...rows] = parsed.data;
  if (!header) return { ok: true, captures: [] };
  const column = (name: string) => header.indexOf(name);
  const indices = CDX_FIELDS.map(column);
  if (indices.some((index) => index < 0))
    return { ok: false, detail: `cdx: header lacks a field: ${header.join(',')}` };
  const [ts, original, mimetype, statuscode] = indices as [number, number, number, number];
  return {
    ok: true,
    captures: rows.map((row) => ({
      timestamp: row[ts] ?? '',
      original: row[original] ?? '',
      mimetype: row[mimetype] ?? '',
      statuscode: row[statuscode] ?? '',
    })),
  };
}

/** Whether a capture's URL is this post (a prefix query also matches longer IDs). PURE. */
function namesPost(original: string, statusId: string): boolean {
  if (parseStatusTarget(original)?.statusId === statusId) return true;
  try {
    const url = new URL(/^https?:\/\//.test(original) ? original : `https://${original}`);
    return url.hostname === 'cdn.syndication.twimg.com' && url.searchParams.get('id') === statusId;
  } catch {
    return false;
  }
}

function captureRank(capture: CdxCapture): number {
  if (capture.mimetype.startsWith('application/json')) return 0;
  if (capture.mimetype.startsWith('text/html')) return capture.timestamp < LOGIN_WALL_ERA ? 1 : 2;
  return 3;
}

/**
 * Orders usable captures best first: JSON answers, then HTML from before the login-wall era,
 * then later HTML; newest first within each. PURE.
 */
export function rankCaptures(captures: CdxCapture[], statusId: string): CdxCapture[] {
  const usable = captures.filter(
    (capture) =>
      capture.statuscode === '200' &&
      /^\d{14}$/.test(capture.timestamp) &&
      namesPost(capture.original, statusId),
  );
  const unique = [
    ...new Map(usable.map((capture) => [`${capture.timestamp} ${capture.original}`, capture])).values(),
  ];
  return unique.sort((a, b) => captureRank(a) - captureRank(b) || b.timestamp.localeCompare(a.timestamp));
}

/** Runs one CDX query; an empty body counts as no captures. */
export async function queryCdx(url: string, fetcher: Fetcher): Promise<CdxCapture[] | SourceFailure> {
  try {
    const response = await fetcher.fetch({ url, cacheClass: 'archive' });
    if (response.status !== 200) return failureFromStatus(response.status, 'wayback cdx');
    // An empty CDX answer is sometimes an empty body rather than `[]`.
    if (response.body.trim() === '') return [];
    const body = parseJsonBody(response.body, response.headers['content-type']);
    if (!body.ok) return { reason: 'unexpected-response', detail: `wayback cdx: ${body.detail}` };
    const rows = readCdxRows(body.value);
    return rows.ok ? rows.captures : { reason: 'unexpected-response', detail: rows.detail };
  } catch (error) {
    return failureFromError(error, 'wayback cdx');
  }
}

async function queryAvailability(target: string, fetcher: Fetcher): Promise<CdxCapture[] | SourceFailure> {
  try {
    const url = `https://archive.org/wayback/available?${new URLSearchParams({ url: target }).toString()}`;
    const response = await fetcher.fetch({ url, cacheClass: 'archive' });
    if (response.status !== 200) return failureFromStatus(response.status, 'wayback availability');
    const body = parseJsonBody(response.body, response.headers['content-type']);
    if (!body.ok) return { reason: 'unexpected-response', detail: `wayback availability: ${body.detail}` };
    const parsed = WaybackAvailabilitySchema.safeParse(body.value);
    if (!parsed.success) {
      return {
        reason: 'unexpected-response',
        detail: `wayback availability: ${describeIssues(parsed.error)}`,
      };
    }
    const closest = parsed.data.archived_snapshots.closest;
    if (!closest || closest.available === false || (closest.status !== undefined && closest.status !== '200'))
      return [];
    // closest.url is "http://web.archive.org/web/<timestamp>/<original>".
    const original = /\/web\/\d{14}[a-z_]*\/(.+)$/.exec(closest.url)?.[1] ?? target;
    return [{ timestamp: closest.timestamp, original, mimetype: 'text/html', statuscode: '200' }];
  } catch (error) {
    return failureFromError(error, 'wayback availability');
  }
}

export function isFailure(value: CdxCapture[] | SourceFailure): value is SourceFailure {
  return !Array.isArray(value);
}

/**
 * Looks for an archived copy of a post on the Wayback Machine: CDX for the twitter.com and
 * x.com permalinks and the syndication answer, the availability API as a fallback, then
 * replays (`id_`) the best captures and reads the post from the first that shows it.
 */
export async function findArchivedCopy(
  handle: string | null,
  statusId: string,
  fetcher: Fetcher,
): Promise<ArchiveSearch> {
  if (!/^\d{1,20}$/.test(statusId)) {
    return { kind: 'failed', reason: 'no-status-id', detail: `not a status ID: ${JSON.stringify(statusId)}` };
  }
  const safeHandle = handle !== null && /^[A-Za-z0-9_]{1,20}$/.test(handle) ? handle : null;
  const permalinks = archivedPermalinks(safeHandle, [statusId]);
  const targets = [...permalinks, `cdn.syndication.twimg.com/tweet-result?id=${statusId}`];
  const answers = await Promise.all(targets.map((target) => queryCdx(cdxUrl(target), fetcher)));
  const failures = answers.filter(isFailure);
  let captures = rankCaptures(
    answers.flatMap((answer) => (isFailure(answer) ? [] : answer)),
    statusId,
  );
  if (captures.length === 0) {
    // The availability API sometimes knows captures CDX lists late (and vice versa).
    const fallback = await queryAvailability(permalinks[0] ?? '', fetcher);
    if (isFailure(fallback)) failures.push(fallback);
    else captures = rankCaptures(fallback, statusId);
  }
  const [best] = captures;
  if (!best) {
    const [failure] = failures;
    if (failure && failures.length === answers.length + 1) return { kind: 'failed', ...failure };
    return { kind: 'none', detail: `no capture of status ${statusId} in the Wayback Machine` };
  }
  for (const capture of captures.slice(0, MAX_REPLAYS)) {
    const post = await replayCapture(capture, statusId, fetcher);
    if (post) {
      return {
        kind: 'found',
        copy: { url: replayUrl(capture.timestamp, capture.original), timestamp: capture.timestamp, post },
      };
    }
  }
  return {
    kind: 'found',
    copy: { url: replayUrl(best.timestamp, best.original), timestamp: best.timestamp, post: null },
  };
}

async function replayCapture(capture: CdxCapture, statusId: string, fetcher: Fetcher) {
  try {
    const response = await fetcher.fetch({
      url: replayUrl(capture.timestamp, capture.original, true),
      cacheClass: 'archive',
    });
    if (response.status !== 200) return null;
    return readArchivedPost(statusId, response.body, response.headers['content-type']);
  } catch (error) {
    // One unreadable replay is no reason to give up the copy: the next capture may do.
    failureFromError(error, 'wayback replay');
    return null;
  }
}
