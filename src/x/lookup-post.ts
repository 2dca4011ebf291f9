import type { Citation } from '../citation.js';
import type { Fetcher } from '../fetch/types.js';
import type { ArchivedCopy, IdResolution, PostLookup, RetrievedPost, UnavailableStatus } from '../result.js';
import { fetchOEmbed, type OEmbedResult } from './oembed.js';
import { LAST_PRE_SNOWFLAKE_ID, snowflakeTime } from './snowflake.js';
import { fetchSyndication, type SyndicationResult } from './syndication.js';
import { findArchivedCopy } from './wayback.js';

/** Options of one lookup. */
export interface LookupOptions {
  /** Search the Wayback Machine for unavailable posts. Default true. */
  archive?: boolean;
  /** Clock for "an ID from the future never existed"; default the system clock. */
  now?: () => Date;
}

type Missing = Exclude<PostLookup, { status: 'available' } | { status: 'unverifiable' }>;
type Unverifiable = Extract<PostLookup, { status: 'unverifiable' }>;

/** An ID X cannot have issued: 0, beyond 64 bits, or a Snowflake time still in the future. */
function cannotExist(statusId: string, now: Date): boolean {
  const id = BigInt(statusId);
  if (id === 0n || id >= 1n << 64n) return true;
  if (id <= LAST_PRE_SNOWFLAKE_ID) return false;
  const time = snowflakeTime(statusId);
  return time === null || time.getTime() > now.getTime();
}

function describeSyndication(result: SyndicationResult): string {
  switch (result.kind) {
    case 'post':
      return 'syndication returned the post';
    case 'author-gone':
      return 'syndication returned the post without its author (no `user`: the account no longer exists)';
    case 'tombstone':
      return result.text
        ? `syndication tombstone: "${result.text}"`
        : 'syndication returned an empty tombstone';
    case 'empty':
      return 'syndication returned {}';
    case 'not-found':
      return result.said === undefined
        ? 'syndication answered 404'
        : `syndication answered ${JSON.stringify({ errors: [{ message: result.said }] })}`;
    case 'failed':
      return `syndication failed (${result.detail})`;
  }
}

function describeOEmbed(result: OEmbedResult): string {
  switch (result.kind) {
    case 'post':
      return 'oEmbed returned the post';
    case 'not-found':
      return 'oEmbed answered 404';
    case 'protected':
      return 'oEmbed answered 403';
    case 'failed':
      return `oEmbed failed (${result.detail})`;
  }
}

/** What syndication's "missing" answer plus oEmbed's answer add up to (the table in the report). */
function combine(
  statusId: string,
  syndication: Exclude<SyndicationResult, { kind: 'post' | 'author-gone' }>,
  oembed: OEmbedResult,
  now: Date,
): PostLookup {
  const evidence = `${describeSyndication(syndication)}; ${describeOEmbed(oembed)}`;
  const missing = (status: UnavailableStatus, fetchedAt: string): Missing => ({
    status,
    evidence,
    archived: null,
    fetchedAt,
  });
  const unverifiable = (reason: Unverifiable['reason']): Unverifiable => ({
    status: 'unverifiable',
    reason,
    detail: evidence,
    archived: null,
  });

  if (syndication.kind === 'failed') {
    if (oembed.kind === 'post')
      return { status: 'available', source: 'oembed', post: oembed.post, fetchedAt: oembed.fetchedAt };
    // One source failed: a lone "missing" is not enough to call the post gone.
    return unverifiable(syndication.reason);
  }
  switch (oembed.kind) {
    case 'post':
      // `{}` and an unexplained tombstone are ambiguous (restricted but live); a 404 is a contradiction.
      return syndication.kind === 'not-found'
        ? unverifiable('sources-disagree')
        : { status: 'available', source: 'oembed', post: oembed.post, fetchedAt: oembed.fetchedAt };
    case 'protected':
      // 403 meant "protected" on the old host; on publish.x.com it is unverified and may mean
      // age-restricted or withheld, so it only confirms the post is not publicly available.
      return missing('unavailable', oembed.fetchedAt);
    case 'not-found':
      if (cannotExist(statusId, now)) return missing('never-existed', oembed.fetchedAt);
      // Only two 404s agree on "deleted"; for a valid ID, "never existed" looks the same.
      return missing(syndication.kind === 'not-found' ? 'deleted' : 'unavailable', oembed.fetchedAt);
    case 'failed':
      // X itself said the post is unavailable; oEmbed only could not refine why.
      return syndication.kind === 'tombstone'
        ? missing('unavailable', syndication.fetchedAt)
        : unverifiable(oembed.reason);
  }
}

async function withArchive(
  lookup: PostLookup,
  citation: Citation,
  statusId: string,
  fetcher: Fetcher,
  archive: boolean,
): Promise<PostLookup> {
  if (lookup.status === 'available' || lookup.status === 'unverifiable' || !archive) return lookup;
  const search = await findArchivedCopy(citation.handle, statusId, fetcher);
  let archived: ArchivedCopy | null = null;
  let note: string;
  switch (search.kind) {
    case 'found':
      archived = search.copy;
      note = `archived copy: ${search.copy.url}`;
      break;
    case 'none':
      note = 'no archived copy found';
      break;
    case 'failed':
      note = `archive search failed (${search.reason}: ${search.detail})`;
      break;
  }
  return { ...lookup, archived, evidence: `${lookup.evidence}; ${note}` };
}

// Spacing differs between syndication text and an embed paragraph; words do not.
function squeezed(text: string): string {
  return text.replace(/\s+/gu, '');
}

/**
 * A long post's full text, where a public source has it: syndication sends only a preview, so ask
 * oEmbed, and take its text only when it is longer and starts with the preview (the same post).
 * Otherwise the preview stands, marked as one.
 */
async function withFullText(
  preview: RetrievedPost,
  citation: Citation,
  fetcher: Fetcher,
): Promise<RetrievedPost> {
  const oembed = await fetchOEmbed(citation.handle ?? preview.handle, preview.id, fetcher);
  if (oembed.kind !== 'post') return preview;
  const full = squeezed(oembed.post.text);
  const cut = squeezed(preview.text);
  if (full.length <= cut.length || !full.startsWith(cut)) return preview;
  const { truncation: _preview, ...rest } = preview;
  return {
    ...rest,
    text: oembed.post.text,
    links: oembed.post.links.length > preview.links.length ? oembed.post.links : preview.links,
    truncated: oembed.post.truncated,
    ...(oembed.post.truncated ? { truncation: 'ellipsis' as const } : {}),
  };
}

/**
 * Looks a cited post up: syndication first, oEmbed to confirm a missing post or stand in for a
 * failed syndication, Wayback for unavailable posts. Claims `deleted` only when the sources agree,
 * and `available` only with a validated post of the same ID. Never throws for operational failures.
 */
export async function lookupPost(
  citation: Citation,
  resolution: IdResolution,
  fetcher: Fetcher,
  options: LookupOptions = {},
): Promise<PostLookup> {
  if (resolution.status === 'not-found') {
    return { status: 'unverifiable', reason: 'no-status-id', detail: resolution.reason, archived: null };
  }
  const { statusId } = resolution;
  const archive = options.archive ?? true;
  const syndication = await fetchSyndication(statusId, fetcher);
  if (syndication.kind === 'post') {
    const post =
      syndication.post.truncation === 'long-post-preview'
        ? await withFullText(syndication.post, citation, fetcher)
        : syndication.post;
    return { status: 'available', source: 'syndication', post, fetchedAt: syndication.fetchedAt };
  }
  if (syndication.kind === 'author-gone') {
    const lookup: Missing = {
      status: 'account-gone',
      evidence: describeSyndication(syndication),
      archived: null,
      fetchedAt: syndication.fetchedAt,
    };
    return withArchive(lookup, citation, statusId, fetcher, archive);
  }
  if (syndication.kind === 'tombstone' && syndication.status !== 'unavailable') {
    const lookup: Missing = {
      status: syndication.status,
      evidence: describeSyndication(syndication),
      archived: null,
      fetchedAt: syndication.fetchedAt,
    };
    return withArchive(lookup, citation, statusId, fetcher, archive);
  }
  if (syndication.kind === 'failed' && syndication.reason === 'no-status-id') {
    return { status: 'unverifiable', reason: 'no-status-id', detail: syndication.detail, archived: null };
  }
  const oembed = await fetchOEmbed(citation.handle, statusId, fetcher);
  const lookup = combine(statusId, syndication, oembed, (options.now ?? (() => new Date()))());
  return withArchive(lookup, citation, statusId, fetcher, archive);
}
