import type { Fetcher, FetchResponse } from '../fetch/types.js';
import type { RetrievedPost } from '../result.js';
import { parseStatusTarget, statusPermalink } from '../x-url/index.js';
import { readEmbedBlockquote } from './embed-blockquote.js';
import { parseJsonBody } from './json-body.js';
import { postFreshness } from './post-freshness.js';
import { describeIssues, OEmbedSchema } from './schemas.js';
import { failureFromError, failureFromStatus, type SourceFailure } from './source-failure.js';

/** What publish.x.com/oembed answered for one post. */
export type OEmbedResult =
  | { kind: 'post'; post: RetrievedPost; fetchedAt: string }
  | { kind: 'not-found'; fetchedAt: string }
  /** 403: historically a protected post (unverified on publish.x.com). */
  | { kind: 'protected'; fetchedAt: string }
  | ({ kind: 'failed' } & SourceFailure);

/** The oEmbed request URL; the handle in the post URL is not authoritative, `i` works without one. */
export function oembedUrl(handle: string | null, statusId: string): string {
  const params = new URLSearchParams({
    url: statusPermalink(handle, statusId),
    omit_script: '1',
    dnt: '1',
    lang: 'en',
  });
  return `https://publish.x.com/oembed?${params.toString()}`;
}

function handleFromAuthorUrl(authorUrl: string): string | null {
  try {
    const segment = new URL(authorUrl).pathname.split('/').filter(Boolean)[0];
    return segment && /^[A-Za-z0-9_]{1,20}$/.test(segment) ? segment : null;
  } catch {
    return null;
  }
}

/** Reads an oEmbed 200 body into a post, checking it is the post asked for. PURE. */
export function readOEmbedBody(
  statusId: string,
  value: unknown,
  fetchedAt: string,
): Extract<OEmbedResult, { kind: 'post' | 'failed' }> {
  const parsed = OEmbedSchema.safeParse(value);
  if (!parsed.success) {
    return {
      kind: 'failed',
      reason: 'unexpected-response',
      detail: `oembed: ${describeIssues(parsed.error)}`,
    };
  }
  const quote = readEmbedBlockquote(parsed.data.html);
  if (!quote)
    return {
      kind: 'failed',
      reason: 'unexpected-response',
      detail: 'oembed: html has no blockquote paragraph',
    };
  // The blockquote's own status link says which post is shown. `url` echoes the request, so it never
  // confirms anything alone, and a disagreement between the two is not trusted.
  const echoedId = parsed.data.url ? (parseStatusTarget(parsed.data.url)?.statusId ?? null) : null;
  const answeredId = quote.statusId;
  if (answeredId !== statusId || (echoedId !== null && echoedId !== answeredId)) {
    return {
      kind: 'failed',
      reason: 'unexpected-response',
      detail: `oembed: asked for ${statusId}, answered ${answeredId ?? 'a post without a status link'}`,
    };
  }
  return {
    kind: 'post',
    fetchedAt,
    post: {
      id: statusId,
      handle: handleFromAuthorUrl(parsed.data.author_url) ?? quote.handle,
      name: parsed.data.author_name,
      userId: null,
      // Only the UTC calendar date is shown in the signature.
      createdAt: quote.date,
      text: quote.text,
      links: quote.links,
      quotedText: null,
      replyTo: null,
      lang: null,
      edit: null,
      truncated: quote.truncated,
      ...(quote.truncated ? { truncation: 'ellipsis' as const } : {}),
    },
  };
}

function readResponse(
  statusId: string,
  response: Pick<FetchResponse, 'status' | 'body' | 'headers' | 'fetchedAt'>,
): OEmbedResult {
  if (response.status === 404) return { kind: 'not-found', fetchedAt: response.fetchedAt };
  if (response.status === 403) return { kind: 'protected', fetchedAt: response.fetchedAt };
  if (response.status !== 200) return { kind: 'failed', ...failureFromStatus(response.status, 'oembed') };
  const body = parseJsonBody(response.body, response.headers['content-type']);
  if (!body.ok) return { kind: 'failed', reason: 'unexpected-response', detail: `oembed: ${body.detail}` };
  return readOEmbedBody(statusId, body.value, response.fetchedAt);
}

/** Looks a post up through oEmbed (publish.x.com, redirects followed). Never throws for operational failures. */
export async function fetchOEmbed(
  handle: string | null,
  statusId: string,
  fetcher: Fetcher,
): Promise<OEmbedResult> {
  if (!/^\d{1,20}$/.test(statusId)) {
    return { kind: 'failed', reason: 'no-status-id', detail: `not a status ID: ${JSON.stringify(statusId)}` };
  }
  const safeHandle = handle !== null && /^[A-Za-z0-9_]{1,20}$/.test(handle) ? handle : null;
  try {
    const response = await fetcher.fetch({
      url: oembedUrl(safeHandle, statusId),
      cacheClass: 'post',
      followRedirects: true,
      headers: { accept: 'application/json' },
      freshness: postFreshness(statusId, (status, body) =>
        readResponse(statusId, { status, body, headers: {}, fetchedAt: '' }),
      ),
    });
    return readResponse(statusId, response);
  } catch (error) {
    return { kind: 'failed', ...failureFromError(error, 'oembed') };
  }
}
