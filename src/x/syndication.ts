import type { Fetcher, FetchRequest, FetchResponse } from '../fetch/types.js';
import type { RetrievedPost } from '../result.js';
import { parseJsonBody } from './json-body.js';
import { postFreshness } from './post-freshness.js';
import {
  describeIssues,
  SyndicationErrorsSchema,
  SyndicationTweetSchema,
  TombstoneTextSchema,
} from './schemas.js';
import { failureFromError, failureFromStatus, type SourceFailure } from './source-failure.js';
import { postFromSyndication } from './syndication-post.js';
import { syndicationToken } from './syndication-token.js';
import { classifyTombstone, type TombstoneStatus } from './tombstone.js';

/** What the syndication endpoint answered for one status ID. */
export type SyndicationResult =
  | { kind: 'post'; post: RetrievedPost; fetchedAt: string }
  /** A post without `user`: what syndication serves when the account no longer exists (react-tweet#144). */
  | { kind: 'author-gone'; post: RetrievedPost; fetchedAt: string }
  | { kind: 'tombstone'; text: string; status: TombstoneStatus; fetchedAt: string }
  | { kind: 'empty'; fetchedAt: string }
  /** A 404, or a 200 `{"errors":[…]}` (`said` quotes its first message). */
  | { kind: 'not-found'; fetchedAt: string; said?: string }
  | ({ kind: 'failed' } & SourceFailure);

const STATUS_ID = /^\d{1,20}$/;

/**
 * The `features` flags react-tweet and other public clients send. Whether the edit fields
 * (`edit_control`, `isEdited`) depend on them is not known (no client documents it), so citecheck
 * sends the same set rather than find out by missing edits.
 */
export const SYNDICATION_FEATURES = [
  'tfw_timeline_list:',
  'tfw_follower_count_sunset:true',
  'tfw_tweet_edit_backend:on',
  'tfw_refsrc_session:on',
  'tfw_fosnr_soft_interventions_enabled:on',
  'tfw_show_birdwatch_pivots_enabled:on',
  'tfw_show_business_verified_badge:on',
  'tfw_duplicate_scribes_to_settings:on',
  'tfw_use_profile_image_shape_enabled:on',
  'tfw_show_blue_verified_badge:on',
  'tfw_legacy_timeline_sunset:true',
  'tfw_show_gov_verified_badge:on',
  'tfw_show_business_affiliate_badge:on',
  'tfw_tweet_edit_frontend:on',
].join(';');

/** The tweet-result URL for a status ID, with the widget's token and feature flags. */
export function syndicationUrl(statusId: string): string {
  const params = new URLSearchParams({
    id: statusId,
    lang: 'en',
    features: SYNDICATION_FEATURES,
    token: syndicationToken(statusId),
  });
  return `https://cdn.syndication.twimg.com/tweet-result?${params.toString()}`;
}

/** The request that looks a post up (the sweep plan asks the cache about the same one). */
export function postLookupRequest(statusId: string): FetchRequest {
  return {
    url: syndicationUrl(statusId),
    cacheClass: 'post',
    headers: { accept: 'application/json' },
    freshness: postFreshness(statusId, (status, body) =>
      readSyndicationResponse(statusId, { status, body, headers: {}, fetchedAt: '' }),
    ),
  };
}

/** Classifies an already-parsed tweet-result body. PURE; `fetchedAt` is carried through. */
export function readSyndicationBody(statusId: string, value: unknown, fetchedAt: string): SyndicationResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      kind: 'failed',
      reason: 'unexpected-response',
      detail: 'syndication: body is not a JSON object',
    };
  }
  // `{}` is what X sends for ID 0 or a missing token; it says nothing about the post.
  if (Object.keys(value).length === 0) return { kind: 'empty', fetchedAt };
  const typename = (value as { __typename?: unknown }).__typename;
  // A tombstone is known by its type, whatever its `tombstone` key holds (a text, `{}`, or nothing).
  if (typename === 'TweetTombstone' || (typename === undefined && 'tombstone' in value)) {
    const parsed = TombstoneTextSchema.safeParse(value);
    const text = parsed.success ? parsed.data : '';
    return { kind: 'tombstone', text, status: classifyTombstone(text), fetchedAt };
  }
  if (typename === undefined && !('id_str' in value)) {
    const errors = SyndicationErrorsSchema.safeParse(value);
    if (errors.success) return { kind: 'not-found', fetchedAt, said: errors.data.errors[0]?.message ?? '' };
  }
  const parsed = SyndicationTweetSchema.safeParse(value);
  if (!parsed.success) {
    return {
      kind: 'failed',
      reason: 'unexpected-response',
      detail: `syndication: ${describeIssues(parsed.error)}`,
    };
  }
  if (parsed.data.id_str !== statusId) {
    return {
      kind: 'failed',
      reason: 'unexpected-response',
      detail: `syndication: asked for ${statusId}, got a post with id_str ${parsed.data.id_str}`,
    };
  }
  const post = postFromSyndication(parsed.data);
  if (post.handle === null) return { kind: 'author-gone', post, fetchedAt };
  return { kind: 'post', post, fetchedAt };
}

/** Looks a status ID up on cdn.syndication.twimg.com. Never throws for operational failures. */
export async function fetchSyndication(statusId: string, fetcher: Fetcher): Promise<SyndicationResult> {
  if (!STATUS_ID.test(statusId)) {
    return { kind: 'failed', reason: 'no-status-id', detail: `not a status ID: ${JSON.stringify(statusId)}` };
  }
  let response: Awaited<ReturnType<Fetcher['fetch']>>;
  try {
    response = await fetcher.fetch(postLookupRequest(statusId));
  } catch (error) {
    return { kind: 'failed', ...failureFromError(error, 'syndication') };
  }
  return readSyndicationResponse(statusId, response);
}

/** Classifies a tweet-result response. PURE. */
function readSyndicationResponse(
  statusId: string,
  response: Pick<FetchResponse, 'status' | 'body' | 'headers' | 'fetchedAt'>,
): SyndicationResult {
  // 404 often carries an HTML error page: its body is never parsed.
  if (response.status === 404) return { kind: 'not-found', fetchedAt: response.fetchedAt };
  if (response.status !== 200)
    return { kind: 'failed', ...failureFromStatus(response.status, 'syndication') };
  const body = parseJsonBody(response.body, response.headers['content-type']);
  if (!body.ok)
    return { kind: 'failed', reason: 'unexpected-response', detail: `syndication: ${body.detail}` };
  return readSyndicationBody(statusId, body.value, response.fetchedAt);
}
