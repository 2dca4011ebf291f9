import type { Citation } from '../../src/citation.js';
import type { ComparedPost } from '../../src/compare/compared-post.js';
import type {
  ArchivedCopy,
  IdResolution,
  LinkResolution,
  PostLink,
  PostLookup,
  RetrievedPost,
} from '../../src/result.js';

const SNOWFLAKE_EPOCH_MS = 1288834974657n;

/** A Snowflake status ID minted at the given UTC time (plus a sequence so IDs differ). */
export function statusIdAt(iso: string, sequence = 7n): string {
  return (((BigInt(Date.parse(iso)) - SNOWFLAKE_EPOCH_MS) << 22n) + sequence).toString();
}

export const DIET_COKE_ID = statusIdAt('2025-03-28T19:02:11.000Z');

/** The founding article's second embed, as extraction shows it. */
export function makeCitation(overrides: Partial<Citation> = {}): Citation {
  return {
    kind: 'embed',
    form: 'flattened-text',
    handle: 'nayibbukele',
    name: 'Nayib Bukele',
    dateText: 'March 28, 2025',
    date: '2025-03-28',
    statusId: null,
    text: 'I’ll be bringing several cans of Diet Coke. https://t.co/fuBAJDqXes',
    links: [{ url: 'https://t.co/fuBAJDqXes', kind: 'tco' }],
    quotedText: null,
    replyTo: null,
    location: { line: 5, column: 1, offset: 1024 },
    ...overrides,
  };
}

export function urlLink(code: string, expandedUrl: string, displayUrl: string): PostLink {
  return { url: `https://t.co/${code}`, expandedUrl, displayUrl, kind: 'url' };
}

export function mediaLink(
  code: string,
  handle: string,
  statusId: string,
  host = 'pic.twitter.com',
): PostLink {
  return {
    url: `https://t.co/${code}`,
    expandedUrl: `https://twitter.com/${handle}/status/${statusId}/photo/1`,
    displayUrl: `${host}/${code}`,
    kind: 'media',
  };
}

/** The same post as syndication returns it (text keeps t.co links, entities list them). */
export function makePost(overrides: Partial<RetrievedPost> = {}): RetrievedPost {
  return {
    id: DIET_COKE_ID,
    handle: 'nayibbukele',
    name: 'Nayib Bukele',
    userId: '216680788',
    createdAt: '2025-03-28T19:02:11.000Z',
    text: 'I’ll be bringing several cans of Diet Coke. https://t.co/fuBAJDqXes',
    links: [
      urlLink('fuBAJDqXes', 'https://x.com/nicksortor/status/1905681930013143104', 'x.com/nicksortor/sta…'),
    ],
    quotedText: 'JUST IN: President Trump will be hosting El Salvador President Nayib Bukele',
    replyTo: null,
    lang: 'en',
    edit: { isEdited: false, isStaleEdit: false, editIds: [DIET_COKE_ID] },
    truncated: false,
    ...overrides,
  };
}

export function live(post: RetrievedPost): ComparedPost {
  return { post, archived: false };
}

export function available(
  post: RetrievedPost,
  source: 'syndication' | 'oembed' | 'archive' = 'syndication',
): PostLookup {
  return { status: 'available', source, post, fetchedAt: '2026-01-10T12:00:00.000Z' };
}

export function archivedCopy(post: RetrievedPost | null): ArchivedCopy {
  return {
    url: `https://web.archive.org/web/20250329000000/https://twitter.com/${post?.handle ?? 'x'}/status/${post?.id ?? '1'}`,
    timestamp: '20250329000000',
    post,
  };
}

export function found(
  statusId: string,
  foundBy: 'cited' | 'media-link' | 'short-link' | 'archive' = 'cited',
): IdResolution {
  return { status: 'found', statusId, foundBy, confidence: 'high', evidence: `test: ${foundBy}` };
}

export function resolved(url: string, finalUrl: string | null, error: string | null = null): LinkResolution {
  return {
    url,
    finalUrl,
    chain: finalUrl === null ? [] : [{ url, status: 301, location: finalUrl }],
    error,
  };
}
